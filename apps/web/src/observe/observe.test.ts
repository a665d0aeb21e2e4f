import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, log } from '@accord/log';
import { collectProcessMetrics, metrics } from '@accord/log/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFrontEntry } from '../edge/front/front';
import { startMetricsServer } from './metrics-server';
import { observeRequests } from './observe';
import { ROUTE_PATTERNS, routePattern } from './routes';
import { readObserveSettings } from './settings';

const lines: string[] = [];
const logger = createLogger({ level: 'info', format: 'json', write: (line) => lines.push(line) });

/** A real node:http server: the handler logs through the process logger's context. */
async function serve(trustedProxies: number): Promise<{ server: Server; base: string }> {
  const server = createServer(
    observeRequests(
      (req, res) => {
        logger.info('inside the handler');
        const status = req.url?.startsWith('/commitments/') ? 404 : 200;
        res.writeHead(status, { 'content-type': 'text/plain' }).end('hello');
      },
      { trustedProxies, logger },
    ),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function parsed(): Record<string, unknown>[] {
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('request context and access log', () => {
  let direct: { server: Server; base: string };
  let proxied: { server: Server; base: string };
  beforeAll(async () => {
    direct = await serve(0);
    proxied = await serve(1);
  });
  afterAll(() => {
    direct.server.close();
    proxied.server.close();
  });

  it('gives every request an id, on every line and in X-Request-Id; one access line each', async () => {
    lines.length = 0;
    const res = await fetch(`${direct.base}/themes/chips?token=secret-in-query&x=1`);
    await res.text();
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const [inside, access] = parsed();
    expect(inside).toMatchObject({ msg: 'inside the handler', reqId: id });
    expect(access).toMatchObject({
      msg: 'request',
      reqId: id,
      method: 'GET',
      route: '/themes/:slug',
      status: 200,
    });
    expect(access!.bytes).toBeGreaterThan(5);
    expect(typeof access!.ms).toBe('number');
    expect(lines.join('')).not.toContain('secret-in-query');
    expect(lines.join('')).not.toContain('chips');
    expect(lines).toHaveLength(2);
  });

  it("ignores a client's X-Request-Id unless a trusted proxy is configured, and bounds it", async () => {
    const ask = async (base: string, value: string) =>
      (await fetch(`${base}/`, { headers: { 'x-request-id': value } })).headers.get('x-request-id');
    expect(await ask(direct.base, 'from-client-1')).not.toBe('from-client-1');
    expect(await ask(proxied.base, 'from-proxy.1_A')).toBe('from-proxy.1_A');
    expect(await ask(proxied.base, 'x'.repeat(65))).not.toBe('x'.repeat(65));
    expect(await ask(proxied.base, 'a"b')).not.toBe('a"b');
  });

  it('1,000 made-up paths add no series beyond a fixed few', async () => {
    const series = async () =>
      (await metrics().registry.getSingleMetricAsString('http_requests_total'))
        .split('\n')
        .filter((l) => l.startsWith('http_requests_total{')).length;
    await fetch(`${direct.base}/no/such/${Math.random()}`).then((r) => r.text());
    await fetch(`${direct.base}/commitments/first`).then((r) => r.text());
    const before = await series();
    for (let i = 0; i < 1000; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) => {
          const n = i + j;
          const path = [`/junk-${n}`, `/commitments/made-up-${n}`, `/a/${n}/b?q=${n}`][n % 3];
          return fetch(`${direct.base}${path}`).then((r) => r.text());
        }),
      );
    }
    expect(await series()).toBe(before);
    const text = await metrics().registry.getSingleMetricAsString('http_requests_total');
    expect(text).toContain('route="other"');
    expect(text).toContain('route="/commitments/:slug",status="4xx"');
    expect(text).not.toContain('junk-');
    expect(lines.join('')).not.toContain('junk-');
  }, 120_000);
});

describe('the front cache and request ids', () => {
  it("never stores a request's X-Request-Id: a hit is sent with its own request's id", () => {
    const entry = toFrontEntry(
      { 'cache-control': 'public, max-age=60', 'x-request-id': 'first-request' },
      Buffer.from('x'),
    );
    expect(entry.ok['x-request-id']).toBeUndefined();
    expect(entry.notModified['x-request-id']).toBeUndefined();
  });
});

