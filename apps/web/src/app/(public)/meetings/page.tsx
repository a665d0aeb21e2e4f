import { MeetingsIndex, meetingsMetadata } from '~/components/pages/meetings';

export const revalidate = 3600;

export const metadata = meetingsMetadata('en');

/** /meetings: every meeting, in English (components/pages/meetings.tsx). */
export default function Page() {
  return <MeetingsIndex locale="en" />;
}
