import { auditLog, type Database } from '@accord/db';
import { and, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { containsPattern, keysetPage } from './paging';

/** A page of the audit log, newest first, by words of the action, summary or actor. */
export async function auditPage(
  db: Database,
  page: { q?: string; cursor?: string | null; limit: number },
) {
  const pattern = page.q ? containsPattern(page.q) : undefined;
  const words = pattern
    ? or(
        ilike(auditLog.action, pattern),
        ilike(auditLog.summary, pattern),
        ilike(auditLog.actorName, pattern),
      )
    : undefined;
  const result = await keysetPage(
    { columns: [{ sql: sql`${auditLog.id}`, kind: 'bigint' }], descending: true },
    page,
    (where, orderBy, limit) =>
      db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          actorName: auditLog.actorName,
          action: auditLog.action,
          recordType: auditLog.recordType,
          recordId: auditLog.recordId,
          summary: auditLog.summary,
          before: auditLog.before,
          after: auditLog.after,
          note: auditLog.note,
        })
        .from(auditLog)
        .where(and(where, words))
        .orderBy(...orderBy)
        .limit(limit),
    (r) => [r.id],
  );
  return { ...result, items: result.items.map((r) => ({ ...r, at: r.at.toISOString() })) };
}

/** The audit actions of the moves that take a note: a submit and a return to draft. */
const NOTED_MOVES = ['commitment.submit', 'commitment.return'];

/**
 * The note given with a record's newest submit or return to draft, or null (that move had no
 * note, or there was none): what its author reads on the edit page ("Returned by Ada: needs a
 * source for the date"). An older note is not shown once a newer move went without one.
 */
export async function lastWorkflowNote(db: Database, recordType: string, recordId: number) {
  const [row] = await db
    .select({
      action: auditLog.action,
      by: auditLog.actorName,
      at: auditLog.at,
      note: auditLog.note,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.recordType, recordType),
        eq(auditLog.recordId, String(recordId)),
        inArray(auditLog.action, NOTED_MOVES),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row?.note ? { ...row, at: row.at.toISOString(), note: row.note } : null;
}
