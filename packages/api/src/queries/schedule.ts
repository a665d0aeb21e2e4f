import { commitments, type Database, users } from '@accord/db';
import { and, asc, eq, isNotNull, lte, or, gt, isNull, sql } from 'drizzle-orm';

/** A commitment whose scheduled publish or unpublish has come, as the scheduler acts on it. */
export interface DueSchedule {
  id: number;
  version: number;
  kind: 'publish' | 'unpublish';
  /** Who scheduled it: the publish is saved in their name. */
  byId: string | null;
  byName: string | null;
}

/**
 * Commitments whose time has come, by the database's clock, oldest first: publishes of
 * records still in review (not those whose unpublish time has also passed: their window is
 * over, so they are never shown), then unpublishes of published ones.
 */
export async function dueSchedules(db: Database, limit: number): Promise<DueSchedule[]> {
  const columns = {
    id: commitments.id,
    version: commitments.version,
    byId: commitments.scheduledBy,
    byName: users.name,
  };
  const publishes = await db
    .select(columns)
    .from(commitments)
    .leftJoin(users, eq(users.id, commitments.scheduledBy))
    .where(
      and(
        isNotNull(commitments.publishAt),
        lte(commitments.publishAt, sql`now()`),
        eq(commitments.editorialState, 'review'),
        or(isNull(commitments.unpublishAt), gt(commitments.unpublishAt, sql`now()`)),
      ),
    )
    .orderBy(asc(commitments.publishAt), asc(commitments.id))
    .limit(limit);
  const unpublishes = await db
    .select(columns)
    .from(commitments)
    .leftJoin(users, eq(users.id, commitments.scheduledBy))
    .where(
      and(
        isNotNull(commitments.unpublishAt),
        lte(commitments.unpublishAt, sql`now()`),
        eq(commitments.editorialState, 'published'),
      ),
    )
    .orderBy(asc(commitments.unpublishAt), asc(commitments.id))
    .limit(limit);
  return [
    ...publishes.map((r) => ({ ...r, kind: 'publish' as const })),
    ...unpublishes.map((r) => ({ ...r, kind: 'unpublish' as const })),
  ];
}
