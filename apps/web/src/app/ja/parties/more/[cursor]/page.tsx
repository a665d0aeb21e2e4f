import { type IndexMoreProps, indexMoreMetadata } from '~/components/index-page';
import { PartiesIndex } from '~/components/pages/parties';
import { setPageLocale } from '~/i18n';

// The later pages of /ja/parties: rendered on first request, then cached like the rest.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = indexMoreMetadata('parties', 'ja');

/** /ja/parties/more/<cursor>: a later page of the parties, in Japanese (components/index-page.tsx). */
export default async function Page({ params }: IndexMoreProps) {
  setPageLocale('ja');
  return <PartiesIndex locale="ja" cursor={(await params).cursor} />;
}
