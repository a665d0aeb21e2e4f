import { type IndexMoreProps, indexMoreMetadata } from '~/components/index-page';
import { SourcesIndex } from '~/components/pages/sources';

// The later pages of /sources: rendered on first request, then cached like the rest.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = indexMoreMetadata('sources');

/** /sources/more/<cursor>: a later page of the sources, in English (components/index-page.tsx). */
export default async function Page({ params }: IndexMoreProps) {
  return <SourcesIndex locale="en" cursor={(await params).cursor} />;
}
