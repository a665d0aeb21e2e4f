import { clientKeyOf, RateLimiter } from '../cache/rate-limit';
import { ReadCache } from '../cache/read-cache';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFront, type Front, type FrontEntry, isStorable } from './front';
import { existingRateLimit, invalidateFrontCache, sharedRateLimit } from './registry';

/**
 * The front in a real node:http server, in front of a stand-in for Next that answers by path
 * and counts what reaches it: a request the front answered never reaches it.
 */
const PUBLIC = 's-maxage=3600, stale-while-revalidate=31532400';
const ROUTES: Record<string, { status?: number; headers: OutgoingHttpHeaders; body?: string }> = {
  '/page': {
    headers: {
      'cache-control': PUBLIC,
      etag: '"p1"',
      'content-type': 'text/html',
      'content-security-policy': "default-src 'self'",
    },
  },
  '/api/v1/read': {
    headers: {
      'cache-control': 'public, max-age=60, stale-while-revalidate=300',
      'ratelimit-policy': '120;w=60;burst=60',
      etag: '"r1"',
    },
  },
  '/private': { headers: { 'cache-control': 'private, no-cache, no-store' } },
  '/no-cache-control': { headers: {} },
  '/short': { headers: { 'cache-control': 'public, max-age=5' } },
  '/cookie': { headers: { 'cache-control': PUBLIC, 'set-cookie': 'a=1' } },
  '/stale': { headers: { 'cache-control': PUBLIC, 'x-nextjs-cache': 'STALE' } },
  '/missing': { status: 404, headers: { 'cache-control': PUBLIC } },
  '/vary-language': { headers: { 'cache-control': PUBLIC, vary: 'Accept-Language' } },
  '/vary-router': {
    headers: { 'cache-control': PUBLIC, vary: 'rsc, next-router-state-tree, Accept-Encoding' },
  },
  '/admin/users': { headers: { 'cache-control': PUBLIC } },
  '/admin/commitments/1/preview': { headers: { 'cache-control': PUBLIC } },
};

const COLLAPSE_MS = 400;
let server: Server;
let origin = '';
let front: Front;
const reached: string[] = [];
/** Requests to /slow and /slow-private wait here until the test lets them answer. */
const held: (() => void)[] = [];
/** Answers the oldest held request. */
async function releaseOne(): Promise<void> {
  await expect.poll(() => held.length).toBeGreaterThan(0);
  held.shift()!();
}