describe('the metrics listener', () => {
  it('serves the registry with process metrics on its own port, and nothing else', async () => {
    collectProcessMetrics();
    const server = await startMetricsServer(0, '127.0.0.1');
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const res = await fetch(`${base}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      const text = await res.text();
      for (const name of [
        'http_requests_total',
        'http_request_duration_seconds_bucket',
        'nodejs_eventloop_lag_seconds',
        'process_cpu_seconds_total',
        'accord_front_cache_requests_total',
        'accord_database_up',
        'accord_database_errors_total',
        'accord_rate_limit_refusals_total',
        'accord_sign_in_failures_total',
        'accord_sign_in_lockouts_total',
      ])
        expect(text).toContain(`# TYPE ${name.replace(/_bucket$/, '')} `);
      expect((await fetch(`${base}/`)).status).toBe(404);
      expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe('route patterns', () => {
  it('maps real routes to their pattern and anything else to other', () => {
    expect(routePattern('/')).toBe('/');
    expect(routePattern('/themes/chips?_rsc=1')).toBe('/themes/:slug');
    expect(routePattern('/themes/chips/feed.atom')).toBe('/themes/:slug/feed.atom');
    expect(routePattern('/sitemaps/commitments-2.xml')).toBe('/sitemaps/:name');
    expect(routePattern('/icon.svg?0b8e3f1a2c4d5e6f')).toBe('/icon.svg');
    expect(routePattern('/as-of/2024-01-01/commitments/x')).toBe('/as-of/:date/commitments/:slug');
    expect(routePattern('/admin/commitments/12/history')).toBe('/admin/commitments/:id/history');
    expect(routePattern('/admin/commitments/12/preview')).toBe('/admin/commitments/:id/preview');
    expect(routePattern('/admin/nothing/12')).toBe('other');
    // The Japanese edition, its feeds and its CSV (never the admin).
    expect(routePattern('/search?q=micron')).toBe('/search');
    expect(routePattern('/ja')).toBe('/ja');
    expect(routePattern('/ja/themes/chips')).toBe('/ja/themes/:slug');
    expect(routePattern('/ja/commitments/x?_rsc=1')).toBe('/ja/commitments/:slug');
    expect(routePattern('/ja/search?q=半導体')).toBe('/ja/search');
    expect(routePattern('/ja/feeds/changes.atom')).toBe('/ja/feeds/changes.atom');
    expect(routePattern('/ja/themes/chips/feed.json')).toBe('/ja/themes/:slug/feed.json');
    expect(routePattern('/ja/exports/commitments.csv')).toBe('/ja/exports/commitments.csv');
    expect(routePattern('/ja/developers')).toBe('/ja/developers');
    expect(routePattern('/ja/as-of')).toBe('/ja/as-of');
    expect(routePattern('/ja/as-of/2024-01-01/themes/chips/more/c1.NTA')).toBe(
      '/ja/as-of/:date/themes/:slug/more/:cursor',
    );
    expect(routePattern('/ja/parties/jp/more/c1.MQ')).toBe('/ja/parties/:slug/more/:cursor');
    // An index's later pages, beside its records' pages.
    expect(routePattern('/sources/more/c1.NTA')).toBe('/sources/more/:cursor');
    expect(routePattern('/ja/meetings/more/c1.NTA')).toBe('/ja/meetings/more/:cursor');
    expect(routePattern('/parties/more/c1.NTA')).toBe('/parties/more/:cursor');
    expect(routePattern('/sources/more')).toBe('/sources/:slug');
    expect(routePattern('/ja/as-of/2024-01-01/meetings/x')).toBe('other');
    expect(routePattern('/ja/admin')).toBe('other');
    expect(routePattern('/api/trpc/editor.commitment.list,theme.list?batch=1')).toBe(
      '/api/trpc/:procedure',
    );
    expect(routePattern('/api/auth/sign-in/email')).toBe('/api/auth/*');
    expect(routePattern('/_next/static/chunks/a.js')).toBe('/_next/static/*');
    expect(routePattern('/x'.repeat(5000))).toBe('other');
    expect(routePattern('http://evil.example/')).toBe('other');
    expect(routePattern(undefined)).toBe('other');
    expect(new Set(ROUTE_PATTERNS).size).toBe(ROUTE_PATTERNS.length);
  });
});

describe('settings', () => {
  it('metrics are off unless METRICS_PORT is set, on loopback unless told', () => {
    expect(readObserveSettings({ source: {}, envFile: null })).toEqual({
      METRICS_PORT: undefined,
      METRICS_HOST: '127.0.0.1',
      ACCORD_TRUSTED_PROXIES: 0,
    });
    expect(
      readObserveSettings({
        source: { METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' },
        envFile: null,
      }),
    ).toMatchObject({
      METRICS_PORT: 9464,
      METRICS_HOST: '0.0.0.0',
    });
    expect(() =>
      readObserveSettings({
        source: { METRICS_PORT: 'x', ACCORD_TRUSTED_PROXIES: '99' },
        envFile: null,
      }),
    ).toThrow(/^Invalid web server settings: METRICS_PORT: .*; ACCORD_TRUSTED_PROXIES: /);
  });

  it('the process logger exists once per process', () => {
    expect(log).toBe(log);
  });
});
