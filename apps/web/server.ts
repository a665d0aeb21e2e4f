/**
 * Accord's production web server: Next's request handler behind the front cache
 * (src/edge/front/front.ts), in one process. It replaces `next start` and takes the same options:
 *
 *   node dist/server.mjs [-p|--port <port>] [-H|--hostname <host>]
 *
 * The port defaults to $PORT, then 3000; the host to every interface. Built by
 * `pnpm --filter @accord/web build` (scripts/build-server.mjs).
 *
 * It runs supervised (src/process/supervisor.ts): this process only watches the worker
 * processes that serve, and starts a new one when one dies. One worker by default; on
 * PostgreSQL ACCORD_WORKERS=<n> or `auto` (one per core) runs more (src/process/workers.ts). In the worker, a watchdog
 * (src/process/watchdog.ts) ends the process when one request blocks the event loop for
 * ACCORD_WATCHDOG_STALL_MS (10 s), so the supervisor replaces it. ACCORD_SUPERVISOR=off serves
 * from this process alone (a platform that restarts processes itself).
 */
import cluster from 'node:cluster';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';
import type createNextServer from 'next';
import { createFront } from './src/edge/front/front';
import { createFrontServer } from './src/edge/front/http-server';
import { READY_MESSAGE, supervise } from './src/process/supervisor';
import { chooseWorkers } from './src/process/workers';
import { startWatchdog } from './src/process/watchdog';

type NextFactory = typeof createNextServer;

function fail(message: string): never {
  console.error(`accord server: ${message}`);
  process.exit(2);
}

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Whether the app runs on PostgreSQL: DATABASE_URL in the environment or in the root `.env`. */
function onPostgres(): boolean {
  // eslint-disable-next-line no-restricted-properties -- the server's entry reads its own settings
  if (process.env.DATABASE_URL) return true;
  const file = join(webDir, '..', '..', '.env');
  if (!existsSync(file)) return false;
  return Boolean(parseEnv(readFileSync(file, 'utf8')).DATABASE_URL);
}

interface ServerOptions {
  port: number;
  hostname: string | undefined;
  supervised: boolean;
  stallMs: number;
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
  return { port, hostname: values.hostname, supervised: supervisor === 'on', stallMs };
}

async function main(): Promise<void> {
  const { port, hostname, supervised, stallMs } = options();
  if (supervised && cluster.isPrimary) {
    process.title = 'accord-supervisor';
    let choice;
    try {
      // eslint-disable-next-line no-restricted-properties -- the server's entry reads its own settings
      const requested = process.env.ACCORD_WORKERS;
      choice = chooseWorkers({
        requested,
        onPostgres: onPostgres(),
        cores: availableParallelism(),
      });
    } catch (error) {
      fail((error as Error).message);
    }
    if (choice.note) console.warn(`accord server: ${choice.note}`);
    supervise({ workers: choice.workers });
    return;
  }
  /* eslint-disable no-restricted-properties -- what `next start` sets before loading Next */
  (process.env as Record<string, string>).NODE_ENV = 'production';
  // The re-render after a publish reaches this server through PORT (server/env.ts).
  process.env.PORT = String(port);
  /* eslint-enable no-restricted-properties */
  process.title = 'next-server (accord)';

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
  const privateServer = createFrontServer((req, res) => serve(req, res));
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
  const watchdog = startWatchdog({ stallMs });

  const front = createFront({
    next: (req: IncomingMessage, res: ServerResponse) =>
      handleNext(req, res).catch((error: unknown) => {
        console.error(`${req.method} ${req.url} failed`, error);
        if (!res.headersSent) {
          res.writeHead(500, {
            'content-type': 'text/plain; charset=utf-8',
            'cache-control': 'no-store',
          });
        }
        res.end(res.headersSent ? undefined : 'Something went wrong on our side.');
      }),
  });
  serve = (req, res) => {
    watchdog.track(req, res);
    return front.handle(req, res);
  };
  const server = createFrontServer((req, res) => serve(req, res));
  server.on('error', (error) =>
    fail(`cannot listen on ${hostname ?? '*'}:${port}: ${error.message}`),
  );
  server.listen(port, hostname, () => {
    console.log(`Accord ready on http://${hostname ?? 'localhost'}:${port} (pid ${process.pid})`);
    process.send?.(READY_MESSAGE);
  });
}

main().catch((error: unknown) => {
  console.error('accord server: failed to start', error);
  process.exit(1);
});
