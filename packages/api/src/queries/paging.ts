import { type AdminCursorValue, decodeAdminCursor, encodeAdminCursor } from '@accord/domain';
import { type SQL, sql, type SQLWrapper } from 'drizzle-orm';
import { badInput } from '../errors';

/**
 * Keyset paging for the admin lists: a page starts after (or before) the sort key of a row,
 * so page 500 costs what page 1 does, and rows added meanwhile shift nothing. Every list
 * sorts on a key whose last part is unique (an id or a slug), all parts in one direction.
 */

/** How a key part is cast when it comes back from a cursor. */
export type KeyKind = 'int' | 'bigint' | 'text' | 'timestamptz';

export interface Keyset {
  /** The sort key, most significant first; the last part is unique. */
  columns: { sql: SQL; kind: KeyKind }[];
  descending: boolean;
}

export interface AdminPageResult<T> {
  items: T[];
  nextCursor: string | null;
  prevCursor: string | null;
}

/** A timestamp as a cursor keeps it: to the microsecond, in UTC, so it compares exactly. */
export function timestampKey(column: SQLWrapper): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

function malformed(): never {
  throw badInput([
    {
      path: ['cursor'],
      message: 'The cursor is malformed: pass back nextCursor or prevCursor unchanged',
    },
  ]);
}

/** The cursor's key, checked against the list's key (a cursor of another list is a 400). */
function cursorOf(keyset: Keyset, cursor: string | null | undefined): AdminCursorValue | null {
  if (!cursor) return null;
  const value = decodeAdminCursor(cursor);
  if (!value || value.k.length !== keyset.columns.length) malformed();
  keyset.columns.forEach((c, i) => {
    const part = value.k[i];
    const numeric = c.kind === 'int' || c.kind === 'bigint';
    if (numeric ? typeof part !== 'number' : typeof part !== 'string') malformed();
    if (c.kind === 'timestamptz' && Number.isNaN(Date.parse(part as string))) malformed();
  });
  return value;
}

/**
 * One page of a list: `run` reads at most `limit` rows with the given extra condition and
 * order (add the list's own filters to the condition). `keyOf` gives a row's sort key in
 * the order and kinds of `keyset.columns`.
 */
export async function keysetPage<T>(
  keyset: Keyset,
  page: { cursor?: string | null; limit: number },
  run: (where: SQL | undefined, orderBy: SQL[], limit: number) => Promise<T[]>,
  keyOf: (row: T) => (string | number)[],
): Promise<AdminPageResult<T>> {
  const at = cursorOf(keyset, page.cursor);
  const backwards = at?.d === 'prev';
  // Reading backwards flips the order; the page is turned back the right way round below.
  const descending = keyset.descending !== backwards;
  const order = sql.raw(descending ? 'desc' : 'asc');
  const orderBy = keyset.columns.map((c) => sql`${c.sql} ${order}`);
  let where: SQL | undefined;
  if (at) {
    const left = sql.join(
      keyset.columns.map((c) => c.sql),
      sql`, `,
    );
    const right = sql.join(
      keyset.columns.map((c, i) => sql`${at.k[i]}::${sql.raw(c.kind)}`),
      sql`, `,
    );
    where = sql`(${left}) ${sql.raw(descending ? '<' : '>')} (${right})`;
  }
  const rows = await run(where, orderBy, page.limit + 1);
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  if (backwards) items.reverse();
  const first = items[0];
  const last = items.at(-1);
  const cursor = (d: 'next' | 'prev', row: T | undefined) =>
    row === undefined ? null : encodeAdminCursor({ d, k: keyOf(row) });
  return {
    items,
    // Forwards, a later page exists if a row was left over; backwards, we came from one.
    nextCursor: backwards || more ? cursor('next', last) : null,
    prevCursor: (backwards ? more : at !== null) ? cursor('prev', first) : null,
  };
}

/** `%words%` for ILIKE, with the pattern characters in the words taken literally. */
export function containsPattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, '\\$&')}%`;
}
