import 'server-only';
import {
  type CommitmentPage,
  decodeCursor,
  DETAIL_PAGE_SIZE,
  encodeCursor,
  type IsoDate,
} from '@accord/domain';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { api, orNotFound } from '~/server/api';

/** A page as every list of the API answers it. */
export interface Paged {
  items: unknown[];
  nextCursor: string | null;
}

/**
 * A long list the site shows a page at a time: how to read a page of it, and what its
 * cursors count (packages/api: queries/commitments.ts and queries/pages.ts).
 * - `keyset`: the id of the last item before the page (a brief's or a party's commitments);
 * - `offset`: how many items come before the page (the meetings, parties and sources indexes).
 */
export interface PagedList<P extends Paged> {
  read: (input: { cursor: string | null; limit: number }) => Promise<P>;
  paging: 'keyset' | 'offset';
}

/**
 * The page of a long list that follows `cursor` (DETAIL_PAGE_SIZE items), or the 404 page:
 * the one check of every `…/more/<cursor>` page (briefs, parties, the indexes; dated or not).
 *
 * Every such page is cached once rendered, so only cursors the list itself hands out are
 * served. Anything else is a 404, which the page cache does not keep (isr-cache.mjs; the
 * pages that remain are kept in memory only):
 * - malformed, or another encoding of the same position;
 * - of a keyset list: a position that is no item of the list, or its last item (nothing
 *   follows it);
 * - of an offset list: a position that is not a whole number of pages (the site's pages of it
 *   start at multiples of DETAIL_PAGE_SIZE, so no link leads there), or at or past its end.
 */
export async function loadListPage<P extends Paged>(
  list: PagedList<P>,
  cursor: string,
): Promise<P> {
  const position = decodeCursor(cursor);
  if (position === null || encodeCursor(position) !== cursor) notFound();
  if (list.paging === 'offset') {
    if (position % DETAIL_PAGE_SIZE !== 0) notFound();
    // Items at the position: the page before it handed this cursor out.
    const page = await orNotFound(list.read({ cursor, limit: DETAIL_PAGE_SIZE }));
    if (page.items.length === 0) notFound();
    return page;
  }
  // The first item at or after the position, and whether more follow: the cursor is one the
  // list hands out exactly when that item is at the position and is not the last.
  const probe = await orNotFound(
    list.read({ cursor: position > 1 ? encodeCursor(position - 1) : null, limit: 1 }),
  );
  if (probe.nextCursor !== cursor) notFound();
  return orNotFound(list.read({ cursor, limit: DETAIL_PAGE_SIZE }));
}

/** A brief's or a party's commitments (as of a past day, with `asOf`), as a PagedList. */
export function commitmentList(
  filter: ({ theme: string } | { party: string }) & { asOf?: IsoDate },
): PagedList<CommitmentPage> {
  return {
    paging: 'keyset',
    read: async (input) => (await api()).commitment.list({ ...filter, ...input }),
  };
}

/** A page of a catalog list as the API answers it: it also says how long the list is. */
interface CatalogPaged extends Paged {
  total: number;
}

/**
 * A page of one of the site's indexes (/meetings, /parties, /sources): the first page at the
 * index's own address (`cursor` null), a later one at `/<index>/more/<cursor>`, or the 404
 * page; with where it sits among the index's pages.
 */
export type IndexListPage<P extends CatalogPaged> = P & {
  /** Which page it is, from 1. */
  number: number;
  /** How many pages the index has (1 when it is empty). */
  pages: number;
};

export async function indexPage<P extends CatalogPaged>(
  read: PagedList<P>['read'],
  cursor: string | null,
): Promise<IndexListPage<P>> {
  const page =
    cursor === null
      ? await read({ cursor: null, limit: DETAIL_PAGE_SIZE })
      : await loadListPage({ read, paging: 'offset' }, cursor);
  // loadListPage served the cursor: it counts the items before the page, a whole number of pages.
  const before = cursor === null ? 0 : (decodeCursor(cursor) ?? 0);
  return {
    ...page,
    number: before / DETAIL_PAGE_SIZE + 1,
    pages: Math.max(1, Math.ceil(page.total / DETAIL_PAGE_SIZE)),
  };
}

// One read per page per render, shared by generateMetadata and the page.
export const loadMeetingsPage = cache(async (cursor: string | null) =>
  indexPage(async (input) => (await api()).meeting.list(input), cursor),
);
export const loadPartiesPage = cache(async (cursor: string | null) =>
  indexPage(async (input) => (await api()).party.list(input), cursor),
);
export const loadSourcesPage = cache(async (cursor: string | null) =>
  indexPage(async (input) => (await api()).source.list(input), cursor),
);
