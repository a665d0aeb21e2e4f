import { describe, expect, it } from 'vitest';
import { configuredOrigin, readAuthEnv } from './env';

const SECRET = 's'.repeat(40);

describe('readAuthEnv', () => {
  it('defaults the site address to localhost on the port the app serves', () => {
    expect(readAuthEnv({ BETTER_AUTH_SECRET: SECRET }).baseURL).toBe('http://localhost:3000');
    expect(readAuthEnv({ BETTER_AUTH_SECRET: SECRET, PORT: '4100' }).baseURL).toBe(
      'http://localhost:4100',
    );
  });

  it('uses ACCORD_BASE_URL when it is set, without a trailing slash', () => {
    const env = readAuthEnv({
      BETTER_AUTH_SECRET: SECRET,
      PORT: '4100',
      ACCORD_BASE_URL: 'https://accord.example.org/',
    });
    expect(env.baseURL).toBe('https://accord.example.org');
  });

  it('refuses a short secret and a non-http address', () => {
    expect(() => readAuthEnv({ BETTER_AUTH_SECRET: 'short' })).toThrow(/32 characters/);
    expect(() =>
      readAuthEnv({ BETTER_AUTH_SECRET: SECRET, ACCORD_BASE_URL: 'ftp://x.example' }),
    ).toThrow(/http/);
  });
});

describe('configuredOrigin', () => {
  const noFile = '/nonexistent/.env';
  it('is the origin of ACCORD_BASE_URL, and undefined when it is not set', () => {
    expect(configuredOrigin({ ACCORD_BASE_URL: 'https://accord.example.org/' }, noFile)).toBe(
      'https://accord.example.org',
    );
    expect(configuredOrigin({}, noFile)).toBeUndefined();
    expect(configuredOrigin({ ACCORD_BASE_URL: '' }, noFile)).toBeUndefined();
  });

  it('refuses a value that is not an http(s) URL', () => {
    expect(() => configuredOrigin({ ACCORD_BASE_URL: 'ftp://x.example' }, noFile)).toThrow(
      /ACCORD_BASE_URL/,
    );
  });
});
