import { indexMetadata } from '~/components/index-page';
import { MeetingsIndex } from '~/components/pages/meetings';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

export const metadata = indexMetadata('meetings', 'ja');

/** /ja/meetings: the first page of the meetings index, in Japanese (components/pages/meetings.tsx). */
export default function Page() {
  setPageLocale('ja');
  return <MeetingsIndex locale="ja" />;
}
