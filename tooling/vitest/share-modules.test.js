import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accordVitestConfig, testFilesOf } from './base.js';

// A package whose test files share one process (shareModules) except those that change what
// their modules see: each of those must land in the isolated project, every other file in the
// shared one, and no file in both or neither.
const dir = mkdtempSync(join(tmpdir(), 'accord-share-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FILES = {
  'src/plain.test.ts': "it('reads', () => expect(process.env.HOME === 'x').toBe(false));",
  'src/deep/compares.test.ts': "if (process.env['CI'] == 'true') it('runs', () => {});",
  'src/mocks.test.ts': "vi.mock('server-only', () => ({}));",
  'src/deep/stubs-env.test.ts': "vi.stubEnv('ACCORD_BASE_URL', 'https://a.example');",
  'src/assigns-env.test.ts': "process.env.ACCORD_X = '1';",
  'src/assigns-env-index.test.ts': "process.env['ACCORD_X'] = '1';",
  'src/resets.test.ts': 'beforeEach(() => vi.resetModules());',
  'src/not-a-test.ts': "vi.mock('x');",
};
for (const [path, text] of Object.entries(FILES)) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}
const ISOLATED = [
  'src/assigns-env-index.test.ts',
  'src/assigns-env.test.ts',
  'src/deep/stubs-env.test.ts',
  'src/mocks.test.ts',
  'src/resets.test.ts',
];

describe('shareModules', () => {
  it('finds the test files that mock, stub or assign to the environment, and only those', () => {
    const files = testFilesOf(dir);
    expect(files.all).toEqual(
      [...ISOLATED, 'src/deep/compares.test.ts', 'src/plain.test.ts'].sort(),
    );
    expect(files.isolated).toEqual(ISOLATED);
  });

  it('puts every file in exactly one project: the shared one without isolation, or its own', () => {
    const config = accordVitestConfig('x', {}, { shareModules: true, packageDir: dir });
    const [shared, isolated] = config.test.projects;
    expect(shared.test.isolate).toBe(false);
    expect(isolated.test.isolate).toBeUndefined(); // vitest's default: a process per file
    expect(shared.test.exclude).toEqual(expect.arrayContaining(ISOLATED));
    expect(isolated.test.exclude).toEqual(
      expect.arrayContaining(['src/deep/compares.test.ts', 'src/plain.test.ts']),
    );
    for (const file of ISOLATED) expect(isolated.test.exclude).not.toContain(file);
    expect(shared.test.exclude).not.toContain('src/plain.test.ts');
    // Both extend the package's config, so its include, timeouts and setup files apply.
    expect(shared.extends && isolated.extends).toBe(true);
  });

  it('leaves a package without the option as it was: a process per file, no projects', () => {
    const config = accordVitestConfig('x', {}, { packageDir: dir });
    expect(config.test.projects).toBeUndefined();
    expect(config.test.isolate).toBeUndefined();
  });
});
