import { type Metadata } from 'next';
import { PartyView, partyMetadata, partySlugParams } from '~/components/pages/parties';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return partySlugParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return partyMetadata((await params).slug, 'ja');
}

/** One party, in Japanese (components/pages/parties.tsx). */
export default async function Page({ params }: Props) {
  setPageLocale('ja');
  return <PartyView slug={(await params).slug} locale="ja" />;
}
