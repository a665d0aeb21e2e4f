import { type IndexMoreProps, indexMoreMetadata } from '~/components/index-page';
import { MeetingsIndex } from '~/components/pages/meetings';
import { setPageLocale } from '~/i18n';

// The later pages of /ja/meetings: rendered on first request, then cached like the rest.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = indexMoreMetadata('meetings', 'ja');

/** /ja/meetings/more/<cursor>: a later page of the meetings, in Japanese (components/index-page.tsx). */
export default async function Page({ params }: IndexMoreProps) {
  setPageLocale('ja');
  return <MeetingsIndex locale="ja" cursor={(await params).cursor} />;
}
