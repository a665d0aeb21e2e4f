/**
 * Accord's production web server: Next's request handler behind the front cache
 * (src/front/front.ts), in one process. It replaces `next start` and takes the same options:
 *
 *   node dist/server.mjs [-p|--port <port>] [-H|--hostname <host>]
 *
 * The port defaults to $PORT, then 3000; the host to every interface. Built by
 * `pnpm --filter @accord/web build` (scripts/build-server.mjs).
 *
 * It runs supervised (src/process/supervisor.ts): this process only watches a worker process
 * that serves, and starts a new one when it dies. In the worker, a watchdog
 * (src/process/watchdog.ts) ends the process when one request blocks the event loop for
 * ACCORD_WATCHDOG_STALL_MS (10 s), so the supervisor replaces it. ACCORD_SUPERVISOR=off serves
 * from this process alone (a platform that restarts processes itself).
 */
import cluster from 'node:cluster';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { log, logError, routeConsoleToLogger } from '@accord/log';
import { collectProcessMetrics, gaugeFrom } from '@accord/log/metrics';
import type createNextServer from 'next';
import { createFront } from './src/front/front';
import { createFrontServer } from './src/front/http-server';
import { READY_MESSAGE, supervise } from './src/process/supervisor';
import { startWatchdog } from './src/process/watchdog';
import {
  serveMetricsToPrimary,
  startClusterMetricsServer,
  startMetricsServer,
} from './src/observe/metrics-server';
import { observeRequests } from './src/observe/observe';
import { readObserveSettings } from './src/observe/settings';
import { withOutageAnswers } from './src/server/outage';

type NextFactory = typeof createNextServer;

function fail(message: string): never {
  log.fatal(`accord server: ${message}`);
  process.exit(2);
}

interface ServerOptions {
  port: number;
  hostname: string | undefined;
  supervised: boolean;
  stallMs: number;
  observe: ReturnType<typeof readObserveSettings>;
}

function options(): ServerOptions {
  let values: { port?: string; hostname?: string };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\nusage: node dist/server.mjs [-p <port>] [-H <hostname>]`);
  }
  // eslint-disable-next-line no-restricted-properties -- the server's entry reads its own settings
  const raw = values.port ?? process.env.PORT ?? '3000';
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535)
    fail(`the port must be a number from 1 to 65535, not "${raw}"`);
  const { ACCORD_SUPERVISOR: supervisor = 'on', ACCORD_WATCHDOG_STALL_MS: stall = '10000' } =
    // eslint-disable-next-line no-restricted-properties -- the server's entry reads its own settings
    process.env;
  if (supervisor !== 'on' && supervisor !== 'off')
    fail(`ACCORD_SUPERVISOR must be "on" or "off", not "${supervisor}"`);
  const stallMs = Number(stall);
  if (!/^\d+$/.test(stall) || stallMs < 1000 || stallMs > 600_000)
    fail(
      `ACCORD_WATCHDOG_STALL_MS must be a number of milliseconds from 1000 to 600000, not "${stall}"`,
    );
  let observe: ReturnType<typeof readObserveSettings>;
  try {
    observe = readObserveSettings();
  } catch (error) {
    fail((error as Error).message);
  }
  return { port, hostname: values.hostname, supervised: supervisor === 'on', stallMs, observe };
}

async function main(): Promise<void> {
  const { port, hostname, supervised, stallMs, observe } = options();
  if (supervised && cluster.isPrimary) {
    process.title = 'accord-supervisor';
    // One worker: the embedded database allows one process (see src/process/supervisor.ts).
    supervise({ workers: 1 });
    if (observe.METRICS_PORT !== undefined) {
      // The primary answers scrapes with the sum over its workers (src/observe/metrics-server.ts).
      try {
        await startClusterMetricsServer(observe.METRICS_PORT, observe.METRICS_HOST);
      } catch (error) {
        fail(
          `cannot serve metrics on ${observe.METRICS_HOST}:${observe.METRICS_PORT}: ${(error as Error).message}`,
        );
      }
    }
    return;
  }
  /* eslint-disable no-restricted-properties -- what `next start` sets before loading Next */
  (process.env as Record<string, string>).NODE_ENV = 'production';
  // The re-render after a publish reaches this server through PORT (server/env.ts).
  process.env.PORT = String(port);
  /* eslint-enable no-restricted-properties */
  process.title = 'next-server (accord)';
  // Next's own output (its ⨯ error dumps) and any stray console call in this process become
  // redacted JSON lines with the request id (packages/log).
  routeConsoleToLogger(log);

  // Loaded after NODE_ENV is set: React and Next pick their production builds on load.
  const imported = (await import('next')) as unknown as {
    default: NextFactory | { default: NextFactory };
  };
  const next = 'default' in imported.default ? imported.default.default : imported.default;
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handleNext = app.getRequestHandler();
  // Started once Next is loaded: loading blocks the loop for a while, by design.
  const watchdog = startWatchdog({ stallMs });

  const front = createFront({
    // A 5xx from Next while the database is away goes out as the designed 503.
    next: withOutageAnswers((req: IncomingMessage, res: ServerResponse) =>
      handleNext(req, res).catch((error: unknown) => {
        logError(log, error, 'the request failed');
        if (!res.headersSent) {
          res.writeHead(500, {
            'content-type': 'text/plain; charset=utf-8',
            'cache-control': 'no-store',
          });
        }
        res.end(res.headersSent ? undefined : 'Something went wrong on our side.');
      }),
    ),
  });
  const server = createFrontServer(
    observeRequests(
      (req, res) => {
        watchdog.track(req, res);
        return front.handle(req, res);
      },
      { trustedProxies: observe.ACCORD_TRUSTED_PROXIES },
    ),
  );
  if (observe.METRICS_PORT !== undefined) {
    collectProcessMetrics();
    gaugeFrom(
      'accord_front_cache_entries',
      'Answers held by the front cache.',
      () => front.cache.size,
    );
    gaugeFrom(
      'accord_front_cache_bytes',
      'Bytes held by the front cache.',
      () => front.cache.totalBytes,
    );
    try {
      if (cluster.isWorker) serveMetricsToPrimary();
      else await startMetricsServer(observe.METRICS_PORT, observe.METRICS_HOST);
    } catch (error) {
      fail(
        `cannot serve metrics on ${observe.METRICS_HOST}:${observe.METRICS_PORT}: ${(error as Error).message}`,
      );
    }
  }
  server.on('error', (error) =>
    fail(`cannot listen on ${hostname ?? '*'}:${port}: ${error.message}`),
  );
  server.listen(port, hostname, () => {
    log.info(
      { port, metricsPort: observe.METRICS_PORT },
      `Accord ready on http://${hostname ?? 'localhost'}:${port}`,
    );
    process.send?.(READY_MESSAGE);
  });
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'accord server: failed to start');
  process.exit(1);
});
