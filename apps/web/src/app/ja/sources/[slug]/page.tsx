import { type Metadata } from 'next';
import { SourceView, sourceMetadata, sourceSlugParams } from '~/components/pages/sources';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return sourceSlugParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourceMetadata((await params).slug, 'ja');
}

/** One source, in Japanese (components/pages/sources.tsx). */
export default async function Page({ params }: Props) {
  setPageLocale('ja');
  return <SourceView slug={(await params).slug} locale="ja" />;
}
