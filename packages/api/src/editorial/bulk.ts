import { type BulkOutcome, type BulkResult } from '@accord/domain';
import { TRPCError } from '@trpc/server';
import { ConflictProblem } from '../errors';

/**
 * Runs one write per record, one after another, each in its own transaction through the same
 * path as the single action (its own revision, audit entry and public-page refresh). A record
 * the write refuses (a stale version, a state that does not allow it, a role that may not) is
 * reported with the code the single action answers, and the rest continue. Any other failure
 * (the database going away) stops the run as it would a single action: records already done
 * stay done, each with its revision.
 */
export async function eachRecord<Item extends { id: number; expectedVersion: number }>(
  items: readonly Item[],
  write: (item: Item) => Promise<{ version: number }>,
): Promise<BulkResult> {
  const outcomes: BulkOutcome[] = [];
  for (const item of items) {
    try {
      const saved = await write(item);
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
  return { outcomes };
}
