import { z } from 'zod';

/**
 * How many server processes `node dist/server.mjs` runs (ACCORD_WORKERS).
 * - On PostgreSQL (DATABASE_URL set, in the environment or in `.env`), ACCORD_WORKERS, or
 *   `auto` for one per core: the workers share the port through node:cluster, and the cache
 *   events reach each of them (apps/web/src/edge/cache-events.ts). The default is one: a
 *   worker that did not save a change expires the changed pages rather than re-rendering them
 *   in place (edge/invalidate.ts), so with several workers a reader may get a 500 for such a
 *   page if the database goes down within a second of the change (the database-down
 *   resilience scenario failed so with two workers; docs/reliability.md).
 * - On the embedded database, one, whatever is asked: one process per data dir (lock.ts).
 */
export interface WorkerChoice {
  workers: number;
  /** Why a requested count was not used, for the log. */
  note?: string;
}

export const MAX_WORKERS = 64;

const WORKERS_PROBLEM = `must be a whole number from 1 to ${MAX_WORKERS}, or auto`;

/** ACCORD_WORKERS as src/process/settings.ts parses it: unset, `auto`, or a count. */
export const WorkersSetting = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() || undefined : value),
  z
    .union(
      [
        z.literal('auto'),
        z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(MAX_WORKERS)),
      ],
      { error: WORKERS_PROBLEM },
    )
    .optional(),
);

export function chooseWorkers(options: {
  requested: number | 'auto' | undefined;
  onPostgres: boolean;
  cores: number;
}): WorkerChoice {
  const { requested } = options;
  const wanted =
    requested === 'auto' ? Math.max(1, Math.min(options.cores, MAX_WORKERS)) : (requested ?? null);
  if (!options.onPostgres) {
    return wanted !== null && wanted > 1
      ? {
          workers: 1,
          note: `ACCORD_WORKERS=${wanted} ignored: the embedded database allows one process (set DATABASE_URL for more)`,
        }
      : { workers: 1 };
  }
  return { workers: wanted ?? 1 };
}
