import { describe, expect, it } from 'vitest';
import { clientKeyOf, PEER_ADDRESS_HEADER, RateLimiter } from './rate-limit';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('lets a client burst, then refuses with the seconds until the next request', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ burst: 3, perMinute: 6, now: clock.now });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    // 6 per minute is one every 10 s.
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    clock.advance(4_000);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    clock.advance(6_000);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('keeps clients apart', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ burst: 1, perMinute: 1, now: clock.now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('refills to the burst and no further', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ burst: 2, perMinute: 60, now: clock.now });
    limiter.take('a');
    limiter.take('a');
    clock.advance(3_600_000);
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('never says retry after less than one second', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ burst: 1, perMinute: 6000, now: clock.now });
    limiter.take('a');
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('runs on the real clock by default', async () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 60_000 });
    expect(limiter.take('a').allowed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('forgets the least recently seen clients beyond maxClients', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ burst: 1, perMinute: 1, now: clock.now, maxClients: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.size).toBe(2);
    // 'a' was dropped, so it starts with a full bucket again; 'c' was kept.
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });

  it('refuses a configuration that would block or never refill', () => {
    expect(() => new RateLimiter({ burst: 0, perMinute: 1 })).toThrow();
    expect(() => new RateLimiter({ burst: 1, perMinute: 0 })).toThrow();
  });
});

describe('clientKeyOf', () => {
  /** Headers as the front server passes them on: X-Forwarded-For, and the peer's address. */
  const from = (forwardedFor: string | null, peer: string | null = null) => {
    const headers = new Headers();
    if (forwardedFor !== null) headers.set('x-forwarded-for', forwardedFor);
    if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer);
    return headers;
  };

  it('with no proxy in front, keys on the peer whatever X-Forwarded-For says', () => {
    expect(clientKeyOf(from(null, '203.0.113.9'), 0)).toBe('203.0.113.9');
    // A new made-up address per request is still the same client: the same bucket.
    const keys = ['1.1.1.1', '2.2.2.2', '9.9.9.9, 8.8.8.8'].map((xff) =>
      clientKeyOf(from(xff, '203.0.113.9'), 0),
    );
    expect(new Set(keys)).toEqual(new Set(['203.0.113.9']));
  });

  it('behind one proxy, takes the address that proxy appended and ignores spoofed ones', () => {
    expect(clientKeyOf(from('6.6.6.6, 198.51.100.7', '10.0.0.1'), 1)).toBe('198.51.100.7');
    expect(clientKeyOf(from('198.51.100.7', '10.0.0.1'), 1)).toBe('198.51.100.7');
  });

  it('behind two proxies, takes the address before the inner proxy', () => {
    expect(clientKeyOf(from('6.6.6.6, 198.51.100.7, 10.0.0.2', '10.0.0.1'), 2)).toBe(
      '198.51.100.7',
    );
  });

  it('falls back to the leftmost address when there are fewer than the proxies', () => {
    expect(clientKeyOf(from('198.51.100.7', '10.0.0.1'), 3)).toBe('198.51.100.7');
    expect(clientKeyOf(from(null, '10.0.0.1'), 1)).toBe('10.0.0.1');
  });

  it('without the peer (no front server), the last entry stands in for it, as before', () => {
    expect(clientKeyOf(from('127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientKeyOf(from('203.0.113.9, 127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientKeyOf(from('6.6.6.6, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientKeyOf(from('6.6.6.6, 198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7');
  });

  it('normalises case, spaces and IPv4-mapped addresses, and names requests without one', () => {
    expect(clientKeyOf(from(null, ' 2001:DB8::1 '), 0)).toBe('2001:db8::1');
    expect(clientKeyOf(from(null, '::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientKeyOf(from(' 2001:DB8::1 '), 0)).toBe('2001:db8::1');
    expect(clientKeyOf(from(null), 0)).toBe('unknown');
    expect(clientKeyOf(from(' , ', ' '), 0)).toBe('unknown');
  });
});
