import 'server-only';
import { type IsoDate } from '@accord/domain';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parseAsOfDate } from '~/lib/site-paths';

/**
 * The dated pages, `/as-of/<date>/themes/<slug>` and `/as-of/<date>/commitments/<slug>`
 * (and a long brief's later pages under them), and how they are cached.
 *
 * They cannot be prerendered at build or listed for re-rendering: any day since 2000 is a
 * page, for every brief and commitment. So, like the later pages of a long brief, each is
 * rendered on its first visit (`generateStaticParams` is empty) and then cached as ISR with
 * the same hourly `revalidate` as the other public pages, in memory only (isr-cache.mjs), so
 * that asking for many days cannot fill the disk. A publish reaches them without naming them:
 * it marks every cached page stale (the root layout's tag, edge/invalidate.ts), so a dated page
 * is re-rendered on its next visit; and a retraction, which must leave no copy of the record
 * anywhere, expires them all at once (asOfPagesToExpire in public-pages.ts).
 *
 * A date that is not a day to read as of (malformed, before 2000, in the future) is the 404
 * page, never a 500; so is a record that did not exist yet on that day.
 */
export function asOfDateOrNotFound(date: string): IsoDate {
  return parseAsOfDate(date) ?? notFound();
}

/** The dated copies are for readers who ask for them, not for search engines to collect. */
export const AS_OF_ROBOTS: Metadata['robots'] = { index: false, follow: true };
