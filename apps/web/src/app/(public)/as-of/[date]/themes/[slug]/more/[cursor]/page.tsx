import { type Metadata } from 'next';
import { AS_OF_ROBOTS, asOfDateOrNotFound } from '~/app/(public)/as-of/as-of-page';
import { loadListPage } from '~/app/(public)/list-page';
import { AsOfBanner } from '~/components/as-of';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import Link from '~/components/link';
import { formatDate } from '~/lib/format';
import { sitePaths } from '~/lib/site-paths';
import { loadTheme } from '~/server/api';

// Rendered on first visit and cached like the other public pages: see as-of-page.ts.
export const revalidate = 3600;

interface Props {
  params: Promise<{ date: string; slug: string; cursor: string }>;
}

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date, slug } = await params;
  const asOf = asOfDateOrNotFound(date);
  const record = await loadTheme(slug, asOf);
  return {
    title: `${record.title}: more commitments, as of ${formatDate(asOf)}`,
    robots: AS_OF_ROBOTS,
  };
}

export default async function MoreCommitmentsAsOfPage({ params }: Props) {
  const { date, slug, cursor } = await params;
  const asOf = asOfDateOrNotFound(date);
  const paths = sitePaths(asOf);
  const record = await loadTheme(slug, asOf);
  const page = await loadListPage({ theme: slug, asOf }, cursor);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Briefs</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={paths.theme(slug)}>{record.title}</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">More commitments</span>
      </nav>
      <AsOfBanner asOf={asOf} todayHref={`/themes/${slug}`} />
      <h1>{record.title}: more commitments</h1>
      <CommitmentList items={page.items} paths={paths} />
      <MoreCommitments
        total={Object.values(record.statusCounts).reduce((a, b) => a + b, 0)}
        href={page.nextCursor && paths.themeMore(slug, page.nextCursor)}
      />
    </>
  );
}
