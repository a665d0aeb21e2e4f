import { existsSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBenchEnv } from './env';
import { startNginx, type NginxHandle } from './nginx';

// The documented nginx configuration (bench/nginx/accord.conf), run by nginx in front of an
// upstream that answers with the app's caching headers. The app's own headers are checked
// against the same list in e2e (api/rest.spec.ts), so the two cannot drift apart.

/** The Vary of a tRPC read from the app: Next's router headers, tRPC's, ours, compression. */
export const APP_TRPC_VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, trpc-accept, accept, Cookie, Authorization, Accept-Encoding';

const env = readBenchEnv();
const haveNginx = existsSync(env.NGINX_PATH);
if (!haveNginx && !env.CI) {
  console.warn(
    `nginx config tests skipped: no nginx at ${env.NGINX_PATH} (apt-get install -y nginx-light)`,
  );
}
const repoRoot = join(import.meta.dirname, '..', '..');

let upstream: Server;
let nginx: NginxHandle;
/** What the upstream was asked, per path, with the headers nginx sent. */
const asked: { path: string; headers: IncomingHttpHeaders }[] = [];
let version = 0;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const path = req.url ?? '/';
    asked.push({ path, headers: req.headers });
    // `host` as the app's feeds use it without ACCORD_BASE_URL: for their absolute links.
    const body = JSON.stringify({
      path,
      version,
      stream: req.headers['trpc-accept'] ?? null,
      host: req.headers.host ?? null,
    });
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
      Vary: APP_TRPC_VARY,
    };
    if (path.startsWith('/private')) headers['Cache-Control'] = 'private, no-cache';
    // The app's answers while its database is away (apps/web/src/server/outage.ts), and a
    // 500; here even with a Cache-Control that would let a cache keep them.
    const failing = /^\/(unavailable|broken)/.exec(path);
    if (failing) {
      const status = failing[1] === 'unavailable' ? 503 : 500;
      res
        .writeHead(status, { ...headers, 'Retry-After': '5' })
        .end(JSON.stringify({ status, version }));
      return;
    }
    if (path.startsWith('/cookie')) headers['Set-Cookie'] = 'a=b';
    if (req.headers['accept-encoding'] === 'gzip') {
      headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers).end(gzipSync(body));
    } else {
      res.writeHead(200, headers).end(body);
    }
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const appPort = (upstream.address() as AddressInfo).port;
  if (!haveNginx) return;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  nginx = await startNginx({
    nginxPath: env.NGINX_PATH,
    confTemplatePath: join(repoRoot, 'bench', 'nginx', 'accord.conf'),
    appPort,
    port,
  });
});

afterAll(async () => {
  await nginx?.stop();
  upstream?.closeAllConnections();
  await new Promise((resolve) => upstream?.close(resolve));
});

/** GETs `path` through nginx; returns the cache status and how often the upstream was asked. */
async function viaNginx(path: string, headers: Record<string, string> = {}) {
  const before = asked.filter((a) => a.path === path).length;
  const res = await fetch(`${nginx.url}${path}`, { headers });
  const raw = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    cache: res.headers.get('x-cache-status'),
    encoding: res.headers.get('content-encoding'),
    raw,
    upstreamCalls: asked.filter((a) => a.path === path).length - before,
  };
}

