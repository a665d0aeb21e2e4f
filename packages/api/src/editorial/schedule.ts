import { type Database, setCommitmentSchedule } from '@accord/db';
import { type ScheduleInput } from '@accord/domain';
import { log, logError } from '@accord/log';
import { TRPCError } from '@trpc/server';
import { badInput } from '../errors';
import { dueSchedules } from '../queries/schedule';
import { type Context, createContext } from '../trpc';
import { moveCommitment } from './move';
import { type Saved, saveRecord } from './save';

/**
 * Scheduled publishing. An admin schedules an approved commitment (one in review) to be
 * published at a time, and a published one (or one scheduled to be) to return to draft at a
 * later time. Until its time the record stays in review, so every reader's door (the site,
 * the API, feeds, exports, search, the sitemap, the as-of pages) keeps it hidden by the one
 * rule they share (`readersCanSee`): nothing here can show it early. The scheduler
 * (`runDueSchedules`, called every few seconds by each server process) then moves it through
 * `moveCommitment`, the path of a manual publish: same revision, audit entry and purge.
 *
 * Any other write of the record clears its scheduled publish (records/index.ts, writeCommitment),
 * so an edit after scheduling never goes out unreviewed: the admin schedules it again.
 */

/** Sets or clears a commitment's schedule: a revision and an audit entry, as every change. */
export function scheduleCommitment(
  ctx: Context,
  input: ScheduleInput,
): Promise<Saved<'commitment'>> {
  const { publishAt, unpublishAt } = input;
  const parts = [
    publishAt === null ? null : `publish ${new Date(publishAt).toISOString()}`,
    unpublishAt === null ? null : `unpublish ${new Date(unpublishAt).toISOString()}`,
  ].filter((p) => p !== null);
  return saveRecord(ctx, {
    type: 'commitment',
    id: input.id,
    expectedVersion: input.expectedVersion,
    action: parts.length > 0 ? `schedule ${parts.join(', ')}` : 'unschedule',
    guard: (current) => {
      const state = current.data.editorialState;
      if (publishAt !== null && state !== 'review') {
        throw badInput([
          {
            path: ['publishAt'],
            message:
              state === 'published'
                ? 'This commitment is already published.'
                : `Only an approved commitment (in review) can be scheduled; this one is ${state}.`,
          },
        ]);
      }
      if (unpublishAt !== null && state !== 'published' && publishAt === null) {
        throw badInput([
          {
            path: ['unpublishAt'],
            message: `Only a published commitment, or one scheduled to be, can be scheduled to unpublish; this one is ${state}.`,
          },
        ]);
      }
    },
    change: (current) => current.data,
    after: (tx) =>
      setCommitmentSchedule(tx, input.id, {
        publishAt: publishAt === null ? null : new Date(publishAt),
        unpublishAt: unpublishAt === null ? null : new Date(unpublishAt),
        by: ctx.viewer!.id,
      }),
  });
}

/** What one run of the scheduler did. */
export interface ScheduleRun {
  published: number[];
  unpublished: number[];
  /** Taken by another process first, or changed since: nothing to do. */
  skipped: number[];
  failed: number[];
}

/** The most records one run moves; the rest wait for the next run, seconds later. */
const RUN_LIMIT = 50;

/**
 * Publishes and unpublishes every commitment whose time has come. Safe to run in several
 * processes at once: each move is a save at the version read, so a second process gets a
 * conflict and skips the record, and it is published exactly once. A run that dies midway
 * rolls back its transaction and leaves the schedule, for the next run (after a restart too).
 */
export async function runDueSchedules(options: {
  db: Database;
  onPublicChange?: Context['onPublicChange'];
}): Promise<ScheduleRun> {
  const run: ScheduleRun = { published: [], unpublished: [], skipped: [], failed: [] };
  for (const due of await dueSchedules(options.db, RUN_LIMIT)) {
    const ctx = createContext({
      db: options.db,
      viewer: {
        id: due.byId ?? 'scheduler',
        name: due.byName ?? 'Scheduled publishing',
        email: '',
        role: 'admin',
      },
      onPublicChange: options.onPublicChange,
    });
    const to = due.kind === 'publish' ? 'published' : 'draft';
    try {
      await moveCommitment(
        ctx,
        { id: due.id, expectedVersion: due.version, to },
        { scheduled: true },
      );
      (due.kind === 'publish' ? run.published : run.unpublished).push(due.id);
      log.info({ commitment: due.id, kind: due.kind }, 'scheduled move done');
    } catch (error) {
      if (
        error instanceof TRPCError &&
        (error.code === 'CONFLICT' || error.code === 'PRECONDITION_FAILED')
      ) {
        run.skipped.push(due.id);
      } else {
        run.failed.push(due.id);
        logError(log, error, `scheduled ${due.kind} of commitment ${due.id} failed`);
      }
    }
  }
  return run;
}
