import { type Metadata } from 'next';
import { MeetingView, meetingMetadata, meetingSlugParams } from '~/components/pages/meetings';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return meetingSlugParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return meetingMetadata((await params).slug, 'en');
}

/** One meeting, in English (components/pages/meetings.tsx). */
export default async function Page({ params }: Props) {
  return <MeetingView slug={(await params).slug} locale="en" />;
}
