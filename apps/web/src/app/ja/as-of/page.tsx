import { type Metadata } from 'next';
import { AsOfFormPage, asOfFormMetadata } from '~/components/pages/as-of';

export const metadata: Metadata = asOfFormMetadata('ja');

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Where the "see it as of a date" forms send their GET (components/pages/as-of.tsx). */
export default function AsOfPage({ searchParams }: Props) {
  return <AsOfFormPage searchParams={searchParams} locale="ja" />;
}
