import { DETAIL_PAGE_SIZE } from '@accord/domain';
import { type Metadata } from 'next';
import Link from '~/components/link';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import { api, loadParty, orNotFound } from '~/server/api';

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
  const record = await loadParty(slug);
  return { title: `${record.name}: more commitments` };
}

export default async function MoreCommitmentsPage({ params }: Props) {
  const { slug, cursor } = await params;
  const record = await loadParty(slug);
  const page = await orNotFound(
    (await api()).commitment.list({ party: slug, cursor, limit: DETAIL_PAGE_SIZE }),
  );
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/parties">Parties</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/parties/${slug}`}>{record.name}</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">More commitments</span>
      </nav>
      <h1>{record.name}: more commitments</h1>
      <CommitmentList items={page.items} />
      <MoreCommitments
        total={record.commitmentCount}
        href={page.nextCursor && `/parties/${slug}/more/${page.nextCursor}`}
      />
    </>
  );
}
