import { type Metadata } from 'next';
import { PartyView, partyMetadata, partySlugParams } from '~/components/pages/parties';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return partySlugParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return partyMetadata((await params).slug, 'en');
}

/** One party, in English (components/pages/parties.tsx). */
export default async function Page({ params }: Props) {
  return <PartyView slug={(await params).slug} locale="en" />;
}