/** The stand-in for Next: answers with writeHead(headers) and several writes. */
function fakeNext(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '';
  reached.push(`${req.method} ${url}`);
  const path = url.split('?')[0]!;
  if (path === '/slow' || path === '/slow-private') {
    const cacheControl = path === '/slow' ? PUBLIC : 'private, no-store';
    const body = `slow ${reached.length}`;
    held.push(() => res.writeHead(200, { 'cache-control': cacheControl }).end(body));
    return;
  }
  if (path === '/cut') {
    res.writeHead(200, { 'cache-control': PUBLIC });
    res.write('partial');
    setTimeout(() => res.destroy(), 10);
    return;
  }
  if (path === '/big') {
    res.setHeader('cache-control', PUBLIC);
    res.end('x'.repeat(5000));
    return;
  }
  if (path === '/feed') {
    // As feeds and exports do (originOf): absolute links from the Host the client sent.
    res.setHeader('cache-control', 'public, max-age=60');
    res.end(`<link href="http://${req.headers.host}/x"/>`);
    return;
  }
  if (path === '/peer') {
    // What the rate limit behind the front reads.
    res.setHeader('cache-control', 'no-store');
    res.end(String(req.headers['x-accord-client-address']));
    return;
  }
  if (path === '/limited') {
    // As servePublicRead does: one token per request from the client's bucket, never cached.
    const shared = existingRateLimit()!;
    const headers = new Headers(req.headers as Record<string, string>);
    const { allowed } = shared.limiter.take(clientKeyOf(headers, shared.trustedProxies));
    res.writeHead(allowed ? 200 : 429, { 'cache-control': 'no-store' }).end();
    return;
  }
  if (path === '/gzip') {
    // As Next's compression does: the stored bytes are the compressed ones.
    const gzip = /gzip/.test(String(req.headers['accept-encoding']));
    res.setHeader('cache-control', PUBLIC);
    res.setHeader('vary', 'Accept-Encoding');
    if (gzip) res.setHeader('content-encoding', 'gzip');
    const body = `body ${reached.length}`;
    res.end(gzip ? gzipSync(body) : body);
    return;
  }
  const route = ROUTES[path];
  if (!route) {
    res.writeHead(404).end('none');
    return;
  }
  res.writeHead(route.status ?? 200, route.headers);
  res.write(`${path} `);
  res.end(route.body ?? `answer ${reached.length} rsc=${String(req.headers.rsc)}`);
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request (fetch would add Accept-Encoding and refuse some headers). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const text = (a: Answer) => a.body.toString();
const countReached = (path: string) => reached.filter((r) => r.endsWith(` ${path}`)).length;

beforeAll(async () => {
  front = createFront({
    next: fakeNext,
    cache: new ReadCache<FrontEntry>({ maxEntryBytes: 4096 }),
    collapseMs: COLLAPSE_MS,
  });
  server = createServer(front.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  front.cache.invalidate();
  reached.length = 0;
  held.length = 0;
});

describe('the front cache', () => {
  it('answers a repeated anonymous read itself, with the same body and headers', async () => {
    const first = await get('/page');
    const second = await get('/page');
    expect(countReached('/page')).toBe(1);
    expect(text(second)).toBe(text(first));
    expect(second.status).toBe(200);
    expect(second.headers['cache-control']).toBe(PUBLIC);
    expect(second.headers['content-type']).toBe('text/html');
    expect(second.headers.etag).toBe('"p1"');
    expect(second.headers['content-length']).toBe(String(first.body.length));
  });

  it('answers If-None-Match from the stored ETag with a 304 and no body', async () => {
    await get('/page');
    const answer = await get('/page', { 'if-none-match': 'W/"other", "p1"' });
    expect(answer.status).toBe(304);
    expect(answer.body.length).toBe(0);
    expect(answer.headers.etag).toBe('"p1"');
    expect(answer.headers['content-type']).toBeUndefined();
    // Only the body's own headers are left out: the page's policies stay.
    expect(answer.headers['content-security-policy']).toBe("default-src 'self'");
    expect(countReached('/page')).toBe(1);
  });

  it('answers HEAD from a stored GET without a body, and never stores a HEAD', async () => {
    await get('/page', {}, 'HEAD');
    await get('/page', {}, 'HEAD');
    expect(countReached('/page')).toBe(2);
    const full = await get('/page');
    const head = await get('/page', {}, 'HEAD');
    expect(countReached('/page')).toBe(3);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(full.body.length));
  });

  it.each([
    ['a session or any other cookie', { cookie: 'accord.session_token=abc' }],
    ['an unrelated cookie', { cookie: 'theme=dark' }],
    ['an Authorization header', { authorization: 'Bearer t' }],
    ["Next's own re-render", { 'x-prerender-revalidate': 'secret' }],
    ['a range', { range: 'bytes=0-3' }],
  ])('passes every request with %s to Next, and stores none', async (_, headers) => {
    await get('/page', headers);
    await get('/page', headers);
    expect(countReached('/page')).toBe(2);
    await get('/page');
    expect(countReached('/page')).toBe(3); // nothing was stored for the anonymous one either
  });

  it('marks an answer to a credentialed request private, no-store when it says nothing', async () => {
    const signedIn: Record<string, string>[] = [
      { cookie: 'accord.session_token=abc' },
      { authorization: 'Bearer t' },
    ];
    for (const credentials of signedIn) {
      const silent = await get('/no-cache-control', credentials);
      expect(silent.headers['cache-control']).toBe('private, no-store');
      // Set through writeHead or setHeader: what the handler said stands.
      expect((await get('/page', credentials)).headers['cache-control']).toBe(PUBLIC);
      expect((await get('/feed', credentials)).headers['cache-control']).toBe('public, max-age=60');
    }
    // A reader's answer is left as it was.
    expect((await get('/no-cache-control')).headers['cache-control']).toBeUndefined();
  });

  it('never caches signed-in areas, whatever they answer', async () => {
    await get('/admin/users');
    await get('/admin/users');
    expect(countReached('/admin/users')).toBe(2);
    // A draft's preview (issue 17), even if Next ever called it public.
    await get('/admin/commitments/1/preview');
    await get('/admin/commitments/1/preview');
    expect(countReached('/admin/commitments/1/preview')).toBe(2);
  });

  it.each([
    ['private or no-store', '/private'],
    ['no Cache-Control', '/no-cache-control'],
    ['freshness shorter than the cache keeps answers', '/short'],
    ['a cookie being set', '/cookie'],
    ["Next's stale copy", '/stale'],
    ['a status other than 200', '/missing'],
    ['a Vary header outside the key', '/vary-language'],
  ])('does not store an answer with %s', async (_, path) => {
    await get(path);
    await get(path);
    expect(countReached(path)).toBe(2);
  });

  it("keys on Next's router headers: a page and its RSC payload are separate entries", async () => {
    const html = await get('/vary-router');
    const rsc = await get('/vary-router', { rsc: '1' });
    expect(text(html)).toContain('rsc=undefined');
    expect(text(rsc)).toContain('rsc=1');
    expect(text(await get('/vary-router', { rsc: '1' }))).toBe(text(rsc));
    expect(text(await get('/vary-router'))).toBe(text(html));
    expect(countReached('/vary-router')).toBe(2);
  });

  it('gives a compressed body only to a request that asked the same way', async () => {
    const gzip = await get('/gzip', { 'accept-encoding': 'gzip, deflate' });
    const plain = await get('/gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const again = await get('/gzip', { 'accept-encoding': 'gzip, deflate' });
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(again.body.equals(gzip.body)).toBe(true);
    expect(text(await get('/gzip'))).toBe(text(plain));
    expect(countReached('/gzip')).toBe(2);
  });

  it('keys on Host and X-Forwarded-Proto: one client cannot plant links to its own host', async () => {
    const planted = await get('/feed', { host: 'evil.example' });
    const own = await get('/feed');
    expect(text(planted)).toContain('evil.example');
    expect(text(own)).not.toContain('evil.example');
    await get('/feed', { 'x-forwarded-proto': 'https' });
    expect(countReached('/feed')).toBe(3);
    expect(text(await get('/feed'))).toBe(text(own));
    expect(countReached('/feed')).toBe(3);
  });

  it('refuses an absolute-form request target before Next sees it', async () => {
    const { port } = new URL(origin);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.end(
          'GET http://evil.example/feed HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
        ),
      );
      let raw = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (raw += chunk));
      socket.on('end', () => resolve(raw));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).not.toContain('evil.example');
    expect(reached).toEqual([]);
  });

  it('keeps the query string in the key', async () => {
    await get('/page?a=1');
    await get('/page?a=2');
    await get('/page?a=1');
    expect(countReached('/page?a=1')).toBe(1);
    expect(countReached('/page?a=2')).toBe(1);
  });

  it('stores neither an answer cut off midway nor one larger than an entry may be', async () => {
    await expect(get('/cut')).rejects.toThrow();
    await expect(get('/cut')).rejects.toThrow();
    expect(countReached('/cut')).toBe(2);
    await get('/big');
    await get('/big');
    expect(countReached('/big')).toBe(2);
  });
});

