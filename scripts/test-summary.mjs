#!/usr/bin/env node
// Adds up the JSON reports of every suite (vitest per package, Playwright) written under a
// folder and prints one closing line: `N passed, N failed`. A stage that failed without
// reporting a failed test (a typecheck or build error) counts as one failure, so a broken
// run can never print "0 failed".
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...stageArgs] = process.argv.slice(2);
if (!dir) {
  console.error('usage: test-summary.mjs <reports-dir> [stage=exitcode ...]');
  process.exit(2);
}

function walk(path) {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory()
    ? readdirSync(path).flatMap((name) => walk(join(path, name)))
    : path.endsWith('.json')
      ? [path]
      : [];
}

// The titles of failed tests are printed with the totals, so that the tail of a CI log
// (often all that is kept) says which test failed, not only how many.
const title = (test, path, spec) =>
  [test.projectName, ...path, spec.title].filter(Boolean).join(' > ');

function countPlaywright(report) {
  let passed = 0;
  let failed = 0;
  let flaky = 0;
  const names = [];
  const visit = (suite, path) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'flaky') {
          flaky++;
          names.push(`flaky, passed on retry: ${title(test, here, spec)}`);
        }
        if (test.status === 'expected' || test.status === 'flaky') passed++;
        else if (test.status === 'unexpected') {
          failed++;
          names.push(`failed: ${title(test, here, spec)}`);
        }
      }
    }
    (suite.suites ?? []).forEach((child) => visit(child, here));
  };
  (report.suites ?? []).forEach((suite) => visit(suite, []));
  return { passed, failed, flaky, names };
}

function countVitest(report) {
  const names = (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map((test) => `failed: ${file.name.split('/').slice(-2).join('/')} > ${test.fullName}`),
  );
  return { passed: report.numPassedTests, failed: report.numFailedTests, names };
}

const byStage = new Map();
let passed = 0;
let failed = 0;
for (const file of walk(dir)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = 'numPassedTests' in report ? countVitest(report) : countPlaywright(report);
  const stage = file.slice(dir.length + 1).split('/')[0];
  const s = byStage.get(stage) ?? { passed: 0, failed: 0 };
  s.passed += counts.passed;
  s.failed += counts.failed;
  byStage.set(stage, s);
  // A flaky test passed only on Playwright's retry (CI's second stage retries once): say so.
  const flakyNote = counts.flaky ? ` (${counts.flaky} passed only on retry)` : '';
  console.log(
    `  ${file.slice(dir.length + 1)}: ${counts.passed} passed, ${counts.failed} failed${flakyNote}`,
  );
  for (const name of counts.names) console.log(`    ${name}`);
  passed += counts.passed;
  failed += counts.failed;
}

for (const arg of stageArgs) {
  const [stage, code] = arg.split('=');
  const counted = byStage.get(stage)?.failed ?? 0;
  if (code !== '0' && counted === 0) {
    console.log(`  stage ${stage} exited ${code} without a failed test: counted as 1 failure`);
    failed++;
  }
}

console.log(`${passed} passed, ${failed} failed`);
