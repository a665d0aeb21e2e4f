import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchOnNewConnection } from '../src/fresh-connection';

/*
 * The saves of the cluster's rolling restart go through nginx while it reloads, and must not
 * ride an idle kept-alive connection that the reload is closing (a CI run lost a save that
 * way: "fetch failed"). These check the premise and the helper on a plain server that counts
 * its TCP connections.
 */
/** Leaves an idle kept-alive connection in fetch's pool (a socket goes back a moment after its answer). */
async function warmPool(url: string) {
  const res = await fetch(url);
  await res.text();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('a request on a connection of its own', () => {
  let server: Server;
  let url: string;
  let connections = 0;
  const seen: { method: string; body: string; connection: string | undefined }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', body, connection: req.headers.connection });
        res.setHeader('x-echo', 'yes');
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.statusCode = req.method === 'POST' ? 201 : 200;
        res.end(`answer to ${req.method}`);
      });
    });
    server.on('connection', () => connections++);
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("fetch with `Connection: close` still rides the pool's idle kept-alive connection", async () => {
    // The premise of the helper: without it, the header alone does not avoid such a socket.
    await warmPool(url);
    const before = connections;
    const again = await fetch(url, { method: 'POST', body: 'x', headers: { connection: 'close' } });
    await again.text();
    expect(connections).toBe(before);
  });

  it('opens a new connection every time, and answers status, headers and body', async () => {
    await warmPool(url);
    const before = connections;
    const res = await fetchOnNewConnection(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'a save ✓',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-echo')).toBe('yes');
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(await res.text()).toBe('answer to POST');
    expect(seen.at(-1)).toEqual({ method: 'POST', body: 'a save ✓', connection: 'close' });
    const get = await fetchOnNewConnection(url);
    expect(await get.text()).toBe('answer to GET');
    expect(connections).toBe(before + 2);
  });

  it('fails with a clear error when nothing answers in time', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    await expect(
      fetchOnNewConnection(`http://127.0.0.1:${port}/`, { timeoutMs: 200 }),
    ).rejects.toThrow('timed out after 0.2 s');
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });
});
