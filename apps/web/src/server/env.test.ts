import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { internalOrigin, nextDistDir, readWebEnv } = await import('./env');

describe('internalOrigin', () => {
  it('reaches the server on loopback at the port next start set', () => {
    expect(internalOrigin({ PORT: '3100' })).toBe('http://127.0.0.1:3100');
  });
  it('takes ACCORD_INTERNAL_ORIGIN over the port, as an origin', () => {
    expect(internalOrigin({ PORT: '3100', ACCORD_INTERNAL_ORIGIN: 'http://10.0.0.5:8080/x' })).toBe(
      'http://10.0.0.5:8080',
    );
  });
  it("takes the worker's private port (server.ts) over both: each worker reaches itself", () => {
    expect(
      internalOrigin({
        PORT: '3100',
        ACCORD_INTERNAL_ORIGIN: 'http://10.0.0.5:8080',
        ACCORD_WORKER_ORIGIN: 'http://127.0.0.1:41234',
      }),
    ).toBe('http://127.0.0.1:41234');
  });
  it('is null without a port (the build, scripts)', () => {
    expect(internalOrigin({})).toBeNull();
    expect(internalOrigin({ PORT: 'abc' })).toBeNull();
  });
});

describe('nextDistDir', () => {
  it('defaults to .next like next.config.ts', () => {
    expect(nextDistDir({})).toBe('.next');
    expect(nextDistDir({ ACCORD_NEXT_DIST_DIR: '.next-e2e' })).toBe('.next-e2e');
  });
});

describe('readWebEnv', () => {
  it('has the documented defaults', () => {
    expect(readWebEnv({ source: {}, envFile: null })).toEqual({
      ACCORD_RATE_LIMIT_BURST: 60,
      ACCORD_RATE_LIMIT_PER_MINUTE: 120,
      ACCORD_TRUSTED_PROXIES: 0,
      ACCORD_MAX_BODY_BYTES: 1024 * 1024,
      ACCORD_SCHEDULER_INTERVAL_MS: 15_000,
    });
  });

  it('names every bad variable in one error', () => {
    expect(() =>
      readWebEnv({
        source: {
          ACCORD_RATE_LIMIT_BURST: '0',
          ACCORD_TRUSTED_PROXIES: '11',
          ACCORD_MAX_BODY_BYTES: 'x',
        },
        envFile: null,
      }),
    ).toThrow(
      /^Invalid web server settings: ACCORD_RATE_LIMIT_BURST: .*; ACCORD_TRUSTED_PROXIES: must be a whole number from 0 to 10; ACCORD_MAX_BODY_BYTES: /,
    );
  });
});
