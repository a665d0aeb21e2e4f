import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import Link from '~/components/link';
import { CommitmentList } from '~/components/commitment-card';
import { Markdown } from '~/components/markdown';
import { MeetingAccounts, MeetingLineage } from '~/components/meeting-accounts';
import { StatusBreakdown } from '~/components/status';
import { formatDateRange, plural } from '~/lib/format';
import { listMeetings, loadMeeting } from '~/server/api';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateStaticParams() {
  const meetings = await listMeetings();
  return meetings.map((m) => ({ slug: m.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const m = await loadMeeting(slug);
  return sharedMetadata({ path: `/meetings/${slug}`, title: m.title, description: m.summary });
}

export default async function MeetingPage({ params }: Props) {
  const { slug } = await params;
  const m = await loadMeeting(slug);
  return (
    <>
      <h1>{m.title}</h1>
      <p className="meta">
        {formatDateRange(m.startsOn, m.endsOn)} · {m.place}
        {m.parent && (
          <>
            {' '}
            · held alongside the <Link href={`/meetings/${m.parent.slug}`}>{m.parent.title}</Link>
          </>
        )}
      </p>
      <p className="lede">{m.summary}</p>
      {m.participants.length > 0 && (
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">Participants</h2>
          <ul>
            {m.participants.map((p) => (
              <li key={`${p.party.slug}-${p.name}`}>
                {p.name}, {p.office}, <Link href={`/parties/${p.party.slug}`}>{p.party.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.context && (
        <section aria-labelledby="context-heading">
          <h2 id="context-heading">Context</h2>
          <Markdown>{m.context}</Markdown>
        </section>
      )}
      {m.children.length > 0 && (
        <section aria-labelledby="side-heading">
          <h2 id="side-heading">Meetings held alongside</h2>
          <ul>
            {m.children.map((child) => (
              <li key={child.slug}>
                <Link href={`/meetings/${child.slug}`}>{child.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.accounts.length > 0 && <MeetingAccounts accounts={m.accounts} />}
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{plural(m.commitments.length, 'commitment')}</h2>
        {m.commitments.length > 0 && (
          <StatusBreakdown
            counts={m.statusCounts}
            label={`Status of commitments made at ${m.title}`}
          />
        )}
        {m.commitments.length === 0 ? (
          <p>None recorded as made at this meeting.</p>
        ) : (
          <CommitmentList items={m.commitments} />
        )}
      </section>
      <MeetingLineage lineage={m.lineage} />
    </>
  );
}
