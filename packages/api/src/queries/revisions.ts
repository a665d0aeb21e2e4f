import { type Database, revisions } from '@accord/db';
import { type RecordType } from '@accord/domain';
import { TRPCError } from '@trpc/server';
import { and, desc, eq } from 'drizzle-orm';

const summaryColumns = {
  version: revisions.version,
  action: revisions.action,
  actorName: revisions.actorName,
  createdAt: revisions.createdAt,
};

/** A record's revisions, newest first, without their snapshots. */
export async function revisionList(db: Database, type: RecordType, id: number) {
  const rows = await db
    .select(summaryColumns)
    .from(revisions)
    .where(and(eq(revisions.recordType, type), eq(revisions.recordId, id)))
    .orderBy(desc(revisions.version));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** One version of a record with its snapshot, or NOT_FOUND. */
export async function findRevision(db: Database, type: RecordType, id: number, version: number) {
  const [row] = await db
    .select({ ...summaryColumns, snapshot: revisions.snapshot })
    .from(revisions)
    .where(
      and(
        eq(revisions.recordType, type),
        eq(revisions.recordId, id),
        eq(revisions.version, version),
      ),
    )
    .limit(1);
  if (!row) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `No version ${version} of ${type} ${id}.`,
    });
  }
  return row;
}

/** Who stored a record's newest revision, and when (what a refused save names). */
export async function lastRevision(db: Database, type: RecordType, id: number) {
  const [row] = await db
    .select({ actorName: revisions.actorName, createdAt: revisions.createdAt })
    .from(revisions)
    .where(and(eq(revisions.recordType, type), eq(revisions.recordId, id)))
    .orderBy(desc(revisions.version))
    .limit(1);
  return row;
}
