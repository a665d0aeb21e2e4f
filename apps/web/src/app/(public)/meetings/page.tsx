import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import Link from '~/components/link';
import { formatDateRange, plural } from '~/lib/format';
import { listMeetings } from '~/server/api';

export const revalidate = 3600;

export const metadata: Metadata = sharedMetadata({
  path: '/meetings',
  title: 'Meetings',
  description: 'The summits and meetings whose commitments Accord tracks.',
});

export default async function MeetingsPage() {
  const meetings = await listMeetings();
  return (
    <>
      <h1>Meetings</h1>
      <p className="lede">The summits and talks whose commitments we track, most recent first.</p>
      <ul className="commitment-list">
        {meetings.map((m) => (
          <li key={m.slug} className="card">
            <h2 className="card-title">
              <Link href={`/meetings/${m.slug}`}>{m.title}</Link>
            </h2>
            <p className="meta">
              {formatDateRange(m.startsOn, m.endsOn)} · {m.place} ·{' '}
              {plural(m.commitmentCount, 'commitment')}
            </p>
            <p>{m.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
