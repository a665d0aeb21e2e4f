import { indexMetadata } from '~/components/index-page';
import { MeetingsIndex } from '~/components/pages/meetings';

export const revalidate = 3600;

export const metadata = indexMetadata('meetings', 'en');

/** /meetings: the first page of the meetings index, in English (components/pages/meetings.tsx). */
export default function Page() {
  return <MeetingsIndex locale="en" />;
}