/** Sends `requestLine` and `host` over a raw socket (fetch cannot send absolute-form). */
function rawGet(requestLine: string, host: string): Promise<string> {
  const { port, hostname } = new URL(nginx.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    // Written, not ended: nginx drops a request whose client half-closed (499).
    socket.write(`${requestLine}\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  });
}

let n = 0;
const fresh = (prefix = '/api/trpc/commitment.list') => `${prefix}?input=${++n}`;

describe.skipIf(!haveNginx && !env.CI)('the documented nginx configuration', () => {
  it('caches a public read whose Vary is longer than nginx keeps (a tRPC read)', async () => {
    expect(APP_TRPC_VARY.length).toBeGreaterThan(128);
    const path = fresh();
    expect((await viaNginx(path)).cache).toBe('MISS');
    const second = await viaNginx(path);
    expect(second).toMatchObject({ status: 200, cache: 'HIT', upstreamCalls: 0 });
  });

  it('never answers a request with a session cookie or credentials from the cache', async () => {
    const path = fresh();
    await viaNginx(path);
    const withCookie = await viaNginx(path, { Cookie: 'accord.session_token=abc' });
    expect(withCookie).toMatchObject({ cache: 'BYPASS', upstreamCalls: 1 });
    const withToken = await viaNginx(path, { Authorization: 'Bearer t' });
    expect(withToken).toMatchObject({ cache: 'BYPASS', upstreamCalls: 1 });
  });

  it('keeps a streamed tRPC batch apart from the JSON answer of the same URL', async () => {
    const path = fresh();
    await viaNginx(path);
    const streamed = await viaNginx(path, { 'trpc-accept': 'application/jsonl' });
    expect(streamed.cache).toBe('MISS');
    expect(JSON.parse(streamed.raw.toString())).toMatchObject({ stream: 'application/jsonl' });
  });

  it('keeps a gzip copy and a plain copy, whatever else the client lists', async () => {
    const path = fresh('/api/v1/commitments');
    // fetch asks for gzip and decompresses; plain asks for nothing.
    const gz = await fetch(`${nginx.url}${path}`, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    await gz.arrayBuffer();
    const plain = await viaNginx(path, { 'Accept-Encoding': 'identity' });
    expect(plain.encoding).toBeNull();
    expect(JSON.parse(plain.raw.toString())).toMatchObject({ path });
    const gzAgain = await viaNginx(path, { 'Accept-Encoding': 'deflate, gzip;q=0.9' });
    expect(gzAgain).toMatchObject({ cache: 'HIT', encoding: 'gzip' });
    // (fetch decompresses what it is sent)
    expect(JSON.parse(gzAgain.raw.toString())).toMatchObject({ path });
    // The upstream only ever saw the two normalised values.
    const encodings = new Set(
      asked.filter((a) => a.path === path).map((a) => a.headers['accept-encoding'] ?? ''),
    );
    expect([...encodings].sort()).toEqual(['', 'gzip']);
  });

  it('cannot be made to store another host under this site: the key and forwarded Host agree', async () => {
    const { host: site } = new URL(nginx.url); // 127.0.0.1:<port>, as browsers send it
    // The request line names this site, the Host header another: the key holds the first.
    const path = fresh('/feeds/changes.atom');
    expect(await rawGet(`GET http://127.0.0.1${path} HTTP/1.1`, 'evil.example')).toMatch(
      /^HTTP\/1\.1 200/,
    );
    expect(asked.find((a) => a.path === path)?.headers.host).toBe('127.0.0.1');
    // The other way round: the request line names another host, the Host header this site.
    const other = fresh('/exports/commitments.csv');
    await rawGet(`GET http://evil.example${other} HTTP/1.1`, site);
    expect(asked.find((a) => a.path === other)?.headers.host).toBe('evil.example');
    // Every other client gets what its own host gave.
    for (const p of [path, other]) {
      const answer = await viaNginx(p);
      expect(answer.raw.toString(), p).not.toContain('evil.example');
      expect(JSON.parse(answer.raw.toString())).toMatchObject({ host: '127.0.0.1' });
    }
  });

  it("honours the app's private and Set-Cookie answers: not stored", async () => {
    for (const prefix of ['/private', '/cookie']) {
      const path = fresh(prefix);
      await viaNginx(path);
      expect((await viaNginx(path)).upstreamCalls, prefix).toBe(1);
    }
  });

  it('never stores a 503 or a 500: each one goes to the app, and its Retry-After to the client', async () => {
    for (const prefix of ['/unavailable', '/broken']) {
      const path = fresh(prefix);
      const first = await viaNginx(path);
      const second = await viaNginx(path);
      expect(first.status, prefix).toBe(prefix === '/unavailable' ? 503 : 500);
      expect(second.upstreamCalls, `${prefix}: asked the app again`).toBe(1);
      expect(second.cache, prefix).not.toBe('HIT');
    }
    const res = await fetch(`${nginx.url}${fresh('/unavailable')}`);
    expect(res.headers.get('retry-after')).toBe('5');
  });

  it('serves a change within a second without a purge', async () => {
    const path = fresh();
    const first = JSON.parse((await viaNginx(path)).raw.toString()) as { version: number };
    version++;
    const deadline = Date.now() + 3000;
    let seen = first.version;
    while (seen === first.version && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = (JSON.parse((await viaNginx(path)).raw.toString()) as { version: number }).version;
    }
    expect(seen).toBe(version);
  });

  it('closes an idle connection to the app before the app would, so no request meets a socket the app is closing', async () => {
    // The app closes a kept-alive socket after 5 s idle (keepAliveTimeoutMs in
    // apps/web/src/edge/front/http-server.ts). Had nginx kept it longer (its default is 60 s),
    // a request sent on it just as the app closed it would fail: a GET is retried on another
    // instance, but a POST answers 502 (the e2e suite met the same race as ECONNRESET).
    // Here the stand-in app never closes first, so only nginx's keepalive_timeout can.
    const appKeepAliveMs = 5_000;
    const before = upstream.keepAliveTimeout;
    upstream.keepAliveTimeout = 60_000;
    try {
      expect((await viaNginx(fresh('/private/keepalive'))).upstreamCalls).toBe(1);
      const open = () =>
        new Promise<number>((resolve, reject) =>
          upstream.getConnections((error, count) => (error ? reject(error) : resolve(count))),
        );
      expect(await open()).toBeGreaterThan(0);
      await expect.poll(open, { timeout: appKeepAliveMs - 500, interval: 100 }).toBe(0);
    } finally {
      upstream.keepAliveTimeout = before;
    }
  });
});

