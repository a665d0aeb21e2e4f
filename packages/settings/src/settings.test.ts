import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  blankIsUnset,
  defineSettings,
  findRepoRoot,
  loadEnvironment,
  OptionalPort,
  Port,
  readEnvFile,
  readPort,
  SettingsError,
  wholeNumber,
} from './index';

function envFile(text: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'accord-settings-'));
  const path = join(dir, '.env');
  if (text !== null) writeFileSync(path, text);
  return path;
}

const readSample = defineSettings(
  'sample',
  z.object({
    SAMPLE_URL: z.preprocess(blankIsUnset, z.url().optional()),
    SAMPLE_COUNT: wholeNumber(1, 10, 5),
    SAMPLE_MODE: z.preprocess(blankIsUnset, z.enum(['a', 'b']).default('a')),
  }),
);

function caught(run: () => unknown): SettingsError {
  try {
    run();
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('loading the environment over .env', () => {
  it('reads the file when the environment does not set a variable', () => {
    const file = envFile('# comment\nSAMPLE_COUNT=7\nSAMPLE_MODE="b"\n');
    expect(readSample({ source: {}, envFile: file })).toEqual({
      SAMPLE_URL: undefined,
      SAMPLE_COUNT: 7,
      SAMPLE_MODE: 'b',
    });
  });

  it('lets the environment win over the file, even when it sets a variable empty', () => {
    const file = envFile('SAMPLE_COUNT=7\nSAMPLE_MODE=b\n');
    expect(readSample({ source: { SAMPLE_COUNT: '2' }, envFile: file }).SAMPLE_COUNT).toBe(2);
    // Set but empty in the environment: unset, so the default, not the file's value.
    expect(readSample({ source: { SAMPLE_MODE: '' }, envFile: file }).SAMPLE_MODE).toBe('a');
    // Unset in the environment (undefined): the file's.
    expect(readSample({ source: { SAMPLE_MODE: undefined }, envFile: file }).SAMPLE_MODE).toBe('b');
  });

  it('works without the file, and with none asked for', () => {
    expect(readSample({ source: {}, envFile: envFile(null) }).SAMPLE_COUNT).toBe(5);
    expect(readSample({ source: { SAMPLE_COUNT: '3' }, envFile: null }).SAMPLE_COUNT).toBe(3);
  });

  it('hands back every variable for code that needs the whole set', () => {
    const file = envFile('A=file\nB=file\n');
    expect(loadEnvironment({ source: { B: 'env', C: 'env' }, envFile: file })).toEqual({
      A: 'file',
      B: 'env',
      C: 'env',
    });
  });

  it('has nothing to read when the file is missing', () => {
    expect(readEnvFile(envFile(null))).toEqual({});
  });

  it('finds the repository root from inside a package', () => {
    expect(findRepoRoot(join(findRepoRoot(), 'packages', 'settings', 'src'))).toBe(findRepoRoot());
  });
});

describe('the one error format', () => {
  it('names every bad variable at once, with its problem', () => {
    const error = caught(() =>
      readSample({
        source: { SAMPLE_URL: 'nope', SAMPLE_COUNT: '99', SAMPLE_MODE: 'c' },
        envFile: null,
      }),
    );
    expect(error.problems.map((p) => p.name)).toEqual([
      'SAMPLE_URL',
      'SAMPLE_COUNT',
      'SAMPLE_MODE',
    ]);
    expect(error.message).toMatch(
      /^Invalid sample settings: SAMPLE_URL: .+; SAMPLE_COUNT: .+; SAMPLE_MODE: .+$/,
    );
  });

  it('says when a bad value came from the .env file', () => {
    const file = envFile('SAMPLE_COUNT=0\n');
    const error = caught(() => readSample({ source: { SAMPLE_MODE: 'c' }, envFile: file }));
    expect(error.message).toContain(`SAMPLE_COUNT (from ${file}): `);
    expect(error.message).toContain('SAMPLE_MODE: ');
    expect(error.message).not.toContain('SAMPLE_MODE (from');
  });

  it('never prints a value, even when a schema puts it in its message', () => {
    const secret = 'hunter2-very-secret-value';
    const readLeaky = defineSettings(
      'leaky',
      z.object({
        SAMPLE_SECRET: z
          .string()
          .min(64, { error: (issue) => `too short: ${issue.input as string}` }),
        SAMPLE_URL: z.url(),
      }),
    );
    const error = caught(() =>
      readLeaky({
        source: { SAMPLE_SECRET: secret, SAMPLE_URL: 'postgres-ish:hunter2-very-secret-value' },
        envFile: envFile(`SAMPLE_SECRET=${secret}\n`),
      }),
    );
    expect(error.message).toMatch(/SAMPLE_SECRET: too short: …/);
    expect(error.message).not.toContain('hunter2');
  });
});

describe('PORT', () => {
  it('is parsed by one schema: default 3000, the environment, then .env', () => {
    expect(readPort({ source: {}, envFile: null }).PORT).toBe(3000);
    expect(readPort({ source: { PORT: '' }, envFile: null }).PORT).toBe(3000);
    expect(readPort({ source: {}, envFile: envFile('PORT=4100\n') }).PORT).toBe(4100);
    expect(readPort({ source: { PORT: '4200' }, envFile: envFile('PORT=4100\n') }).PORT).toBe(4200);
    expect(Port.safeParse('8080').data).toBe(8080);
    expect(OptionalPort.safeParse(' ').data).toBeUndefined();
    expect(OptionalPort.safeParse('70000').success).toBe(false);
  });

  it('refuses anything but a port', () => {
    for (const bad of ['abc', '0', '65536', '80.5', '-1']) {
      expect(() => readPort({ source: { PORT: bad }, envFile: null }), bad).toThrow(
        'Invalid server settings: PORT: must be a whole number from 1 to 65535',
      );
    }
  });
});
