import { type IndexMoreProps, indexMoreMetadata } from '~/components/index-page';
import { SourcesIndex } from '~/components/pages/sources';
import { setPageLocale } from '~/i18n';

// The later pages of /ja/sources: rendered on first request, then cached like the rest.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = indexMoreMetadata('sources', 'ja');

/** /ja/sources/more/<cursor>: a later page of the sources, in Japanese (components/index-page.tsx). */
export default async function Page({ params }: IndexMoreProps) {
  setPageLocale('ja');
  return <SourcesIndex locale="ja" cursor={(await params).cursor} />;
}
