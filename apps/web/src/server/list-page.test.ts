import { createCaller, createContext } from '@accord/api';
import { createTestDb } from '@accord/db/testing';
import { DETAIL_PAGE_SIZE, encodeCursor } from '@accord/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

const { indexPage, loadListPage } = await import('./list-page');

/**
 * loadListPage on the API's own lists over a seeded database: the cursors a list hands out
 * when read a page at a time are served, and nothing else is.
 */
let db: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  db = await createTestDb();
}, 600_000);
afterAll(() => db?.close());

const caller = () => createCaller(createContext({ db: db.db }));

/** What notFound() throws: Next renders the 404 page for it. */
const NOT_FOUND = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };

interface Page {
  items: { slug: string }[];
  nextCursor: string | null;
}

/** Every cursor a list hands out, read `limit` at a time from its first page. */
async function cursorsOf(read: (input: { cursor: string | null; limit: number }) => Promise<Page>) {
  const cursors: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await read({ cursor, limit: DETAIL_PAGE_SIZE });
    cursor = page.nextCursor;
    if (cursor) cursors.push(cursor);
  } while (cursor);
  return cursors;
}

describe('loadListPage of an offset list (the sources index)', () => {
  const sources = {
    paging: 'offset' as const,
    read: (input: { cursor: string | null; limit: number }) => caller().source.list(input),
  };

  it('serves each page the index links to, as the list reads it', async () => {
    const cursors = await cursorsOf(sources.read);
    // The seed has more than two pages of sources: the test needs later pages to follow.
    expect(cursors.length).toBeGreaterThanOrEqual(2);
    for (const cursor of cursors) {
      expect(await loadListPage(sources, cursor)).toEqual(
        await sources.read({ cursor, limit: DETAIL_PAGE_SIZE }),
      );
    }
  });

  it('is a 404 for any other cursor: mid-page, past the end, malformed or re-encoded', async () => {
    const { total } = await caller().source.list({ limit: 1 });
    const pastEnd = Math.ceil(total / DETAIL_PAGE_SIZE) * DETAIL_PAGE_SIZE;
    for (const cursor of [
      encodeCursor(1),
      encodeCursor(DETAIL_PAGE_SIZE - 1),
      encodeCursor(DETAIL_PAGE_SIZE + 1),
      encodeCursor(pastEnd),
      encodeCursor(pastEnd + DETAIL_PAGE_SIZE),
      'c1.MA', // position 0: the index itself
      'c1.NTB', // the bits of 50 with a different last character
      `${encodeCursor(DETAIL_PAGE_SIZE)}=`,
      'more',
      '',
    ]) {
      await expect(loadListPage(sources, cursor), cursor).rejects.toMatchObject(NOT_FOUND);
    }
  });
});

describe('indexPage (a page of /meetings, /parties or /sources)', () => {
  const read = (input: { cursor: string | null; limit: number }) => caller().source.list(input);

  it('says which page it is, of how many, and how many items the index has in all', async () => {
    const first = await indexPage(read, null);
    const pages = Math.ceil(first.total / DETAIL_PAGE_SIZE);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(first).toMatchObject({ number: 1, pages });
    expect(first.items).toHaveLength(DETAIL_PAGE_SIZE);
    const second = await indexPage(read, first.nextCursor);
    expect(second).toMatchObject({ number: 2, pages, total: first.total });
    expect(second.items[0]).toEqual((await read({ cursor: null, limit: 100 })).items[50]);
    let last = second;
    while (last.nextCursor) last = await indexPage(read, last.nextCursor);
    expect(last).toMatchObject({ number: pages, pages });
    expect(last.items).toHaveLength(first.total - (pages - 1) * DETAIL_PAGE_SIZE);
    await expect(indexPage(read, encodeCursor(7))).rejects.toMatchObject(NOT_FOUND);
  });

  it('is one page of none for an empty index', async () => {
    const empty = () => Promise.resolve({ items: [], nextCursor: null, total: 0 });
    expect(await indexPage(empty, null)).toMatchObject({ number: 1, pages: 1, total: 0 });
  });
});

/**
 * A list read one item at a time: each item's slug with the cursor that names it (the cursor
 * a page ending with it hands out), in order; the last item has none (nothing follows it).
 */
async function oneByOne(read: (input: { cursor: string | null; limit: number }) => Promise<Page>) {
  const named: [string, string | null][] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await read({ cursor, limit: 1 });
    cursor = page.nextCursor;
    named.push([page.items[0]!.slug, cursor]);
  } while (cursor);
  return named;
}

describe('loadListPage of a keyset list (a brief’s commitments)', () => {
  const brief = (theme: string) => ({
    paging: 'keyset' as const,
    read: (input: { cursor: string | null; limit: number }) =>
      caller().commitment.list({ theme, ...input }),
  });
  const chips = brief('chips');

  it('serves the page after any commitment of the list that has more after it', async () => {
    // The seed's briefs are shorter than a page: read one at a time, every cursor is one.
    const named = await oneByOne(chips.read);
    expect(named.length).toBeGreaterThan(2);
    for (const [i, [, cursor]] of named.entries()) {
      if (cursor === null) continue;
      const page = await loadListPage(chips, cursor);
      expect(page.items.map((x) => x.slug)).toEqual(named.slice(i + 1).map(([slug]) => slug));
    }
  });

  it("is a 404 for another list's commitment, the list's last one, a gap and a bad cursor", async () => {
    const chipsSlugs = new Set((await oneByOne(chips.read)).map(([slug]) => slug));
    const last = [...chipsSlugs].at(-1)!;
    // Every published commitment's cursor, from the whole list.
    const all = new Map(await oneByOne((input) => caller().commitment.list(input)));
    const elsewhere = [...all].find(([slug, c]) => c !== null && !chipsSlugs.has(slug))![1]!;
    const atLast = all.get(last);
    expect(typeof atLast, 'the last chips commitment is not the last of all').toBe('string');
    for (const c of [elsewhere, atLast!, encodeCursor(999_999), 'c1.!!!', 'c1.MA', '']) {
      await expect(loadListPage(chips, c), c).rejects.toMatchObject(NOT_FOUND);
    }
  });
});
