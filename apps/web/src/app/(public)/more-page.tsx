import { type Metadata } from 'next';
import { AS_OF_ROBOTS, asOfDateOrNotFound } from '~/app/(public)/as-of/as-of-page';
import { loadListPage } from '~/app/(public)/list-page';
import { AsOfBanner } from '~/components/as-of';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import Link from '~/components/link';
import { formatDate } from '~/lib/format';
import { sitePaths } from '~/lib/site-paths';
import { loadParty, loadTheme } from '~/server/api';

/**
 * The following pages of a long list of commitments (`…/more/<cursor>`): a brief's, a
 * party's, and a brief's as of a past day. One page for all three; each route file names its
 * kind. Rendered on first request and cached like the rest (each route file says so: Next
 * reads `revalidate` and `generateStaticParams` from the route file itself).
 */
export interface MoreProps {
  params: Promise<{ slug: string; cursor: string; date?: string }>;
}

type Kind = 'theme' | 'party';

/** What a continuation page shows of its record, and where its parent pages are. */
async function recordOf(kind: Kind, slug: string, date: string | undefined) {
  const asOf = date === undefined ? null : asOfDateOrNotFound(date);
  const paths = sitePaths(asOf);
  if (kind === 'party') {
    const party = await loadParty(slug);
    return {
      asOf,
      paths,
      name: party.name,
      total: party.commitmentCount,
      index: { href: '/parties', label: 'Parties' },
      own: `/parties/${slug}`,
      more: (cursor: string) => `/parties/${slug}/more/${cursor}`,
    };
  }
  const theme = await loadTheme(slug, asOf);
  return {
    asOf,
    paths,
    name: theme.title,
    total: Object.values(theme.statusCounts).reduce((a, b) => a + b, 0),
    index: { href: '/', label: 'Briefs' },
    own: paths.theme(slug),
    more: (cursor: string) => paths.themeMore(slug, cursor),
  };
}

export function moreMetadata(kind: Kind) {
  return async function generateMetadata({ params }: MoreProps): Promise<Metadata> {
    const { slug, date } = await params;
    const record = await recordOf(kind, slug, date);
    if (record.asOf === null) return { title: `${record.name}: more commitments` };
    return {
      title: `${record.name}: more commitments, as of ${formatDate(record.asOf)}`,
      robots: AS_OF_ROBOTS,
    };
  };
}

export function morePage(kind: Kind) {
  return async function MoreCommitmentsPage({ params }: MoreProps) {
    const { slug, cursor, date } = await params;
    const record = await recordOf(kind, slug, date);
    const filter = kind === 'party' ? { party: slug } : { theme: slug };
    const page = await loadListPage(
      record.asOf === null ? filter : { ...filter, asOf: record.asOf },
      cursor,
    );
    return (
      <>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link href={record.index.href}>{record.index.label}</Link>{' '}
          <span aria-hidden="true">›</span> <Link href={record.own}>{record.name}</Link>{' '}
          <span aria-hidden="true">›</span> <span aria-current="page">More commitments</span>
        </nav>
        {record.asOf !== null && <AsOfBanner asOf={record.asOf} todayHref={`/themes/${slug}`} />}
        <h1>{record.name}: more commitments</h1>
        <CommitmentList items={page.items} paths={record.paths} />
        <MoreCommitments
          total={record.total}
          href={page.nextCursor && record.more(page.nextCursor)}
        />
      </>
    );
  };
}
