import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sharedDigest } from './shared-digest.js';

/**
 * Test workers per package. The root scripts let turbo run two tasks at once (--concurrency=2),
 * so each vitest takes half the cores: one worker on a 2-core machine, four on eight. More only
 * makes every process slower; on two cores vitest's own default (cores - 1) with seven suites
 * at once put the load average at 19.
 */
const WORKERS = Math.max(1, Math.floor(availableParallelism() / 2));

const EVENT_LOOP_TURN = fileURLToPath(new URL('./event-loop-turn.js', import.meta.url));

/**
 * Where the JSON report goes, which .ci/run adds up into its closing `N passed, N failed` line.
 * Under turbo (which sets TURBO_HASH in every task) it is `.vitest-report/` inside the package:
 * the `test` task's declared output, so a cache hit restores it and the totals stay exact;
 * scripts/turbo.mjs then copies it to ACCORD_REPORT_DIR (which turbo.json keeps out of the
 * task, so that the folder a stage writes to is not part of the hash). Run without turbo
 * (resilience, or vitest by hand), the report goes straight to ACCORD_REPORT_DIR when it is set.
 *
 * @param {string} packageName
 */
function reportFile(packageName) {
  if (process.env.TURBO_HASH) return `.vitest-report/vitest-${packageName}.json`;
  const dir = process.env.ACCORD_REPORT_DIR;
  return dir ? `${dir}/vitest-${packageName}.json` : undefined;
}

/**
 * A package whose tests read `../shared` (outside the repository, so turbo cannot hash it)
 * must run under turbo with the fingerprint scripts/turbo.mjs passes: otherwise a changed
 * text would replay an old result. A plain `turbo run test` stops here with the fix.
 */
function checkSharedDigest() {
  if (!process.env.TURBO_HASH) return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const actual = sharedDigest(root);
  if (process.env.ACCORD_SHARED_DIGEST !== actual) {
    throw new Error(
      `ACCORD_SHARED_DIGEST is ${process.env.ACCORD_SHARED_DIGEST ?? 'unset'}, but ../shared hashes to ${actual}: ` +
        'run the tests through `pnpm test:unit` (or `node scripts/turbo.mjs run test`), which passes it to turbo.',
    );
  }
}

/**
 * One vitest setup for every package.
 * Plain JavaScript: vitest loads config dependencies from node_modules without compiling them.
 *
 * @param {string} packageName
 * @param {import('vitest/config').ViteUserConfig['test']} [test]
 * @param {{ readsShared?: boolean }} [options] `readsShared`: the tests read `../shared`.
 */
export function accordVitestConfig(packageName, test = {}, options = {}) {
  if (options.readsShared) checkSharedDigest();
  const outputFile = reportFile(packageName);
  const { setupFiles = [], ...rest } = test;
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      reporters: outputFile ? ['default', ['json', { outputFile }]] : ['default'],
      // Child processes, one per test file: PGlite's WASM heap (hundreds of MB) goes with the
      // process, and a file cannot leave state behind for the next.
      pool: 'forks',
      maxWorkers: WORKERS,
      ...rest,
      setupFiles: [EVENT_LOOP_TURN, ...(Array.isArray(setupFiles) ? setupFiles : [setupFiles])],
    },
  });
}
