import { type MeetingSummary } from '@accord/domain';
import { type Metadata } from 'next';
import Link from '~/components/link';
import { LanguageSwitch } from '~/components/language-switch';
import { StatusBreakdown } from '~/components/status';
import { setPageLocale, translations } from '~/i18n';
import { formatDateRange } from '~/lib/format';
import { sharedMetadata } from '~/lib/share';
import { shownText } from '~/lib/translated';
import { listThemes, loadMainMeeting } from '~/server/api';

export const revalidate = 3600;

const HOME_TITLE = 'Accord — 首脳会談の合意を追跡';

export const metadata: Metadata = {
  ...sharedMetadata({
    path: '/',
    locale: 'ja',
    title: HOME_TITLE,
    description: '首脳会談で何が約束され、誰が述べ、誰が報じ、実現したかどうかを追跡します。',
  }),
  title: { absolute: HOME_TITLE },
};

/**
 * The home page in Japanese: the UI translated; the meeting and the themes in their Japanese
 * translation when they have one, else in English (lang="en").
 */
export default async function JapaneseHomePage() {
  setPageLocale('ja');
  const t = translations('ja', 'home');
  const [themes, meeting] = await Promise.all([listThemes(), loadMainMeeting()]);
  const total = themes.reduce((sum, theme) => sum + theme.commitmentCount, 0);
  return (
    <>
      <LanguageSwitch englishPath="/" locale="ja" />
      <section aria-labelledby="meeting-heading" className="hero">
        <p className="eyebrow">{t('eyebrow')}</p>
        {meeting ? <MeetingHero meeting={meeting} /> : <h1 id="meeting-heading">Accord</h1>}
      </section>
      <section aria-labelledby="briefs-heading">
        <h2 id="briefs-heading">{t('briefsByTheme')}</h2>
        <p>{t('intro', { total, themes: themes.length })}</p>
        <ul className="theme-grid">
          {themes.map((theme) => {
            // The theme's own translation when it has one, else its English (lang="en").
            const title = shownText('ja', theme, 'title');
            const summary = shownText('ja', theme, 'summary');
            return (
              <li key={theme.slug} className="card theme-card">
                <h3 className="card-title" lang={title.lang}>
                  <Link href={`/ja/themes/${theme.slug}`}>{title.text}</Link>
                </h3>
                <p lang={summary.lang}>{summary.text}</p>
                <p className="count">{t('commitments', { count: theme.commitmentCount })}</p>
                <StatusBreakdown
                  counts={theme.statusCounts}
                  label={translations('ja', 'brief')('statusOf', { title: title.text })}
                />
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

/** The meeting the site tracks, in its Japanese translation where it has one. */
function MeetingHero({ meeting }: { meeting: MeetingSummary }) {
  const t = translations('ja', 'home');
  const title = shownText('ja', meeting, 'title');
  const place = shownText('ja', meeting, 'place');
  const summary = shownText('ja', meeting, 'summary');
  return (
    <>
      <h1 id="meeting-heading" lang={title.lang}>
        {title.text}
      </h1>
      <p className="meta">
        {formatDateRange(meeting.startsOn, meeting.endsOn, 'ja')} ·{' '}
        <span lang={place.lang}>{place.text}</span> ·{' '}
        {t('commitments', { count: meeting.commitmentCount })}
      </p>
      <p className="lede" lang={summary.lang}>
        {summary.text}
      </p>
      <p>
        <Link href={`/ja/meetings/${meeting.slug}`}>{t('aboutMeeting')}</Link>
      </p>
    </>
  );
}
