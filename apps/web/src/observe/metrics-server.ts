import { createServer, type Server } from 'node:http';
import { metrics } from '@accord/log/metrics';
import { AggregatorRegistry } from 'prom-client';

/** What the listener answers: this process's metrics, or the sum over a cluster's workers. */
interface Source {
  contentType: string;
  metrics(): Promise<string>;
}

/**
 * The Prometheus listener (METRICS_PORT): GET /metrics answers the text exposition of this
 * process's registry; anything else is a 404. Its own server, not a route of the site, so it
 * is never behind the public proxy and costs the site nothing; bound to loopback unless
 * METRICS_HOST says otherwise.
 */
export function startMetricsServer(
  port: number,
  host: string,
  registry: Source = metrics().registry,
): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : text);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics failed\n');
      },
    );
  });
  server.headersTimeout = 5000;
  server.requestTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/**
 * Under the supervisor (node:cluster) the primary serves METRICS_PORT: each scrape asks every
 * worker for its registry over IPC and answers the sum (prom-client's AggregatorRegistry;
 * gauges such as accord_database_up take the minimum). A worker listening itself would
 * share the port with its siblings, and each scrape would reach one of them at random.
 */
export function startClusterMetricsServer(port: number, host: string): Promise<Server> {
  return startMetricsServer(port, host, new AggregatorRegistry());
}

/** In a worker: the registry the primary's aggregator reads. */
export function serveMetricsToPrimary(): void {
  AggregatorRegistry.setRegistries([metrics().registry]);
  // prom-client answers the primary's requests only once an AggregatorRegistry exists here.
  new AggregatorRegistry();
}
