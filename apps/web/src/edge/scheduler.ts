import 'server-only';
import { internalOrigin, webEnv } from '../server/env';
import { buildSecret } from './build-secret';
import { PURGE_SECRET_HEADER } from './cache-events';

/**
 * The scheduler's clock: every ACCORD_SCHEDULER_INTERVAL_MS (15 s), and once right after the
 * server starts, this process asks itself (app/api/edge/schedule) to publish and unpublish
 * the commitments whose time has come. The schedule lives in the database, so a restart loses
 * nothing: the first run after it publishes whatever fell due meanwhile. Every worker and
 * every instance runs its own clock; a record is still published once (each move is a save
 * at the version read: @accord/api editorial/schedule.ts).
 */

export const SCHEDULE_ROUTE = '/api/edge/schedule';

const CLOCK = Symbol.for('accord.scheduler');
type Store = { [CLOCK]?: { timer?: NodeJS.Timeout } };
const store = globalThis as Store;

/** The first run waits this long for the server to listen. */
const FIRST_RUN_MS = 500;
/** One run may take this long (a publish re-renders the pages that show the record). */
const RUN_TIMEOUT_MS = 60_000;

async function runHere(): Promise<void> {
  const origin = internalOrigin();
  const secret = buildSecret();
  if (!origin || !secret) return;
  const res = await fetch(new URL(SCHEDULE_ROUTE, origin), {
    method: 'POST',
    headers: { [PURGE_SECRET_HEADER]: secret },
    signal: AbortSignal.timeout(RUN_TIMEOUT_MS),
  });
  if (res.status !== 200) throw new Error(`${SCHEDULE_ROUTE} answered ${res.status}`);
  const run = (await res.json()) as { published: number[]; unpublished: number[] };
  if (run.published.length + run.unpublished.length > 0) {
    console.log(
      `scheduler: published ${run.published.length}, unpublished ${run.unpublished.length}`,
    );
  }
}

/** Starts this process's clock (once); it never keeps the process alive by itself. */
export function startScheduler(): void {
  if (store[CLOCK]) return;
  const slot: NonNullable<Store[typeof CLOCK]> = {};
  store[CLOCK] = slot;
  const interval = webEnv().ACCORD_SCHEDULER_INTERVAL_MS;
  const next = (delay: number) => {
    slot.timer = setTimeout(() => {
      runHere()
        .catch((error: unknown) => {
          // The server is still starting, or the database is down: the next run retries.
          console.warn(`scheduler: run failed (${(error as Error).message}); retrying`);
        })
        .finally(() => next(interval));
    }, delay);
    slot.timer.unref();
  };
  next(FIRST_RUN_MS);
}
