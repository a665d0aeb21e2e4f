import { decodeCursor, encodeCursor } from '@accord/domain';

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
