import { type Metadata } from 'next';
import { SourceView, sourceMetadata, sourceSlugParams } from '~/components/pages/sources';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return sourceSlugParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourceMetadata((await params).slug, 'en');
}

/** One source, in English (components/pages/sources.tsx). */
export default async function Page({ params }: Props) {
  return <SourceView slug={(await params).slug} locale="en" />;
}
