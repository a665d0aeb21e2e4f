// The turbo cache's keys (turbo.json): which `test` tasks a change invalidates. Each case asks
// turbo for the task hashes (`turbo run test --dry=json`, which runs nothing) before and after
// one change, and checks that exactly the tasks that can see the change get a new hash. A new
// hash is a cache miss; an unchanged one would replay the cached result.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TURBO = join(ROOT, 'node_modules', '.bin', 'turbo');

/** The `test` task hashes and inputs by package, with `env` laid over this process's. */
function dryRun(env = {}) {
  const { TURBO_HASH: _, ...base } = process.env;
  const out = execFileSync(TURBO, ['run', 'test', '--dry=json'], {
    cwd: ROOT,
    env: { ...base, ACCORD_SHARED_DIGEST: 'fixed', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const tasks = JSON.parse(out).tasks.filter((task) => task.task === 'test');
  return new Map(tasks.map((task) => [task.package, task]));
}

/** The packages whose `test` hash differs between two dry runs. */
function missed(before, after) {
  return [...before.keys()].filter((pkg) => before.get(pkg).hash !== after.get(pkg)?.hash).sort();
}

let baseline;
beforeAll(() => {
  baseline = dryRun();
}, 60_000);

describe('turbo test cache keys', { timeout: 60_000 }, () => {
  it('are stable: the same tree and environment give the same hashes', () => {
    expect(missed(baseline, dryRun())).toEqual([]);
  });

  it('a file in @accord/domain misses domain and every package that imports it, and no other', () => {
    // An untracked file counts as an input as a tracked one does, and no tool reads a .txt.
    const probe = join(ROOT, 'packages', 'domain', `turbo-probe-${process.pid}.txt`);
    writeFileSync(probe, 'probe\n');
    let after;
    try {
      after = dryRun();
    } finally {
      rmSync(probe, { force: true });
    }
    const misses = missed(baseline, after);
    expect(misses).toEqual(
      expect.arrayContaining(['@accord/domain', '@accord/db', '@accord/api', '@accord/web']),
    );
    expect(misses).not.toContain('@accord/log');
    expect(misses).not.toContain('@accord/settings');
    expect(misses).not.toContain('@accord/vitest-config');
  });

  it('DATABASE_URL misses the suites that open a database, not the pure ones', () => {
    const misses = missed(baseline, dryRun({ DATABASE_URL: 'postgres://probe@127.0.0.1/x' }));
    expect(misses).toEqual(expect.arrayContaining(['@accord/db', '@accord/auth', '@accord/api']));
    expect(misses).not.toContain('@accord/domain');
    expect(misses).not.toContain('@accord/log');
  });

  it('ACCORD_* settings, NODE_ENV and CI are part of every suite’s key', () => {
    for (const env of [{ ACCORD_WORKERS: '3' }, { NODE_ENV: 'production' }, { CI: 'true' }]) {
      expect(missed(baseline, dryRun(env))).toEqual([...baseline.keys()].sort());
    }
  });

  it('where the reports are collected and pass-through settings are not', () => {
    const env = { ACCORD_REPORT_DIR: '/tmp/elsewhere', PORT: '4999', ACCORD_TURBO_COLD: '1' };
    expect(missed(baseline, dryRun(env))).toEqual([]);
  });

  it('the ../shared texts miss only the suites that read them', () => {
    expect(missed(baseline, dryRun({ ACCORD_SHARED_DIGEST: 'changed' }))).toEqual([
      '@accord/db',
      '@accord/eval',
    ]);
  });

  it('files outside a package that its tests read are its inputs', () => {
    const inputs = (pkg) => Object.keys(baseline.get(pkg).inputs);
    expect(inputs('@accord/client')).toContain('../../README.md');
    expect(inputs('@accord/domain')).not.toContain('../../README.md');
  });

  it('the vitest reports are the test task’s outputs, restored on a hit', () => {
    for (const task of baseline.values()) {
      expect(task.outputs, task.package).toEqual(['.vitest-report/**']);
    }
  });
});
