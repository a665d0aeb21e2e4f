import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { internalOrigin, nextDistDir } = await import('./env');

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
