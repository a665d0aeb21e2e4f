import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Test workers per package. The root scripts let turbo run two tasks at once (--concurrency=2),
 * so each vitest takes half the cores: one worker on a 2-core machine, four on eight. More only
 * makes every process slower; on two cores vitest's own default (cores - 1) with seven suites
 * at once put the load average at 19.
 */
const WORKERS = Math.max(1, Math.floor(availableParallelism() / 2));

const EVENT_LOOP_TURN = fileURLToPath(new URL('./event-loop-turn.js', import.meta.url));

/**
 * One vitest setup for every package. When ACCORD_REPORT_DIR is set (CI), each package also
 * writes a JSON report there, which .ci/run adds up into its closing `N passed, N failed` line.
 * Plain JavaScript: vitest loads config dependencies from node_modules without compiling them.
 *
 * @param {string} packageName
 * @param {import('vitest/config').ViteUserConfig['test']} [test]
 */
export function accordVitestConfig(packageName, test = {}) {
  const reportDir = process.env.ACCORD_REPORT_DIR;
  const { setupFiles = [], ...rest } = test;
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      reporters: reportDir
        ? ['default', ['json', { outputFile: `${reportDir}/vitest-${packageName}.json` }]]
        : ['default'],
      // Child processes, one per test file: PGlite's WASM heap (hundreds of MB) goes with the
      // process, and a file cannot leave state behind for the next.
      pool: 'forks',
      maxWorkers: WORKERS,
      ...rest,
      setupFiles: [EVENT_LOOP_TURN, ...(Array.isArray(setupFiles) ? setupFiles : [setupFiles])],
    },
  });
}