/** A stand-in instance: answers with `status` (a function of method and path), counting calls. */
async function instance(status: (method: string, path: string) => number) {
  const calls: { method: string; path: string }[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    calls.push({ method, path });
    req.resume();
    const code = status(method, path);
    res
      .writeHead(code, {
        'Content-Type': 'application/json',
        'Cache-Control': 'public, max-age=60',
      })
      .end(JSON.stringify({ path, code }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, calls, port: (server.address() as AddressInfo).port };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe.skipIf(!haveNginx && !env.CI)(
  'the documented nginx configuration, for N instances',
  () => {
    // A: healthy (but /boom answers 500); B: draining, answers 503 to everything; C: dead.
    let a: Awaited<ReturnType<typeof instance>>;
    let b: Awaited<ReturnType<typeof instance>>;
    let cluster: NginxHandle;
    const RATE_BURST = 3;

    beforeAll(async () => {
      a = await instance((_method, path) => (path.startsWith('/boom') ? 500 : 200));
      b = await instance((_method, path) => (path === '/ready' ? 200 : 503));
      const dead = await freePort();
      cluster = await startNginx({
        nginxPath: env.NGINX_PATH,
        confTemplatePath: join(repoRoot, 'bench', 'nginx', 'accord.conf'),
        appPort: [a.port, b.port, dead],
        port: await freePort(),
        readRate: '1r/m',
        readBurst: RATE_BURST,
        readyPath: '/ready',
      });
    });

    afterAll(async () => {
      await cluster?.stop();
      for (const s of [a?.server, b?.server]) {
        s?.closeAllConnections();
        await new Promise((resolve) => s?.close(resolve));
      }
    });

    it('answers every GET from a live instance while the others are dead or answer 503', async () => {
      for (let i = 0; i < 12; i++) {
        const path = `/commitments/page-${i}`;
        const res = await fetch(`${cluster.url}${path}`);
        expect(res.status, path).toBe(200);
        expect(await res.json()).toEqual({ path, code: 200 });
      }
    });

    it('never sends a POST that reached an instance to a second one', async () => {
      // Two instances that both answer a POST with 503: a retry would reach the second.
      const refusing = (method: string, path: string) => (path === '/ready' ? 200 : 503);
      const [one, two] = [await instance(refusing), await instance(refusing)];
      const pair = await startNginx({
        nginxPath: env.NGINX_PATH,
        confTemplatePath: join(repoRoot, 'bench', 'nginx', 'accord.conf'),
        appPort: [one.port, two.port],
        port: await freePort(),
        readyPath: '/ready',
      });
      try {
        const path = '/api/trpc/editor.save';
        const res = await fetch(`${pair.url}${path}`, { method: 'POST', body: '{}' });
        expect(res.status).toBe(503);
        const reached = [one, two].flatMap((s) => s.calls).filter((c) => c.path === path);
        expect(reached).toEqual([{ method: 'POST', path }]);
      } finally {
        await pair.stop();
        for (const s of [one.server, two.server]) {
          s.closeAllConnections();
          await new Promise((resolve) => s.close(resolve));
        }
      }
    });

    it('never stores a 5xx in the micro-cache', async () => {
      const path = '/boom/page';
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${cluster.url}${path}`);
        expect(res.status).toBe(500);
        expect(res.headers.get('x-cache-status')).not.toBe('HIT');
        await res.arrayBuffer();
      }
      expect(a.calls.filter((c) => c.path === path)).toHaveLength(3);
    });

    it('limits public API reads per client across all instances, and nothing else', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < RATE_BURST + 4; i++) {
        const res = await fetch(`${cluster.url}/api/v1/commitments?limited=${i}`);
        statuses.push(res.status);
        await res.arrayBuffer();
      }
      // One at the rate, RATE_BURST more at once, then refused: whichever instance would answer.
      expect(statuses).toEqual([
        ...Array<number>(RATE_BURST + 1).fill(200),
        ...Array<number>(3).fill(429),
      ]);
      // Pages and writes are not counted.
      expect((await fetch(`${cluster.url}/commitments/after-limit`)).status).toBe(200);
      const write = await fetch(`${cluster.url}/api/trpc/editor.save?after=1`, {
        method: 'POST',
        body: '{}',
      });
      expect(write.status).not.toBe(429);
    });

    it('takes a drained instance out of rotation and puts it back (docs/deploy.md)', async () => {
      const [one, two] = [await instance(() => 200), await instance(() => 200)];
      const pair = await startNginx({
        nginxPath: env.NGINX_PATH,
        confTemplatePath: join(repoRoot, 'bench', 'nginx', 'accord.conf'),
        appPort: [one.port, two.port],
        port: await freePort(),
        readyPath: '/ready',
      });
      const reads = async (tag: string) => {
        for (let i = 0; i < 6; i++) {
          const res = await fetch(`${pair.url}/pages/${tag}-${i}`);
          expect(res.status).toBe(200);
          await res.arrayBuffer();
        }
        return one.calls.filter((c) => c.path.startsWith(`/pages/${tag}`)).length;
      };
      try {
        await pair.setDown(one.port, true);
        expect(await reads('drained')).toBe(0);
        await pair.setDown(one.port, false);
        expect(await reads('back')).toBeGreaterThan(0);
      } finally {
        await pair.stop();
        for (const s of [one.server, two.server]) {
          s.closeAllConnections();
          await new Promise((resolve) => s.close(resolve));
        }
      }
    });
  },
);
