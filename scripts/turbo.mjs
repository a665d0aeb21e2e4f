#!/usr/bin/env node
// Runs turbo (`node scripts/turbo.mjs run test …`, as the root scripts do) with what its cache
// needs around it:
//  - ACCORD_SHARED_DIGEST, a fingerprint of the `../shared` texts some tests read: they are
//    outside the repository, where turbo hashes nothing (tooling/vitest/shared-digest.js);
//  - the vitest reports: each package's `test` task writes its report to `.vitest-report/`
//    inside the package, a declared output that a cache hit restores. Old reports are removed
//    first, so only the packages of this run are collected; then, when ACCORD_REPORT_DIR is
//    set (CI), they are copied there for scripts/test-summary.mjs;
//  - CI's cache: a fresh clone has an empty `.turbo/cache`, so CI runs cold. When
//    ACCORD_TURBO_CACHE_DIR names a folder (outside the clone), the cache is read and written
//    there instead, and a task whose declared inputs have not changed since a passing run is
//    replayed. Otherwise, with CI or ACCORD_TURBO_COLD set (.ci/run sets it, since its first
//    stage runs without CI), every task runs (`--force`), whatever a reused checkout left in
//    `.turbo/`. Turbo never caches a failed task, so a hit is always the replay of a pass
//    with the same inputs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDigest } from '../tooling/vitest/shared-digest.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = '.vitest-report';

/** The workspace's package folders (pnpm-workspace.yaml: apps/*, packages/*, tooling/*, …). */
function packageDirs() {
  const nested = ['apps', 'packages', 'tooling'].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group)).map((name) => join(root, group, name))
      : [],
  );
  return [...nested, ...['e2e', 'bench', 'eval', 'resilience'].map((dir) => join(root, dir))];
}

const env = { ...process.env, ACCORD_SHARED_DIGEST: sharedDigest(root) };
const args = process.argv.slice(2);
if (args[0] === 'run') {
  if (env.ACCORD_TURBO_CACHE_DIR) args.push(`--cache-dir=${env.ACCORD_TURBO_CACHE_DIR}`);
  else if (env.CI || env.ACCORD_TURBO_COLD) args.push('--force');
}

for (const dir of packageDirs()) rmSync(join(dir, REPORTS), { recursive: true, force: true });

const turbo = join(root, 'node_modules', '.bin', 'turbo');
const result = spawnSync(turbo, args, { cwd: root, env, stdio: 'inherit' });
if (result.error) throw result.error;

const reportDir = process.env.ACCORD_REPORT_DIR;
if (reportDir) {
  mkdirSync(reportDir, { recursive: true });
  for (const dir of packageDirs()) {
    const from = join(dir, REPORTS);
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from)) copyFileSync(join(from, name), join(reportDir, name));
  }
}
process.exit(result.status ?? 1);
