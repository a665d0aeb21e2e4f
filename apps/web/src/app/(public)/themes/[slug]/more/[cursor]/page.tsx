import { type Metadata } from 'next';
import Link from '~/components/link';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import { loadTheme } from '~/server/api';
import { loadListPage } from '~/app/(public)/list-page';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string; cursor: string }>;
}

// The following pages of a long list: rendered on first request, then cached like the rest.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const record = await loadTheme(slug);
  return { title: `${record.title}: more commitments` };
}

export default async function MoreCommitmentsPage({ params }: Props) {
  const { slug, cursor } = await params;
  const record = await loadTheme(slug);
  const page = await loadListPage({ theme: slug }, cursor);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Briefs</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/themes/${slug}`}>{record.title}</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">More commitments</span>
      </nav>
      <h1>{record.title}: more commitments</h1>
      <CommitmentList items={page.items} />
      <MoreCommitments
        total={Object.values(record.statusCounts).reduce((a, b) => a + b, 0)}
        href={page.nextCursor && `/themes/${slug}/more/${page.nextCursor}`}
      />
    </>
  );
}
