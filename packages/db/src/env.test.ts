import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDbEnv } from './env';

function envFile(text: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'accord-env-'));
  const path = join(dir, '.env');
  if (text !== null) writeFileSync(path, text);
  return path;
}

describe('readDbEnv', () => {
  it('uses the embedded database when nothing is set', () => {
    expect(readDbEnv({ source: {}, envFile: envFile(null) })).toEqual({});
  });

  it('reads DATABASE_URL and ACCORD_DATA_DIR from the .env file', () => {
    const env = readDbEnv({
      source: {},
      envFile: envFile(
        '# comment\nDATABASE_URL=postgres://u:p@127.0.0.1:5432/accord\nACCORD_DATA_DIR=.data/other\n',
      ),
    });
    expect(env).toEqual({
      DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/accord',
      ACCORD_DATA_DIR: '.data/other',
    });
  });

  it('lets the environment win over the .env file', () => {
    const env = readDbEnv({
      source: { DATABASE_URL: 'postgresql://env@127.0.0.1/accord' },
      envFile: envFile('DATABASE_URL=postgres://file@127.0.0.1/accord\n'),
    });
    expect(env.DATABASE_URL).toBe('postgresql://env@127.0.0.1/accord');
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(
      readDbEnv({ source: { DATABASE_URL: '' }, envFile: envFile(null) }).DATABASE_URL,
    ).toBeUndefined();
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL and a blank data dir, naming both', () => {
    expect(() =>
      readDbEnv({ source: { DATABASE_URL: 'mysql://x', ACCORD_DATA_DIR: ' ' }, envFile: null }),
    ).toThrow(
      /^Invalid database settings: DATABASE_URL: DATABASE_URL must be a postgres.*; ACCORD_DATA_DIR: /,
    );
  });
});
