import { describe, expect, it } from 'vitest';
import { waitUntilQuiet } from './quiet';

/** A fake clock and a server whose answers take `durations[i]` ms, then `rest` ms each. */
function fakeServer(durations: number[], rest: number) {
  let clock = 0;
  let calls = 0;
  return {
    calls: () => calls,
    options: {
      now: () => clock,
      sleep: (ms: number) => {
        clock += ms;
        return Promise.resolve();
      },
    },
    get: () => {
      clock += durations[calls] ?? rest;
      calls++;
      return Promise.resolve();
    },
  };
}

describe('waitUntilQuiet', () => {
  it('waits through slow answers until five quick ones in a row', async () => {
    // Slow, quick ×3, slow (the count starts again), then quick.
    const server = fakeServer([900, 10, 10, 10, 2000], 10);
    const result = await waitUntilQuiet(server.get, server.options);
    expect(result.quiet).toBe(true);
    expect(server.calls()).toBe(10);
  });

  it('answers at once on a quiet server', async () => {
    const server = fakeServer([], 5);
    const result = await waitUntilQuiet(server.get, server.options);
    expect(result).toMatchObject({ quiet: true });
    expect(server.calls()).toBe(5);
  });

  it('gives up after the timeout on a server never quiet, and says so', async () => {
    const server = fakeServer([], 500);
    const result = await waitUntilQuiet(server.get, { ...server.options, timeoutMs: 10_000 });
    expect(result.quiet).toBe(false);
    expect(result.waitedMs).toBeGreaterThanOrEqual(10_000);
  });

  it('counts a failed request as not quiet', async () => {
    let calls = 0;
    const result = await waitUntilQuiet(
      () => (++calls <= 3 ? Promise.reject(new Error('refused')) : Promise.resolve()),
      { now: () => 0, sleep: () => Promise.resolve(), timeoutMs: 1 },
    );
    expect(result.quiet).toBe(true);
    expect(calls).toBe(8);
  });
});
