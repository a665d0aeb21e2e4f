import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  type RetryPolicy,
  retryDelay,
  withRetries,
} from './retry';
import { startServer, type TestServer } from './testing/fake-api';

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(' 120 ')).toBe(120_000);
  });

  it('reads an HTTP date as the time left until then', () => {
    const now = Date.parse('Fri, 27 Nov 2026 01:00:00 GMT');
    expect(parseRetryAfter('Fri, 27 Nov 2026 01:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 00:59:00 GMT', now)).toBe(0);
  });

  it('ignores an absent or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter('-1')).toBeNull();
    expect(parseRetryAfter('1.5')).toBeNull();
  });
});

describe('retryDelay', () => {
  const policy: RetryPolicy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };

  it('backs off exponentially, between half and all of each step', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(policy, n, null, () => 1))).toEqual([
      100, 200, 400, 800,
    ]);
    expect([1, 2, 3, 4].map((n) => retryDelay(policy, n, null, () => 0))).toEqual([
      50, 100, 200, 400,
    ]);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelay(policy, 5, null, () => 1)).toBe(1000);
    expect(retryDelay({ ...policy, retries: 20 }, 20, null, () => 1)).toBe(1000);
  });

  it('gives up after the configured number of retries', () => {
    expect(retryDelay(policy, 6, null)).toBeNull();
    expect(retryDelay({ ...policy, retries: 0 }, 1, null)).toBeNull();
  });

  it("waits exactly as long as the server's Retry-After, up to the cap", () => {
    expect(retryDelay(policy, 1, 700)).toBe(700);
    expect(retryDelay(policy, 1, 0)).toBe(0);
    expect(retryDelay(policy, 1, 1001)).toBeNull();
  });

  it('has defaults that retry a few times within seconds', () => {
    expect(DEFAULT_RETRY_POLICY.retries).toBe(3);
    const worst = [1, 2, 3].map((n) => retryDelay(DEFAULT_RETRY_POLICY, n, null, () => 1) ?? 0);
    expect(worst.reduce((a, b) => a + b)).toBeLessThan(5000);
  });
});

describe('withRetries against a real HTTP server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const fast = { policy: { baseDelayMs: 5, maxDelayMs: 2000 } };
  const fetchWithRetries = withRetries((input, init) => fetch(input, init), fast);

  it('retries a read answered 503 until it succeeds', async () => {
    server = await startServer((_req, res, attempt) => {
      res.writeHead(attempt < 3 ? 503 : 200).end(attempt < 3 ? 'busy' : 'ok');
    });
    const response = await fetchWithRetries(`${server.url}/api/trpc/theme.list`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(server.requests).toHaveLength(3);
  });

  it('honours Retry-After on 429 before trying again', async () => {
    server = await startServer((_req, res, attempt) => {
      if (attempt === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else res.writeHead(200).end('ok');
    });
    const started = Date.now();
    const response = await fetchWithRetries(server.url);
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not wait when Retry-After asks for more than the cap: the 429 comes back', async () => {
    server = await startServer((_req, res) => {
      // An hour: had the client waited, the test would time out long before.
      res.writeHead(429, { 'retry-after': '3600' }).end();
    });
    const response = await fetchWithRetries(server.url);
    expect(response.status).toBe(429);
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after the configured retries and returns the last answer', async () => {
    server = await startServer((_req, res) => res.writeHead(503).end());
    const response = await withRetries((i, init) => fetch(i, init), {
      policy: { retries: 2, baseDelayMs: 5 },
    })(server.url);
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(3);
  });

  it('retries a read whose connection was dropped', async () => {
    server = await startServer((req, res, attempt) => {
      if (attempt === 1) req.socket.destroy();
      else res.writeHead(200).end('ok');
    });
    const response = await fetchWithRetries(server.url);
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a read that gets no answer in time', async () => {
    server = await startServer((_req, res, attempt) => {
      if (attempt > 1) res.writeHead(200).end('ok');
      // the first request is left hanging
    });
    const response = await withRetries((i, init) => fetch(i, init), {
      ...fast,
      timeoutMs: 200,
    })(server.url);
    expect(response.status).toBe(200);
    // At least one retry; on a loaded machine the second answer may also miss 200 ms.
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('never retries a mutation (POST), whatever the answer', async () => {
    server = await startServer((_req, res) => res.writeHead(503).end());
    const response = await fetchWithRetries(server.url, { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it('never retries a mutation whose connection was dropped', async () => {
    server = await startServer((req) => req.socket.destroy());
    await expect(fetchWithRetries(server.url, { method: 'POST', body: '{}' })).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry answers that will not change (500, 404)', async () => {
    for (const status of [500, 404]) {
      const s = await startServer((_req, res) => res.writeHead(status).end());
      const response = await fetchWithRetries(s.url);
      expect(response.status).toBe(status);
      expect(s.requests, String(status)).toHaveLength(1);
      await s.close();
    }
  });

  it('stops waiting as soon as the caller aborts', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    server = await startServer((_req, res) => {
      res.writeHead(503, { 'retry-after': '2' }).end();
      // The caller gives up while the client waits out Retry-After.
      setTimeout(() => {
        abortedAt = Date.now();
        controller.abort();
      }, 100);
    });
    await expect(fetchWithRetries(server.url, { signal: controller.signal })).rejects.toThrow();
    // Well short of the 2 s Retry-After it would otherwise have waited out.
    expect(Date.now() - abortedAt).toBeLessThan(1500);
    expect(server.requests).toHaveLength(1);
  });
});
