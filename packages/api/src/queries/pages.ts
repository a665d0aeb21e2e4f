import { type Database } from '@accord/db';
import { decodeCursor, encodeCursor } from '@accord/domain';
import { count } from 'drizzle-orm';
import { type PgTable } from 'drizzle-orm/pg-core';

/**
 * Paging for the small catalog lists (themes, meetings, parties, sources), which are sorted
 * by title or date rather than by id: the cursor holds how many rows come before the page.
 * Commitments, the one list that grows without bound, page by keyset instead.
 */
export function offsetOf(cursor: string | null | undefined): number {
  return cursor ? (decodeCursor(cursor) ?? 0) : 0;
}

/** A page from `limit + 1` rows read at `offset`: the extra row says whether more follow. */
export function pageFrom<T>(
  rows: T[],
  offset: number,
  limit: number,
): { items: T[]; nextCursor: string | null } {
  return {
    items: rows.slice(0, limit),
    nextCursor: rows.length > limit ? encodeCursor(offset + limit) : null,
  };
}

/**
 * How many rows a catalog table holds: its list's `total`. Every row is listed (readers see
 * every meeting, party, source and theme), so this is the length of the whole list.
 */
export async function catalogTotal(db: Database, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}
