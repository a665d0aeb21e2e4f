import { describe, expect, it } from 'vitest';
import { allItems, allPages, type Page } from './paginate';

/** Pages of `size` over 1..total, with cursors like the API's: opaque strings. */
function pagesOf(total: number, size: number) {
  const asked: (string | null)[] = [];
  const fetchPage = (cursor: string | null): Promise<Page<number>> => {
    asked.push(cursor);
    const start = cursor === null ? 0 : Number(cursor.slice(1));
    const items = Array.from({ length: Math.min(size, total - start) }, (_, i) => start + i + 1);
    const end = start + items.length;
    return Promise.resolve({ items, nextCursor: end < total ? `p${end}` : null });
  };
  return { asked, fetchPage };
}

describe('allPages and allItems', () => {
  it('follow nextCursor until the last page, each item once', async () => {
    const { asked, fetchPage } = pagesOf(7, 3);
    const items: number[] = [];
    for await (const item of allItems(fetchPage)) items.push(item);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(asked).toEqual([null, 'p3', 'p6']);
  });

  it('start from a given cursor', async () => {
    const { fetchPage } = pagesOf(7, 3);
    const pages: number[][] = [];
    for await (const page of allPages(fetchPage, 'p3')) pages.push(page.items);
    expect(pages).toEqual([[4, 5, 6], [7]]);
  });

  it('stop with an error when the API hands back a cursor twice', async () => {
    const looping = () => Promise.resolve({ items: [1], nextCursor: 'same' });
    const run = async () => {
      for await (const _ of allItems(looping)) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow(/cursor same twice/);
  });
});
