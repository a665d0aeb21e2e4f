/**
 * Accord's production web server: Next's request handler behind the front cache
 * (src/front/front.ts), in one process. It replaces `next start` and takes the same options:
 *
 *   node dist/server.mjs [-p|--port <port>] [-H|--hostname <host>]
 *
 * The port defaults to $PORT, then 3000; the host to every interface. Built by
 * `pnpm --filter @accord/web build` (scripts/build-server.mjs).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type createNextServer from 'next';
import { createFront } from './src/front/front';
import { createFrontServer } from './src/front/http-server';

type NextFactory = typeof createNextServer;

function fail(message: string): never {
  console.error(`accord server: ${message}`);
  process.exit(2);
}

function options(): { port: number; hostname: string | undefined } {
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
  return { port, hostname: values.hostname };
}

async function main(): Promise<void> {
  const { port, hostname } = options();
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
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handleNext = app.getRequestHandler();

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
  const server = createFrontServer(front.handle);
  server.on('error', (error) =>
    fail(`cannot listen on ${hostname ?? '*'}:${port}: ${error.message}`),
  );
  server.listen(port, hostname, () => {
    console.log(`Accord ready on http://${hostname ?? 'localhost'}:${port}`);
  });
}

main().catch((error: unknown) => {
  console.error('accord server: failed to start', error);
  process.exit(1);
});
