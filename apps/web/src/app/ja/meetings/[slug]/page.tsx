import { type Metadata } from 'next';
import { MeetingView, meetingMetadata, meetingSlugParams } from '~/components/pages/meetings';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return meetingSlugParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return meetingMetadata((await params).slug, 'ja');
}

/** One meeting, in Japanese (components/pages/meetings.tsx). */
export default async function Page({ params }: Props) {
  setPageLocale('ja');
  return <MeetingView slug={(await params).slug} locale="ja" />;
}
