import 'server-only';
import {
  type CacheEvent,
  CacheEventBus,
  configuredTarget,
  LocalHub,
  newPeerId,
  postgresTransport,
  type PublishResult,
} from '@accord/db';
import { internalOrigin } from '../server/env';
import { buildSecret } from './build-secret';

/**
 * This process's end of the cache events (packages/db/src/cache-events.ts): on PostgreSQL,
 * LISTEN/NOTIFY shared with every other instance and worker; on the embedded database, an
 * in-process hub (one process, so no other peer). Started when the server starts
 * (src/instrumentation.ts); shared by every route bundle through globalThis.
 *
 * An event from another process is applied through a request to this process itself
 * (app/api/edge/purge): Next's revalidate calls only work inside a request. The request goes
 * to this worker's private loopback port (ACCORD_WORKER_ORIGIN, set by server.ts), so with
 * several workers each one purges its own caches.
 */

/** The header that carries the build's secret on a purge request. */
export const PURGE_SECRET_HEADER = 'x-accord-purge';
export const PURGE_ROUTE = '/api/edge/purge';

const BUS = Symbol.for('accord.cacheEvents');
type Store = { [BUS]?: { started: Promise<CacheEventBus>; bus?: CacheEventBus } };
const store = globalThis as Store;

/** How long a purge request to this process may take (a retraction re-renders its pages). */
const APPLY_TIMEOUT_MS = 10_000;
/** Between attempts to start listening while the database is unreachable. */
const RETRY_MS = 1000;

async function applyHere(event: CacheEvent): Promise<void> {
  const origin = internalOrigin();
  const secret = buildSecret();
  if (!origin || !secret) throw new Error('no server to apply the event to (no port or no build)');
  const res = await fetch(new URL(PURGE_ROUTE, origin), {
    method: 'POST',
    headers: { [PURGE_SECRET_HEADER]: secret, 'content-type': 'application/json' },
    body: JSON.stringify(event.all ? { everything: true } : { purge: event.body }),
    signal: AbortSignal.timeout(APPLY_TIMEOUT_MS),
  });
  if (res.status !== 204) throw new Error(`${PURGE_ROUTE} answered ${res.status}`);
}

/** Starts listening (once per process); retries in the background while the database is down. */
export function startCacheEvents(): Promise<CacheEventBus> {
  if (store[BUS]) return store[BUS].started;
  const target = configuredTarget();
  const peerId = newPeerId();
  const slot: NonNullable<Store[typeof BUS]> = { started: Promise.resolve(null as never) };
  slot.started = (async () => {
    for (;;) {
      const bus = new CacheEventBus({
        transport:
          target.kind === 'postgres'
            ? postgresTransport(target.url, peerId)
            : new LocalHub().transport(peerId),
        peerId,
        apply: applyHere,
      });
      try {
        await bus.start();
        console.log(`cache events: listening as ${peerId} (${target.kind})`);
        slot.bus = bus;
        return bus;
      } catch (error) {
        console.warn(`cache events: cannot listen yet (${(error as Error).message}); retrying`);
        await bus.close().catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  })();
  store[BUS] = slot;
  return slot.started;
}

/**
 * Tells every other process about a purge and waits for their acknowledgements (1 s at most).
 * Never throws: the change is saved already; a process that missed it purges everything when
 * its listening connection comes back.
 */
export async function announce(body: unknown): Promise<PublishResult | null> {
  const slot = store[BUS];
  if (!slot) return null; // not started: a script, a test, the build
  if (!slot.bus) {
    console.error('cache events: not listening yet; the other processes purge when they connect');
    return null;
  }
  try {
    return await slot.bus.publish(body);
  } catch (error) {
    console.error(`cache events: could not announce a change: ${(error as Error).message}`);
    return null;
  }
}
