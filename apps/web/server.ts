/**
 * Accord's production web server: Next's request handler behind the front cache
 * (src/edge/front/front.ts), in one process. It replaces `next start` and takes the same options:
 *
 *   node dist/server.mjs [-p|--port <port>] [-H|--hostname <host>]
 *
 * The port defaults to PORT (the environment, then `.env`), then 3000; the host to every
 * interface. Settings: src/process/settings.ts. Built by
 * `pnpm --filter @accord/web build` (scripts/build-server.mjs).
 *
 * It runs supervised (src/process/supervisor.ts): this process only watches the worker
 * processes that serve, and starts a new one when one dies. One worker by default; on
 * PostgreSQL ACCORD_WORKERS=<n> or `auto` (one per core) runs more (src/process/workers.ts). In the worker, a watchdog
 * (src/process/watchdog.ts) ends the process when one request blocks the event loop for
 * ACCORD_WATCHDOG_STALL_MS (10 s), so the supervisor replaces it. ACCORD_SUPERVISOR=off serves
 * from this process alone (a platform that restarts processes itself). The editors' assistant
 * reads texts in worker threads of each server process (startAssistant below).
 */
import cluster from 'node:cluster';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { installProposePool, ProposePool } from '@accord/assistant/pool';
import { log, logError, routeConsoleToLogger } from '@accord/log';
import { collectProcessMetrics, gaugeFrom } from '@accord/log/metrics';
import type createNextServer from 'next';
import { createFront } from './src/edge/front/front';
import { createFrontServer, serverLimits } from './src/edge/front/http-server';
import { READY_MESSAGE, supervise } from './src/process/supervisor';
import {
  readPortFlag,
  readServerProcessSettings,
  type ServerProcessSettings,
} from './src/process/settings';
import { chooseWorkers } from './src/process/workers';
import { startWatchdog } from './src/process/watchdog';
import { startMetricsServer } from './src/observe/metrics-server';
import { observeRequests } from './src/observe/observe';
import { withOutageAnswers } from './src/server/outage';

type NextFactory = typeof createNextServer;

function fail(message: string): never {
  log.fatal(`accord server: ${message}`);
  process.exit(2);
}

const distDir = dirname(fileURLToPath(import.meta.url));
const webDir = join(distDir, '..');

/**
 * The editors' assistant reads texts in worker threads (packages/assistant/src/pool), from the
 * bundle built next to this one (scripts/build-server.ts). Started now, so each thread loads the
 * model while Next loads, and nobody waits for it: a text sent before then waits in the queue.
 * The threads end with this process.
 */
function startAssistant(settings: ServerProcessSettings): void {
  const pool = new ProposePool({
    file: join(distDir, 'assistant-worker.mjs'),
    threads: settings.ACCORD_ASSISTANT_THREADS,
    maxQueued: settings.ACCORD_ASSISTANT_QUEUE,
    timeoutMs: settings.ACCORD_ASSISTANT_TIMEOUT_MS,
    onEvent: (event) => {
      if (event.type === 'ready') log.info({ ms: event.ms }, 'assistant: worker thread ready');
      else
        log.warn(
          { error: event.error },
          `assistant: a worker thread ${event.type === 'timeout' ? 'timed out' : 'died'}`,
        );
    },
  });
  installProposePool(pool);
  pool.start().catch((error: unknown) => logError(log, error, 'assistant: cannot start'));
}

interface ServerOptions {
  port: number;
  hostname: string | undefined;
  settings: ServerProcessSettings;
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
  try {
    // Every setting at once (the environment over the repository's `.env`), so one error names
    // every bad variable. The file is found from this bundle, wherever the process started.
    const settings = readServerProcessSettings({ envFile: join(webDir, '..', '..', '.env') });
    const port = values.port === undefined ? settings.PORT : readPortFlag(values.port);
    return { port, hostname: values.hostname, settings };
  } catch (error) {
    fail((error as Error).message);
  }
}

async function main(): Promise<void> {
  const { port, hostname, settings } = options();
  if (settings.ACCORD_SUPERVISOR === 'on' && cluster.isPrimary) {
    process.title = 'accord-supervisor';
    const choice = chooseWorkers({
      requested: settings.ACCORD_WORKERS,
      onPostgres: settings.DATABASE_URL !== undefined,
      cores: availableParallelism(),
    });
    if (choice.note) log.warn(`accord server: ${choice.note}`);
    supervise({ workers: choice.workers, heapMb: settings.ACCORD_MAX_HEAP_MB });
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

  startAssistant(settings);

  // Loaded after NODE_ENV is set: React and Next pick their production builds on load.
  const imported = (await import('next')) as unknown as {
    default: NextFactory | { default: NextFactory };
  };
  const next = 'default' in imported.default ? imported.default.default : imported.default;
  // This worker's own loopback port, for the requests it makes to itself (page re-renders,
  // purges announced by other processes): the shared port would hand them to any worker.
  // Listening before Next loads, so the address is known to the cache events from the start.
  let serve: (req: IncomingMessage, res: ServerResponse) => unknown = (_req, res) => {
    res.writeHead(503, { 'retry-after': '1', 'cache-control': 'no-store' });
    res.end();
  };
  const limits = serverLimits(settings);
  const privateServer = createFrontServer((req, res) => serve(req, res), limits);
  await new Promise<void>((resolve, reject) => {
    privateServer.once('error', reject);
    privateServer.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve);
  });
  const privatePort = (privateServer.address() as AddressInfo).port;
  // eslint-disable-next-line no-restricted-properties -- read by src/server/env.ts internalOrigin
  process.env.ACCORD_WORKER_ORIGIN = `http://127.0.0.1:${privatePort}`;
  const app = next({ dev: false, dir: webDir, hostname, port });
  await app.prepare();
  const handleNext = app.getRequestHandler();
  // Started once Next is loaded: loading blocks the loop for a while, by design.
  const watchdog = startWatchdog({ stallMs: settings.ACCORD_WATCHDOG_STALL_MS });

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
  serve = observeRequests(
    (req, res) => {
      watchdog.track(req, res);
      return front.handle(req, res);
    },
    { trustedProxies: settings.ACCORD_TRUSTED_PROXIES },
  );
  const server = createFrontServer((req, res) => serve(req, res), limits);
  if (settings.METRICS_PORT !== undefined) {
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
      // Under the supervisor the worker's listener shares the port through the primary, as
      // the site's does: right for one worker. Several workers (issue 15) need the primary to
      // aggregate (startClusterMetricsServer, not wired yet: see packages/log/README.md).
      await startMetricsServer(settings.METRICS_PORT, settings.METRICS_HOST);
    } catch (error) {
      fail(
        `cannot serve metrics on ${settings.METRICS_HOST}:${settings.METRICS_PORT}: ${(error as Error).message}`,
      );
    }
  }
  server.on('error', (error) =>
    fail(`cannot listen on ${hostname ?? '*'}:${port}: ${error.message}`),
  );
  server.listen(port, hostname, () => {
    log.info(
      { port, metricsPort: settings.METRICS_PORT },
      `Accord ready on http://${hostname ?? 'localhost'}:${port}`,
    );
    process.send?.(READY_MESSAGE);
  });
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'accord server: failed to start');
  process.exit(1);
});
