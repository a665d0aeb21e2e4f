import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshPages, renderedAtOf, REVALIDATE_HEADER, rerenderPages } from './rerender';

/** A real HTTP server that records what it was asked and answers by path. */
let server: Server;
let origin = '';
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
let inFlight = 0;
const stampedOnce = new Set<string>();
const COMMIT_AT = Date.now();
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
    if (req.url?.startsWith('/stamped/')) {
      // '/stamped/joined' answers a copy rendered before the test's commit the first time
      // (a render that was already in flight), a new one after; '/stamped/fresh' always new.
      const joined = req.url === '/stamped/joined' && !stampedOnce.has(req.url);
      stampedOnce.add(req.url);
      const at = joined ? COMMIT_AT - 500 : Date.now();
      inFlight--;
      res.writeHead(200).end(`<!DOCTYPE html><html lang="en" data-rendered-at="${at}"><body>`);
      return;
    }
    if (req.url === '/gone') return done(404);
    if (req.url === '/broken') return done(500);
    if (req.url === '/flaky') {
      // Fails the first time (a pooled connection lost in a database restart), then works.
      const failed = stampedOnce.has(req.url);
      stampedOnce.add(req.url);
      return done(failed ? 200 : 500);
    }
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

describe('renderedAtOf', () => {
  it("reads the root layout's stamp, and nothing from other markup", () => {
    expect(renderedAtOf('<!DOCTYPE html><html lang="en" data-rendered-at="1764230000000">')).toBe(
      1764230000000,
    );
    expect(renderedAtOf('<html lang="en"><p data-rendered-at="5">')).toBeUndefined();
    expect(renderedAtOf('{"json":true}')).toBeUndefined();
  });
});

describe('refreshPages', () => {
  it('asks again only for a page whose copy was rendered before the commit', async () => {
    seen.length = 0;
    const results = await refreshPages(
      ['/stamped/joined', '/stamped/fresh'],
      { origin, secret: 's' },
      COMMIT_AT,
    );
    expect(seen.map((s) => s.path).sort()).toEqual([
      '/stamped/fresh',
      '/stamped/joined',
      '/stamped/joined',
    ]);
    for (const r of results) expect(r.renderedAt, r.path).toBeGreaterThanOrEqual(COMMIT_AT);
  });

  it('asks once more for a page whose render failed with a 5xx, and keeps the second answer', async () => {
    seen.length = 0;
    const results = await refreshPages(['/flaky', '/broken'], { origin, secret: 's' }, COMMIT_AT);
    expect(seen.map((s) => s.path).sort()).toEqual(['/broken', '/broken', '/flaky', '/flaky']);
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['/flaky', 200],
      ['/broken', 500],
    ]);
  });
});