describe('publishing', () => {
  it('empties the front when published data changes', async () => {
    const before = await get('/page');
    invalidateFrontCache(); // what publicDataChanged calls, through the registry
    const after = await get('/page');
    expect(countReached('/page')).toBe(2);
    expect(text(after)).not.toBe(text(before));
  });

  it('does not store an answer that began before a publish', async () => {
    const pending = get('/slow');
    await expect.poll(() => held.length).toBe(1);
    invalidateFrontCache();
    await releaseOne();
    await pending;
    const next = get('/slow');
    await releaseOne();
    await next;
    expect(countReached('/slow')).toBe(2);
  });
});

describe('a burst of misses', () => {
  it('asks Next once for concurrent requests of one page, and answers them all', async () => {
    const answers = Promise.all([get('/slow'), get('/slow'), get('/slow', {}, 'HEAD')]);
    await expect.poll(() => held.length).toBe(1);
    await releaseOne();
    const [a, b, head] = await answers;
    expect(countReached('/slow')).toBe(1);
    expect(text(b)).toBe(text(a));
    expect(head.body.length).toBe(0);
    expect(head.status).toBe(200);
  });

  it('sends the waiting requests on to Next when the first answer may not be stored', async () => {
    const answers = Promise.all([get('/slow-private'), get('/slow-private')]);
    await expect.poll(() => held.length).toBe(1);
    await releaseOne();
    await releaseOne(); // the second request reached Next once the first was answered
    const [a, b] = await answers;
    expect(countReached('/slow-private')).toBe(2);
    expect(text(b)).not.toBe(text(a));
  });

  it('stops waiting after collapseMs when Next is slow to answer the first', async () => {
    const first = get('/slow');
    await expect.poll(() => held.length).toBe(1);
    const startedAt = Date.now();
    const second = get('/slow');
    await expect.poll(() => held.length, { timeout: 5 * COLLAPSE_MS }).toBe(2);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(COLLAPSE_MS - 50);
    await releaseOne();
    await releaseOne();
    await Promise.all([first, second]);
    expect(countReached('/slow')).toBe(2);
  });
});

