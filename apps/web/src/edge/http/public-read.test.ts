import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

// A small burst, so the rate-limit test needs few requests; read once per process.
vi.stubEnv('ACCORD_RATE_LIMIT_BURST', '40');
vi.stubEnv('ACCORD_RATE_LIMIT_PER_MINUTE', '1');

const { servePublicRead } = await import('./public-read');
const { isSignedInRequest } = await import('./signed-in');

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
  servePublicRead(req, produce, { cors: true, flavour: 'api' });

beforeEach(() => {
  client += 1;
  clientIp = `192.0.2.${client}`;
});
afterEach(() => vi.useRealTimers());

describe('servePublicRead', () => {
  it('calls the handler on every read (anonymous reads are cached by the front server)', async () => {
    const { calls, produce } = producer(() => '{"n":1}');
    const first = await serve(get('/api/v1/commitments?limit=5'), produce);
    const second = await serve(get('/api/v1/commitments?limit=5'), produce);
    expect(calls.count).toBe(2);
    // What the front cache stores: public, with an ETag.
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=60/);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('access-control-allow-origin')).toBe('*');
    expect(second.headers.get('ratelimit-policy')).toBeTruthy();
  });

  it('answers a matching If-None-Match with a 304', async () => {
    const { produce } = producer(() => '{"n":1}');
    const etag = (await serve(get('/api/v1/x'), produce)).headers.get('etag')!;
    const res = await serve(get('/api/v1/x', { 'if-none-match': etag }), produce);
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
  });

  it('marks an answer to a request with a cookie private', async () => {
    const { produce } = producer(() => '{}');
    const res = await serve(get('/api/v1/y', { cookie: SESSION }), produce);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('rate-limits', async () => {
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
});

describe('isSignedInRequest', () => {
  it.each([
    [{}, 'GET', false],
    [{}, 'POST', false],
    [{ cookie: 'theme=dark' }, 'GET', false],
    [{ cookie: SESSION }, 'GET', true],
    [{ cookie: `x=1; __Secure-${SESSION}` }, 'GET', true],
    [{ authorization: 'Bearer t' }, 'GET', true],
  ])('%j %s -> %s', (headers, method, expected) => {
    const req = new Request('http://accord.test/api/v1/x', {
      method,
      headers,
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(isSignedInRequest(req)).toBe(expected);
  });
});
