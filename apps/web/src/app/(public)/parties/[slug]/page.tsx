import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import { plural } from '~/lib/format';
import { listParties, loadParty } from '~/server/api';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateStaticParams() {
  const parties = await listParties();
  return parties.map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const p = await loadParty(slug);
  return sharedMetadata({ path: `/parties/${slug}`, title: p.name });
}

export default async function PartyPage({ params }: Props) {
  const { slug } = await params;
  const p = await loadParty(slug);
  return (
    <>
      <p className="eyebrow">Party</p>
      <h1>{p.name}</h1>
      {p.description && <p className="lede">{p.description}</p>}
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">
          {plural(p.commitmentCount, 'commitment')} involving {p.shortName}
        </h2>
        <CommitmentList items={p.commitments} />
        <MoreCommitments
          total={p.commitmentCount}
          href={p.nextCursor && `/parties/${p.slug}/more/${p.nextCursor}`}
        />
      </section>
    </>
  );
}
