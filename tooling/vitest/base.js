import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
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
 * What a test file does that changes what the modules it imports see: mocks, stubbed
 * environment variables or globals, a reset registry, or an assignment to `process.env`.
 * Such a file runs in a process of its own (see `shareModules`).
 */
const CHANGES_MODULES =
  /\bvi\.(mock|doMock|unmock|stubEnv|stubGlobal|resetModules)\(|process\.env(\.\w+|\[[^\]]+\])\s*=(?!=)/;

/**
 * The package's test files under `src/`, by path, and those of them that change what their
 * modules see (CHANGES_MODULES).
 */
export function testFilesOf(packageDir) {
  const all = [];
  const isolated = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (/\.test\.tsx?$/.test(entry.name)) {
        const file = relative(packageDir, path).split('\\').join('/');
        all.push(file);
        if (CHANGES_MODULES.test(readFileSync(path, 'utf8'))) isolated.push(file);
      }
    }
  };
  walk(join(packageDir, 'src'));
  return { all: all.sort(), isolated: isolated.sort() };
}

/**
 * One vitest setup for every package.
 * Plain JavaScript: vitest loads config dependencies from node_modules without compiling them.
 *
 * @param {string} packageName
 * @param {import('vitest/config').ViteUserConfig['test']} [test]
 * @param {{ readsShared?: boolean, shareModules?: boolean, packageDir?: string }} [options]
 *   `packageDir`: the package's folder (default: the working directory). `readsShared`: the tests
 *   read `../shared`. `shareModules`: the test files that leave their modules as they found
 *   them share one process per worker and its loaded modules (`isolate: false`) instead of
 *   each loading the package's whole graph again in a new process, which took a quarter to a
 *   half of these packages' test time; the files that mock modules, stub the environment or
 *   assign to `process.env` (testFilesOf) still get a process each.
 */
export function accordVitestConfig(packageName, test = {}, options = {}) {
  if (options.readsShared) checkSharedDigest();
  const outputFile = reportFile(packageName);
  const { setupFiles = [], ...rest } = test;
  const files = options.shareModules
    ? testFilesOf(options.packageDir ?? process.cwd())
    : { all: [], isolated: [] };
  const shared = files.all.filter((file) => !files.isolated.includes(file));
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      reporters: outputFile ? ['default', ['json', { outputFile }]] : ['default'],
      // Child processes, one per test file unless the package shares modules (above): PGlite's
      // WASM heap goes with the process, and a file cannot leave state behind for the next.
      pool: 'forks',
      maxWorkers: WORKERS,
      ...rest,
      setupFiles: [EVENT_LOOP_TURN, ...(Array.isArray(setupFiles) ? setupFiles : [setupFiles])],
      ...(options.shareModules
        ? {
            // A project extends the package's config, and its `include` and `exclude` are added
            // to the package's: each project excludes the other's files.
            projects: [
              {
                extends: true,
                test: {
                  name: packageName,
                  isolate: false,
                  exclude: [...configDefaults.exclude, ...files.isolated],
                },
              },
              ...(files.isolated.length > 0
                ? [
                    {
                      extends: true,
                      test: {
                        name: `${packageName}:isolated`,
                        exclude: [...configDefaults.exclude, ...shared],
                      },
                    },
                  ]
                : []),
            ],
          }
        : {}),
    },
  });
}
