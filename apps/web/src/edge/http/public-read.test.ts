import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

// A small burst, so the rate-limit test needs few requests; read once per process.
vi.stubEnv('ACCORD_RATE_LIMIT_BURST', '40');
vi.stubEnv('ACCORD_RATE_LIMIT_PER_MINUTE', '1');

const { servePublicRead } = await import('./public-read');
const { isAnonymousRead, readCache } = await import('./read-cache');
const invalidatePublicReads = () => readCache().invalidate();

const SESSION = 'accord.session_token=abc.def';
let client = 0;
let clientIp = '';

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  // The limiter keys clients by the last X-Forwarded-For entry: one client per test.
  return new Request(`http://accord.test${path}`, {
    method,
    headers: { 'x-forwarded-for': clientIp, ...headers },
  });
}

/** A handler that counts its calls and answers `body` with `status`. */
function producer(body: () => string, status = 200) {
  const calls = { count: 0 };
  const produce = () => {
    calls.count += 1;
    return Promise.resolve(
      new Response(body(), { status, headers: { 'Content-Type': 'application/json' } }),
    );
  };
  return { calls, produce };
}

const serve = (req: Request, produce: () => Promise<Response>) =>
  servePublicRead(req, produce, { cors: true, flavour: 'api', cache: true });

beforeEach(() => {
  client += 1;
  clientIp = `192.0.2.${client}`;
  invalidatePublicReads();
});
afterEach(() => vi.useRealTimers());

describe('servePublicRead with the published-data cache', () => {
  it('answers a repeated anonymous read without calling the handler', async () => {
    const { calls, produce } = producer(() => '{"n":1}');
    const first = await serve(get('/api/v1/commitments?limit=5'), produce);
    const second = await serve(get('/api/v1/commitments?limit=5'), produce);
    expect(calls.count).toBe(1);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(second.headers.get('access-control-allow-origin')).toBe('*');
    expect(second.headers.get('ratelimit-policy')).toBeTruthy();
  });

  it('answers If-None-Match from the cached ETag with a 304', async () => {
    const { calls, produce } = producer(() => '{"n":1}');
    const first = await serve(get('/api/v1/x'), produce);
    const etag = first.headers.get('etag')!;
    const res = await serve(get('/api/v1/x', { 'if-none-match': etag }), produce);
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(calls.count).toBe(1);
  });

  it('serves only anonymous reads from the cache, and stores only theirs', async () => {
    let n = 0;
    const { calls, produce } = producer(() => JSON.stringify({ n: ++n }));
    await serve(get('/api/v1/y', { cookie: SESSION }), produce);
    await serve(get('/api/v1/y', { authorization: 'Bearer t' }), produce);
    expect(readCache().size).toBe(0);
    await serve(get('/api/v1/y'), produce); // stored
    const signedIn = await serve(get('/api/v1/y', { cookie: `theme=dark; ${SESSION}` }), produce);
    expect(await signedIn.text()).toBe('{"n":4}');
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache');
    const anonymous = await serve(get('/api/v1/y'), produce);
    expect(await anonymous.text()).toBe('{"n":3}');
    expect(calls.count).toBe(4);
    // A cookie that is not the session's is still a signed-out reader (but marked private).
    const other = await serve(get('/api/v1/y', { cookie: 'theme=dark' }), produce);
    expect(await other.text()).toBe('{"n":3}');
    expect(other.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('never stores errors', async () => {
    const { calls, produce } = producer(() => '{"error":{}}', 404);
    expect((await serve(get('/api/v1/missing'), produce)).status).toBe(404);
    expect((await serve(get('/api/v1/missing'), produce)).status).toBe(404);
    expect(calls.count).toBe(2);
    const failing = () => Promise.reject(new Error('boom'));
    expect((await serve(get('/api/v1/boom'), failing)).status).toBe(500);
    expect(readCache().size).toBe(0);
  });

  it('shows a publish on the next read', async () => {
    let title = 'old';
    const { calls, produce } = producer(() => JSON.stringify({ title }));
    expect(await (await serve(get('/api/v1/c/a'), produce)).text()).toBe('{"title":"old"}');
    title = 'new';
    invalidatePublicReads();
    expect(await (await serve(get('/api/v1/c/a'), produce)).text()).toBe('{"title":"new"}');
    expect(calls.count).toBe(2);
  });

  it('does not store a read that was running while a publish happened', async () => {
    let release!: () => void;
    const slow = () =>
      new Promise<Response>((resolve) => {
        release = () => resolve(new Response('{"title":"old"}', { status: 200 }));
      });
    const inFlight = serve(get('/api/v1/c/race'), slow); // reads the old data…
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    invalidatePublicReads(); // …a publish commits…
    release(); // …and the old answer arrives after it
    expect(await (await inFlight).text()).toBe('{"title":"old"}');
    expect(readCache().size).toBe(0);
    const { produce } = producer(() => '{"title":"new"}');
    expect(await (await serve(get('/api/v1/c/race'), produce)).text()).toBe('{"title":"new"}');
  });

  it('rate-limits before the cache', async () => {
    const { produce } = producer(() => '{}');
    const statuses: number[] = [];
    for (let i = 0; i < 45; i += 1) statuses.push((await serve(get('/api/v1/z'), produce)).status);
    expect(statuses).toContain(429);
  });

  it('keys on the peer address the front server passes on, not X-Forwarded-For', async () => {
    // The probe's bypass: a new X-Forwarded-For on every request, from one socket.
    const { produce } = producer(() => '{}');
    const statuses: number[] = [];
    for (let i = 0; i < 45; i += 1) {
      const req = get('/api/v1/spoof', {
        'x-forwarded-for': `198.51.100.${i}`,
        'x-accord-client-address': clientIp,
      });
      statuses.push((await serve(req, produce)).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });

  it('leaves the cache out unless asked', async () => {
    const { calls, produce } = producer(() => '{}');
    const options = { cors: false, flavour: 'trpc' as const };
    await servePublicRead(get('/feeds/x'), produce, options);
    await servePublicRead(get('/feeds/x'), produce, options);
    expect(calls.count).toBe(2);
  });
});

describe('isAnonymousRead', () => {
  it.each([
    [{}, 'GET', true],
    [{}, 'HEAD', true],
    [{}, 'POST', false],
    [{ cookie: 'theme=dark' }, 'GET', true],
    [{ cookie: SESSION }, 'GET', false],
    [{ cookie: `x=1; __Secure-${SESSION}` }, 'GET', false],
    [{ authorization: 'Bearer t' }, 'GET', false],
  ])('%j %s -> %s', (headers, method, expected) => {
    const req = new Request('http://accord.test/api/v1/x', {
      method,
      headers,
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(isAnonymousRead(req)).toBe(expected);
  });
});
