import { type IndexMoreProps, indexMoreMetadata } from '~/components/index-page';
import { PartiesIndex } from '~/components/pages/parties';

// The later pages of /parties: rendered on first request, then cached like the rest.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = indexMoreMetadata('parties');

/** /parties/more/<cursor>: a later page of the parties, in English (components/index-page.tsx). */
export default async function Page({ params }: IndexMoreProps) {
  return <PartiesIndex locale="en" cursor={(await params).cursor} />;
}
