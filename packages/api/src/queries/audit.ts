import { auditLog, type Database } from '@accord/db';
import { desc, lt } from 'drizzle-orm';

/** A page of the audit log, newest first, before the entry `before` when given. */
export async function auditPage(db: Database, before: number | undefined, limit: number) {
  const rows = await db
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
    })
    .from(auditLog)
    .where(before ? lt(auditLog.id, before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((r) => ({ ...r, at: r.at.toISOString() }));
  return {
    items,
    nextBefore: rows.length > limit ? (items.at(-1)?.id ?? null) : null,
  };
}
