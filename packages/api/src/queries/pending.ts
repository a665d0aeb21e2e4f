import { commitments, type Database, meetings, pendingAdditions } from '@accord/db';
import { PendingEntry, type PendingAdditionView } from '@accord/domain';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

/** The most additions the reviewers' queue shows at once, oldest first. */
export const PENDING_LIST_MAX = 200;

/**
 * Additions waiting for review, oldest first, each with the commitment it is about and the
 * record (and version) an approval writes into, and whether `viewerId` proposed it. Editors'
 * reads only: nothing public calls it.
 */
export async function listPending(
  db: Database,
  viewerId: string | null,
  commitmentId?: number,
): Promise<PendingAdditionView[]> {
  const accountMeeting = alias(meetings, 'account_meeting');
  const rows = await db
    .select({
      id: pendingAdditions.id,
      kind: pendingAdditions.kind,
      entry: pendingAdditions.entry,
      proposedBy: pendingAdditions.proposedByName,
      proposedById: pendingAdditions.proposedBy,
      createdAt: pendingAdditions.createdAt,
      commitmentId: commitments.id,
      commitmentSlug: commitments.slug,
      commitmentTitle: commitments.title,
      editorialState: commitments.editorialState,
      commitmentVersion: commitments.version,
      meetingId: accountMeeting.id,
      meetingSlug: accountMeeting.slug,
      meetingTitle: accountMeeting.title,
      meetingVersion: accountMeeting.version,
    })
    .from(pendingAdditions)
    .innerJoin(commitments, eq(commitments.id, pendingAdditions.commitmentId))
    .leftJoin(accountMeeting, eq(accountMeeting.id, pendingAdditions.meetingId))
    .where(commitmentId === undefined ? undefined : eq(pendingAdditions.commitmentId, commitmentId))
    .orderBy(asc(pendingAdditions.createdAt), asc(pendingAdditions.id))
    .limit(PENDING_LIST_MAX);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    entry: PendingEntry.parse(row.entry),
    commitment: {
      id: row.commitmentId,
      slug: row.commitmentSlug,
      title: row.commitmentTitle,
      editorialState: row.editorialState,
    },
    record:
      row.kind === 'account' && row.meetingId !== null
        ? {
            type: 'meeting' as const,
            id: row.meetingId,
            slug: row.meetingSlug!,
            title: row.meetingTitle!,
            version: row.meetingVersion!,
          }
        : {
            type: 'commitment' as const,
            id: row.commitmentId,
            slug: row.commitmentSlug,
            title: row.commitmentTitle,
            version: row.commitmentVersion,
          },
    proposedBy: row.proposedBy,
    mine: viewerId !== null && row.proposedById === viewerId,
    createdAt: row.createdAt.toISOString(),
  }));
}
