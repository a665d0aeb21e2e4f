import { defineConfig } from 'vitest/config';

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
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      reporters: reportDir
        ? ['default', ['json', { outputFile: `${reportDir}/vitest-${packageName}.json` }]]
        : ['default'],
      ...test,
    },
  });
}
