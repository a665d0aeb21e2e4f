import { type BulkOutcome, type BulkResult } from '@accord/domain';
import { TRPCError } from '@trpc/server';
import { ConflictProblem } from '../errors';
import { type Context, type PublicChange } from '../trpc';

/**
 * Runs one write per record, one after another, each in its own transaction through the same
 * path as the single action (its own revision and audit entry). A record the write refuses (a
 * stale version, a state that does not allow it, a role that may not) is reported with the
 * code the single action answers, and the rest continue. Any other failure (the database going
 * away) stops the run as it would a single action: records already done stay done, each with
 * its revision.
 *
 * The public pages are refreshed once, after the last write, for every record written (also
 * when the run stops): a brief that lists five of them is re-rendered once, not five times,
 * and the answer still comes only after readers can see every change.
 */
export async function eachRecord<Item extends { id: number; expectedVersion: number }>(
  ctx: Context,
  items: readonly Item[],
  write: (ctx: Context, item: Item) => Promise<{ version: number }>,
): Promise<BulkResult> {
  const changes: PublicChange[] = [];
  const batched: Context = { ...ctx, onPublicChange: (more) => void changes.push(...more) };
  const outcomes: BulkOutcome[] = [];
  try {
    for (const item of items) {
      try {
        const saved = await write(batched, item);
        outcomes.push({ id: item.id, ok: true, version: saved.version });
      } catch (error) {
        if (!(error instanceof TRPCError) || error.code === 'SERVICE_UNAVAILABLE') throw error;
        if (error.code === 'INTERNAL_SERVER_ERROR') throw error;
        outcomes.push({
          id: item.id,
          ok: false,
          code: error.code,
          message: error.message,
          currentVersion:
            error.cause instanceof ConflictProblem ? error.cause.detail.currentVersion : null,
        });
      }
    }
  } finally {
    if (changes.length > 0) await ctx.onPublicChange(changes);
  }
  return { outcomes };
}
