import { isDatabaseUnavailable } from './errors';

/**
 * Whether the database is away right now, for the one place that has to decide it without
 * the error in hand: the production server, which sees only that Next (a page, better-auth's
 * handler) answered 500, and must tell "the database is away" (a 503 with Retry-After) from
 * a bug (a 500). A probe (`select 1` within a deadline) answers it; its result is kept for
 * PROBE_TTL_MS and concurrent askers share one probe, so an outage under traffic costs about
 * one probe a second, and recovery is seen within a second of the database being back.
 */
export const PROBE_TTL_MS = 1000;

export interface DatabaseState {
  /** True when the database cannot be reached now (a fresh or recent probe failed so). */
  isAway(): Promise<boolean>;
}

/**
 * A state over `probe` (rejects when the database does not answer). A probe that fails with
 * an error that is not about reaching the database (see isDatabaseUnavailable) counts as
 * "not away": the 500 was then not the database's absence.
 */
export function createDatabaseState(
  probe: () => Promise<unknown>,
  now: () => number = Date.now,
): DatabaseState {
  let last: { at: number; away: boolean } | null = null;
  let running: Promise<boolean> | null = null;
  return {
    isAway() {
      if (last && now() - last.at < PROBE_TTL_MS) return Promise.resolve(last.away);
      running ??= probe()
        .then(
          () => false,
          (error: unknown) => isDatabaseUnavailable(error),
        )
        .then((away) => {
          last = { at: now(), away };
          running = null;
          return away;
        });
      return running;
    },
  };
}

const slot = globalThis as unknown as { accordDbState?: DatabaseState };

/**
 * Makes `create()` the process-wide state unless one is registered already. On globalThis:
 * the production server (its own bundle, apps/web/server.ts) reads the state that Next's
 * bundle, which opens the database, registered (see `getDb`).
 */
export function registerDatabaseState(create: () => DatabaseState): DatabaseState {
  slot.accordDbState ??= create();
  return slot.accordDbState;
}

/** The process-wide state, or undefined while nothing in the process has used the database. */
export function registeredDatabaseState(): DatabaseState | undefined {
  return slot.accordDbState;
}
