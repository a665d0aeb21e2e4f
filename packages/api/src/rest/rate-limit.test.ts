import { describe, expect, it } from 'vitest';
import { clientKeyOf, RateLimiter } from './rate-limit';

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
  const xff = (value: string | null) =>
    new Headers(value === null ? {} : { 'x-forwarded-for': value });

  it('with no proxy in front, uses the last address as it comes', () => {
    expect(clientKeyOf(xff('127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientKeyOf(xff('203.0.113.9, 127.0.0.1'), 0)).toBe('127.0.0.1');
  });

  it('behind one proxy, takes the address that proxy appended and ignores spoofed ones', () => {
    expect(clientKeyOf(xff('6.6.6.6, 198.51.100.7'), 1)).toBe('198.51.100.7');
  });

  it('behind two proxies, takes the address before the inner proxy', () => {
    expect(clientKeyOf(xff('6.6.6.6, 198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7');
  });

  it('falls back to the leftmost entry when there are fewer entries than proxies', () => {
    expect(clientKeyOf(xff('198.51.100.7'), 3)).toBe('198.51.100.7');
  });

  it('normalises case and spaces, and names requests without an address', () => {
    expect(clientKeyOf(xff(' 2001:DB8::1 '), 0)).toBe('2001:db8::1');
    expect(clientKeyOf(xff(null), 0)).toBe('unknown');
    expect(clientKeyOf(xff(' , '), 0)).toBe('unknown');
  });
});
