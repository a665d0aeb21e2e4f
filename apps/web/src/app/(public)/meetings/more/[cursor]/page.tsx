import { type IndexMoreProps, indexMoreMetadata } from '~/components/index-page';
import { MeetingsIndex } from '~/components/pages/meetings';

// The later pages of /meetings: rendered on first request, then cached like the rest.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = indexMoreMetadata('meetings');

/** /meetings/more/<cursor>: a later page of the meetings, in English (components/index-page.tsx). */
export default async function Page({ params }: IndexMoreProps) {
  return <MeetingsIndex locale="en" cursor={(await params).cursor} />;
}
