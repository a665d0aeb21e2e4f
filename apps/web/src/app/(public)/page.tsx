import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import Link from '~/components/link';
import { StatusBreakdown } from '~/components/status';
import { LanguageSwitch } from '~/components/language-switch';
import { formatDateRange, plural } from '~/lib/format';
import { listThemes, loadMainMeeting } from '~/server/api';

export const revalidate = 3600;

const HOME_TITLE = 'Accord — summit commitments, tracked';

export const metadata: Metadata = {
  ...sharedMetadata({
    path: '/',
    title: HOME_TITLE,
    description:
      'What leaders promised at summits, who said so, who reported it, and whether it happened.',
  }),
  // The site's name is the whole title here: no "— Accord" after it.
  title: { absolute: HOME_TITLE },
};

export default async function HomePage() {
  const [themes, meeting] = await Promise.all([listThemes(), loadMainMeeting()]);
  const total = themes.reduce((sum, t) => sum + t.commitmentCount, 0);
  return (
    <>
      <LanguageSwitch englishPath="/" locale="en" />
      <section aria-labelledby="meeting-heading" className="hero">
        <p className="eyebrow">Summit commitments, tracked</p>
        {meeting ? (
          <>
            <h1 id="meeting-heading">{meeting.title}</h1>
            <p className="meta">
              {formatDateRange(meeting.startsOn, meeting.endsOn)} · {meeting.place} ·{' '}
              {plural(meeting.commitmentCount, 'commitment')}
            </p>
            <p className="lede">{meeting.summary}</p>
            <p>
              <Link href={`/meetings/${meeting.slug}`}>About the meeting and its context</Link>
            </p>
          </>
        ) : (
          <h1 id="meeting-heading">Accord</h1>
        )}
      </section>
      <section aria-labelledby="briefs-heading">
        <h2 id="briefs-heading">Briefs by theme</h2>
        <p>
          {plural(total, 'published commitment')} in {plural(themes.length, 'theme')}. Each brief
          explains what was promised, in whose words, and how far it has got.
        </p>
        <ul className="theme-grid">
          {themes.map((theme) => (
            <li key={theme.slug} className="card theme-card">
              <h3 className="card-title">
                <Link href={`/themes/${theme.slug}`}>{theme.title}</Link>
              </h3>
              <p>{theme.summary}</p>
              <p className="count">{plural(theme.commitmentCount, 'commitment')}</p>
              <StatusBreakdown
                counts={theme.statusCounts}
                label={`Status of ${theme.title} commitments`}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
