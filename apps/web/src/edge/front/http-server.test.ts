import { get as httpGet, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFrontServer, DEFAULT_SERVER_LIMITS, readServerLimits } from './http-server';

/**
 * The production server's node:http server (createFrontServer, as apps/web/server.ts builds
 * it) against slow clients, with its deadlines shortened so the test does not wait 15 s.
 */
const SHORT = {
  headersTimeoutMs: 600,
  requestTimeoutMs: 1200,
  keepAliveTimeoutMs: 500,
  checkIntervalMs: 100,
  maxConnections: 1024,
};

let server: Server | undefined;
const sockets: Socket[] = [];
const timers: NodeJS.Timeout[] = [];

afterEach(async () => {
  for (const timer of timers) clearInterval(timer);
  timers.length = 0;
  for (const socket of sockets) socket.destroy();
  sockets.length = 0;
  const closing = server;
  server = undefined;
  if (!closing) return;
  closing.closeAllConnections();
  await new Promise((resolve) => closing.close(resolve));
});

async function listen(limits = SHORT): Promise<number> {
  server = createFrontServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  }, limits);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A socket to the server that records what it was sent and whether it was closed. */
function open(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  const state = { received: '', closed: false, connected: false };
  socket.on('connect', () => (state.connected = true));
  socket.on('data', (chunk: Buffer) => (state.received += chunk.toString()));
  socket.on('error', () => {});
  socket.on('close', () => (state.closed = true));
  return { socket, state };
}

/** A plain GET on a new connection: its status, or the error that ended it. */
function plainGet(port: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpGet({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('the production server against slow clients', () => {
  it('keeps answering reads while 200 clients trickle their headers, then drops them', async () => {
    const port = await listen();
    const slow = Array.from({ length: 200 }, (_, i) => {
      const client = open(port);
      if (i % 2 === 0) {
        // Half send a request line and then one more header line every 100 ms, forever…
        client.socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
        timers.push(
          setInterval(() => {
            if (!client.state.closed) client.socket.write('X-Slow: 1\r\n');
          }, 100),
        );
      }
      // …the other half connect and send nothing at all.
      return client;
    });
    await expect.poll(() => slow.every((c) => c.state.connected)).toBe(true);

    // Readers are served meanwhile, promptly (a generous bound: the concern is a
    // server that stops answering, not its speed).
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      expect(await plainGet(port)).toBe(200);
      expect(Date.now() - started).toBeLessThan(2000);
    }

    // Past the header deadline every slow socket is closed, the trickling ones with a 408.
    await expect
      .poll(() => slow.filter((c) => c.state.closed).length, { timeout: 10_000, interval: 100 })
      .toBe(200);
    const trickling = slow.filter((_, i) => i % 2 === 0);
    expect(trickling.every((c) => c.state.received.startsWith('HTTP/1.1 408'))).toBe(true);
    expect(await plainGet(port)).toBe(200);
  }, 20_000);

  it('closes an idle keep-alive socket after keepAliveTimeout', async () => {
    const port = await listen();
    const client = open(port);
    client.socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await expect.poll(() => client.state.received).toContain('ok');
    await expect.poll(() => client.state.closed, { timeout: 3000 }).toBe(true);
  });

  it('holds at most maxConnections sockets: one more is closed at once', async () => {
    const port = await listen({ ...SHORT, maxConnections: 5 });
    const idle = Array.from({ length: 5 }, () => open(port));
    await expect.poll(() => idle.every((c) => c.state.connected)).toBe(true);
    // Wait until the server has counted them all, then one more is refused.
    await expect
      .poll(() => new Promise((resolve) => server!.getConnections((_, n) => resolve(n))))
      .toBe(5);
    expect(typeof (await plainGet(port))).toBe('string');
    for (const c of idle) c.socket.destroy();
    await expect.poll(() => plainGet(port)).toBe(200);
  });
});

describe('readServerLimits', () => {
  it('defaults to 1024 sockets and takes ACCORD_MAX_CONNECTIONS', () => {
    expect(readServerLimits({ source: {}, envFile: null })).toEqual(DEFAULT_SERVER_LIMITS);
    expect(
      readServerLimits({ source: { ACCORD_MAX_CONNECTIONS: '' }, envFile: null }).maxConnections,
    ).toBe(1024);
    expect(
      readServerLimits({ source: { ACCORD_MAX_CONNECTIONS: '4096' }, envFile: null })
        .maxConnections,
    ).toBe(4096);
  });

  it('refuses a value that is not a sane whole number', () => {
    for (const value of ['abc', '0', '8', '1.5', '-1', '99999999']) {
      expect(
        () => readServerLimits({ source: { ACCORD_MAX_CONNECTIONS: value }, envFile: null }),
        value,
      ).toThrow(
        'Invalid web server settings: ACCORD_MAX_CONNECTIONS: must be a whole number from 16 to 1000000',
      );
    }
  });

  it('keeps idle sockets 5 s by default and takes ACCORD_KEEP_ALIVE_MS, 1 s to 10 min', () => {
    expect(readServerLimits({ source: {}, envFile: null }).keepAliveTimeoutMs).toBe(5000);
    const limits = readServerLimits({ source: { ACCORD_KEEP_ALIVE_MS: '120000' }, envFile: null });
    expect(limits.keepAliveTimeoutMs).toBe(120_000);
    expect(limits.maxConnections).toBe(1024);
    const server = createFrontServer(() => undefined, limits);
    expect(server.keepAliveTimeout).toBe(120_000);
    for (const value of ['999', '600001', 'soon', '1.5']) {
      expect(
        () => readServerLimits({ source: { ACCORD_KEEP_ALIVE_MS: value }, envFile: null }),
        value,
      ).toThrow(
        'Invalid web server settings: ACCORD_KEEP_ALIVE_MS: must be a whole number from 1000 to 600000',
      );
    }
  });

  it('keeps the header deadline under the request deadline and the keep-alive under both', () => {
    const limits = readServerLimits({ source: {}, envFile: null });
    expect(limits.headersTimeoutMs).toBeLessThan(limits.requestTimeoutMs);
    expect(limits.keepAliveTimeoutMs).toBeLessThan(limits.headersTimeoutMs);
  });
});
