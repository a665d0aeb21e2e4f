import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVALIDATE_HEADER, rerenderPages } from './rerender';

/** A real HTTP server that records what it was asked and answers by path. */
let server: Server;
let origin = '';
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const done = (status: number) => {
      inFlight--;
      res.writeHead(status).end(`status ${status}`);
    };
    if (req.url === '/hangs') return; // never answers
    if (req.url === '/gone') return done(404);
    if (req.url === '/broken') return done(500);
    setTimeout(() => done(200), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('rerenderPages', () => {
  it('asks for each page with the revalidation secret, a few at a time', async () => {
    seen.length = 0;
    maxInFlight = 0;
    const paths = ['/', '/themes/chips', '/commitments/a', '/commitments/b', '/parties/eu'];
    const results = await rerenderPages(paths, { origin, secret: 's3cret', concurrency: 2 });
    expect(results.map((r) => r.path).sort()).toEqual([...paths].sort());
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(seen.map((s) => s.path).sort()).toEqual([...paths].sort());
    expect(seen.every((s) => s.headers[REVALIDATE_HEADER] === 's3cret')).toBe(true);
    expect(maxInFlight).toBe(2);
  });

  it('reports failures and timeouts without throwing, and still renders the rest', async () => {
    const results = await rerenderPages(['/gone', '/broken', '/hangs', '/ok'], {
      origin,
      secret: 'x',
      timeoutMs: 300,
      concurrency: 1,
    });
    const byPath = Object.fromEntries(results.map((r) => [r.path, r]));
    expect(byPath['/gone']?.status).toBe(404);
    expect(byPath['/broken']?.status).toBe(500);
    expect(byPath['/hangs']?.status).toBeNull();
    expect(byPath['/hangs']?.error).toMatch(/abort|timeout/i);
    expect(byPath['/ok']?.status).toBe(200);
  });

  it('reports an unreachable server per page', async () => {
    const results = await rerenderPages(['/'], { origin: 'http://127.0.0.1:9', secret: 'x' });
    expect(results.map((r) => [r.path, r.status])).toEqual([['/', null]]);
    expect(results[0]?.error).toBeTruthy();
  });
});
