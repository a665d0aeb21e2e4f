import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { adminPasswordFromEnv, configuredOrigin, readAuthEnv, siteOrigin } from './env';

const SECRET = 's'.repeat(40);

/** A test's own settings: no `.env` file, so the repository's cannot leak in. */
const only = (source: Record<string, string | undefined>) => ({ source, envFile: null });

function envFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'accord-auth-env-')), '.env');
  writeFileSync(path, text);
  return path;
}

describe('readAuthEnv', () => {
  it('defaults the site address to localhost on the port the app serves', () => {
    expect(readAuthEnv(only({ BETTER_AUTH_SECRET: SECRET })).baseURL).toBe('http://localhost:3000');
    expect(readAuthEnv(only({ BETTER_AUTH_SECRET: SECRET, PORT: '4100' })).baseURL).toBe(
      'http://localhost:4100',
    );
  });

  it('uses ACCORD_BASE_URL when it is set, without a trailing slash', () => {
    const env = readAuthEnv(
      only({
        BETTER_AUTH_SECRET: SECRET,
        PORT: '4100',
        ACCORD_BASE_URL: 'https://accord.example.org/',
      }),
    );
    expect(env.baseURL).toBe('https://accord.example.org');
  });

  it('reads .env under the environment', () => {
    const file = envFile(`BETTER_AUTH_SECRET=${SECRET}\nPORT=4300\n`);
    expect(readAuthEnv({ source: {}, envFile: file })).toEqual({
      secret: SECRET,
      baseURL: 'http://localhost:4300',
    });
    expect(readAuthEnv({ source: { PORT: '4400' }, envFile: file }).baseURL).toBe(
      'http://localhost:4400',
    );
  });

  it('refuses a short secret, a non-http address and a bad port at once, without the secret', () => {
    expect(() =>
      readAuthEnv(
        only({ BETTER_AUTH_SECRET: 'short-secret', ACCORD_BASE_URL: 'ftp://x.example', PORT: 'x' }),
      ),
    ).toThrow(
      /^Invalid sign-in settings: BETTER_AUTH_SECRET: .*32 characters; ACCORD_BASE_URL: .*http.*; PORT: /,
    );
    try {
      readAuthEnv(only({ BETTER_AUTH_SECRET: 'short-secret' }));
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
  });
});

describe('configuredOrigin', () => {
  it('is the origin of ACCORD_BASE_URL, and undefined when it is not set', () => {
    expect(configuredOrigin(only({ ACCORD_BASE_URL: 'https://accord.example.org/' }))).toBe(
      'https://accord.example.org',
    );
    expect(configuredOrigin(only({}))).toBeUndefined();
    expect(configuredOrigin(only({ ACCORD_BASE_URL: '' }))).toBeUndefined();
  });

  it('refuses a value that is not an http(s) URL', () => {
    expect(() => configuredOrigin(only({ ACCORD_BASE_URL: 'ftp://x.example' }))).toThrow(
      /^Invalid sign-in settings: ACCORD_BASE_URL: /,
    );
  });
});

describe('siteOrigin', () => {
  it('reads ACCORD_BASE_URL once per process: later changes to the environment are not seen', () => {
    vi.stubEnv('ACCORD_BASE_URL', 'https://first.example.org/');
    try {
      expect(siteOrigin()).toBe('https://first.example.org');
      vi.stubEnv('ACCORD_BASE_URL', 'https://second.example.org/');
      expect(siteOrigin()).toBe('https://first.example.org');
      expect(configuredOrigin()).toBe('https://second.example.org');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('adminPasswordFromEnv', () => {
  it('is ACCORD_ADMIN_PASSWORD from the environment or .env, unset when empty', () => {
    expect(adminPasswordFromEnv(only({ ACCORD_ADMIN_PASSWORD: 'pw-from-env' }))).toBe(
      'pw-from-env',
    );
    expect(adminPasswordFromEnv(only({ ACCORD_ADMIN_PASSWORD: '' }))).toBeUndefined();
    expect(
      adminPasswordFromEnv({
        source: {},
        envFile: envFile('ACCORD_ADMIN_PASSWORD=pw-from-file\n'),
      }),
    ).toBe('pw-from-file');
  });
});