describe('rate limiting on hits', () => {
  let limiter: RateLimiter;
  const useLimit = (trustedProxies: number) => {
    limiter = new RateLimiter({ burst: 3, perMinute: 1 });
    sharedRateLimit(() => ({ limiter, trustedProxies }));
  };
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('accord.rateLimit')];
  });

  it('takes hits of an answer Next limited from the same bucket; over it, Next answers', async () => {
    // Behind one proxy (this test client), the client is the last X-Forwarded-For entry.
    useLimit(1);
    const client = { 'x-forwarded-for': '203.0.113.9' };
    await get('/api/v1/read', client); // Next answers (and would take a token itself)
    for (let i = 0; i < 3; i++) await get('/api/v1/read', client); // three hits: the burst
    expect(countReached('/api/v1/read')).toBe(1);
    await get('/api/v1/read', client); // over the limit: Next answers (the 429, in real life)
    expect(countReached('/api/v1/read')).toBe(2);
    // Another client has its own bucket and still gets hits.
    await get('/api/v1/read', { 'x-forwarded-for': '198.51.100.7' });
    expect(countReached('/api/v1/read')).toBe(2);
  });

  it('with no trusted proxy, a new X-Forwarded-For per request is still the same client', async () => {
    useLimit(0);
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      statuses.push((await get('/limited', { 'x-forwarded-for': `198.51.100.${i}` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    // Hits of a limited answer take from the socket's bucket too: it is empty.
    await get('/api/v1/read');
    await get('/api/v1/read', { 'x-forwarded-for': '198.51.100.99' });
    expect(countReached('/api/v1/read')).toBe(2);
  });

  it('does not limit answers Next did not limit', async () => {
    useLimit(0);
    for (let i = 0; i < 6; i++) await get('/page', { 'x-forwarded-for': '203.0.113.10' });
    expect(countReached('/page')).toBe(1);
  });
});

describe('the peer address passed on to Next', () => {
  it("is the socket's, and replaces one the client sent under the same name", async () => {
    expect(text(await get('/peer'))).toBe('127.0.0.1');
    for (const name of ['x-accord-client-address', 'X-Accord-Client-Address']) {
      expect(text(await get('/peer', { [name]: '6.6.6.6' }))).toBe('127.0.0.1');
    }
    // Cacheable or not, signed in or not: every request gets it.
    expect(text(await get('/peer', { cookie: 's=1', 'x-accord-client-address': '6.6.6.6' }))).toBe(
      '127.0.0.1',
    );
  });
});

describe('isStorable', () => {
  it('reads Cache-Control case-insensitively and needs s-maxage or public max-age', () => {
    expect(isStorable(200, { 'cache-control': 'S-MaxAge=120' }, 60)).toBe(true);
    expect(isStorable(200, { 'cache-control': 'public, max-age=60' }, 60)).toBe(true);
    expect(isStorable(200, { 'cache-control': 'max-age=600' }, 60)).toBe(false);
    expect(isStorable(200, { 'cache-control': 'public, s-maxage=0, max-age=600' }, 60)).toBe(false);
    expect(isStorable(200, { 'cache-control': 'public, max-age=600, No-Cache' }, 60)).toBe(false);
    expect(isStorable(200, { 'cache-control': 'public, max-age=600', vary: '*' }, 60)).toBe(false);
  });
});
