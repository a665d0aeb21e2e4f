import { type Metadata } from 'next';
import Link from '~/components/link';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import { loadParty } from '~/server/api';
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
  const record = await loadParty(slug);
  return { title: `${record.name}: more commitments` };
}

export default async function MoreCommitmentsPage({ params }: Props) {
  const { slug, cursor } = await params;
  const record = await loadParty(slug);
  const page = await loadListPage({ party: slug }, cursor);
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
