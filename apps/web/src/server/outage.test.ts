import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer } from 'node:net';
import { type DbHandle, openDb } from '@accord/db';
import { createDatabaseState, type DatabaseState } from '@accord/db/state';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETRY_AFTER_SECONDS, SIGN_IN_UNAVAILABLE, withOutageAnswers } from './outage';

/*
 * The production server's outage answers, over real HTTP, with the database state probing a
 * real database: a postgres.js client on a port nobody listens on (PostgreSQL stopped), or
 * an in-memory PGlite (up). The handler behind plays Next: it answers as Next does when a
 * render or better-auth fails (a 500 with its shell, a Set-Cookie, security headers).
 */
let down: DbHandle;
let up: DbHandle;
const servers: Server[] = [];

beforeAll(async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  down = await openDb({ kind: 'postgres', url: `postgres://accord@127.0.0.1:${port}/accord` });
  up = await openDb({ kind: 'memory' });
}, 120_000);

afterAll(async () => {
  for (const s of servers) s.close();
  await down.close();
  await up.close();
});

const stateOf = (handle: DbHandle) => createDatabaseState(() => handle.db.execute('select 1'));

/** Plays Next: a page or auth route whose database read failed, or one that worked. */
const next: RequestListener = (req, res) => {
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Set-Cookie', 'accord.session_token=; Max-Age=0');
  res.setHeader('Cache-Control', 's-maxage=31536000');
  if (req.url?.startsWith('/ok')) {
    res.statusCode = 200;
    res.end('fine');
  } else if (req.url?.startsWith('/api/auth/')) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"code":"FAILED_TO_GET_SESSION"}');
  } else {
    res.statusCode = 500;
    res.write('<html>Next 500 ');
    res.end('shell</html>');
  }
};

async function serve(state: DatabaseState): Promise<string> {
  const server = createHttpServer(
    (req, res) => void withOutageAnswers(next, () => state)(req, res),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('the production server while the database is away', () => {
  let base: string;
  beforeAll(async () => {
    base = await serve(stateOf(down));
  });

  it.each(['/admin', '/admin/commitments/3', '/commitments/no-such', '/parties/jp', '/sign-in'])(
    'answers %s with the designed 503 page, Retry-After, no-store and no Set-Cookie',
    async (path) => {
      const res = await fetch(`${base}${path}`);
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(text).toContain('<h1>Temporarily unavailable</h1>');
      expect(text).not.toContain('Next 500');
      if (path.startsWith('/admin') || path === '/sign-in') {
        expect(text).toContain('You are still signed in');
      }
    },
  );

  it('answers better-auth routes with a JSON 503 in the API error shape', async () => {
    const res = await fetch(`${base}/api/auth/get-session`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual({
      error: {
        code: 'SERVICE_UNAVAILABLE',
        status: 503,
        message: SIGN_IN_UNAVAILABLE,
        fieldErrors: null,
      },
    });
  });

  it('leaves answers that are not errors alone', async () => {
    const res = await fetch(`${base}/ok`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('fine');
  });

  it.each([
    '/api/trpc/editor.commitment.list',
    '/api/v1/commitments',
    '/api/health/ready',
    '/feeds/changes.atom',
    '/exports/commitments.csv',
    '/themes/chips/feed.json',
    '/sitemap.xml',
    '/sitemaps/commitments-1.xml',
  ])('leaves %s to its own outage answer (it has the error in hand)', async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('<html>Next 500 shell</html>');
  });
});

describe('the production server while the database is up', () => {
  it('lets a 500 through unchanged: a bug is not an outage', async () => {
    const base = await serve(stateOf(up));
    const page = await fetch(`${base}/commitments/x`);
    expect(page.status).toBe(500);
    expect(await page.text()).toBe('<html>Next 500 shell</html>');
    const auth = await fetch(`${base}/api/auth/get-session`);
    expect(auth.status).toBe(500);
    expect(await auth.text()).toBe('{"code":"FAILED_TO_GET_SESSION"}');
  });

  it('lets a 500 through when nothing has used the database yet (no state registered)', async () => {
    const server = createHttpServer(
      (req, res) => void withOutageAnswers(next, () => undefined)(req, res),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const res = await fetch(
      `http://127.0.0.1:${(server.address() as { port: number }).port}/admin`,
    );
    expect(res.status).toBe(500);
  });
});
