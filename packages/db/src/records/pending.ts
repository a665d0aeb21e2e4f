import { PendingEntry } from '@accord/domain';
import { eq } from 'drizzle-orm';
import { type Database } from '../client';
import { pendingAdditions } from '../schema';
import { type Actor } from './history';

/**
 * Additions waiting for review (`pending_additions`): kept outside their record, so no
 * public read meets them. Approving writes the entry into the record through the ordinary
 * save and deletes the row in the same transaction; rejecting deletes it.
 */

export interface StoredPending {
  id: number;
  kind: PendingEntry['kind'];
  commitmentId: number;
  meetingId: number | null;
  entry: PendingEntry;
  /** The user who proposed it (null if that account has since been deleted). */
  proposedBy: string | null;
  proposedByName: string;
}

export async function insertPending(
  db: Database,
  input: { entry: PendingEntry; commitmentId: number; meetingId: number | null; actor: Actor },
): Promise<number> {
  const [row] = await db
    .insert(pendingAdditions)
    .values({
      kind: input.entry.kind,
      commitmentId: input.commitmentId,
      meetingId: input.meetingId,
      entry: input.entry,
      proposedBy: input.actor.id,
      proposedByName: input.actor.name,
    })
    .returning({ id: pendingAdditions.id });
  return row!.id;
}

export async function loadPending(db: Database, id: number): Promise<StoredPending | null> {
  const [row] = await db
    .select({
      id: pendingAdditions.id,
      kind: pendingAdditions.kind,
      commitmentId: pendingAdditions.commitmentId,
      meetingId: pendingAdditions.meetingId,
      entry: pendingAdditions.entry,
      proposedBy: pendingAdditions.proposedBy,
      proposedByName: pendingAdditions.proposedByName,
    })
    .from(pendingAdditions)
    .where(eq(pendingAdditions.id, id))
    .limit(1);
  if (!row) return null;
  return { ...row, entry: PendingEntry.parse(row.entry) };
}

/** Deletes one addition; false when it was already gone (approved or rejected meanwhile). */
export async function deletePending(db: Database, id: number): Promise<boolean> {
  const gone = await db
    .delete(pendingAdditions)
    .where(eq(pendingAdditions.id, id))
    .returning({ id: pendingAdditions.id });
  return gone.length > 0;
}
