import { MeetingsIndex, meetingsMetadata } from '~/components/pages/meetings';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

export const metadata = meetingsMetadata('ja');

/** /ja/meetings: every meeting, in Japanese (components/pages/meetings.tsx). */
export default function Page() {
  setPageLocale('ja');
  return <MeetingsIndex locale="ja" />;
}
