import 'server-only';
import {
  type CommitmentPage,
  decodeCursor,
  DETAIL_PAGE_SIZE,
  encodeCursor,
  type IsoDate,
} from '@accord/domain';
import { notFound } from 'next/navigation';
import { api, orNotFound } from '~/server/api';

/**
 * The page of a brief's or a party's commitments that follows `cursor` (as of a past day, with
 * `asOf`), or the 404 page.
 *
 * Every such page is cached once rendered, so only cursors the list itself could hand out
 * are served: one that names a commitment of this list with more after it. Anything else
 * (malformed, another encoding of the same position, a position that is no commitment of the
 * list, past its end) is a 404, which the page cache does not keep; the pages that remain are
 * kept in memory only (isr-cache.mjs).
 */
export async function loadListPage(
  list: ({ theme: string } | { party: string }) & { asOf?: IsoDate },
  cursor: string,
): Promise<CommitmentPage> {
  const position = decodeCursor(cursor);
  if (position === null || encodeCursor(position) !== cursor) notFound();
  const caller = await api();
  // The first commitment at or after the position, and whether more follow: the cursor is one
  // the list hands out exactly when that commitment is at the position and is not the last.
  const probe = await orNotFound(
    caller.commitment.list({
      ...list,
      cursor: position > 1 ? encodeCursor(position - 1) : null,
      limit: 1,
    }),
  );
  if (probe.nextCursor !== cursor) notFound();
  return orNotFound(caller.commitment.list({ ...list, cursor, limit: DETAIL_PAGE_SIZE }));
}
