/** A page of a cursor-paginated list, as `commitment.list` answers. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every page of a list, following `nextCursor` until the last one:
 *
 *   for await (const page of allPages((cursor) =>
 *     client.commitment.list.query({ theme: 'chips', cursor, limit: 100 }))) { ... }
 */
export async function* allPages<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  firstCursor: string | null = null,
): AsyncGenerator<Page<T>, void, undefined> {
  let cursor = firstCursor;
  const seen = new Set<string>();
  do {
    const page = await fetchPage(cursor);
    yield page;
    cursor = page.nextCursor;
    // A server that hands back a cursor twice would otherwise loop for ever.
    if (cursor !== null) {
      if (seen.has(cursor)) throw new Error(`The API returned the cursor ${cursor} twice`);
      seen.add(cursor);
    }
  } while (cursor !== null);
}

/** Every item of a list, across all its pages. */
export async function* allItems<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  for await (const page of allPages(fetchPage)) yield* page.items;
}

/** Every item of a list in one array (for the short catalogue lists: themes, parties ...). */
export async function collectAll<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  for await (const item of allItems(fetchPage)) items.push(item);
  return items;
}
