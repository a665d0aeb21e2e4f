import { type Metadata } from 'next';
import Link from '~/components/link';
import { CommitmentList } from '~/components/commitment-card';
import { LanguageSwitch } from '~/components/language-switch';
import { Markdown } from '~/components/markdown';
import { MeetingAccounts, MeetingLineage } from '~/components/meeting-accounts';
import { StatusBreakdown } from '~/components/status';
import { type Locale, localeLink, translations } from '~/i18n';
import { formatDateRange } from '~/lib/format';
import { sharedMetadata } from '~/lib/share';
import { sitePathsIn } from '~/lib/site-paths';
import { listMeetings, loadMeeting } from '~/server/api';

/**
 * The meetings pages, in either language: /meetings and /meetings/<slug>, /ja/meetings and
 * /ja/meetings/<slug>. The routes only choose the language. Record text (titles, places,
 * summaries, context) has no translation yet: on a Japanese page it is English, marked so.
 */

export function meetingsMetadata(locale: Locale): Metadata {
  const t = translations(locale, 'meetings');
  return sharedMetadata({
    path: '/meetings',
    locale,
    title: t('title'),
    description: t('description'),
  });
}

export async function meetingSlugParams(): Promise<{ slug: string }[]> {
  const meetings = await listMeetings();
  return meetings.map((m) => ({ slug: m.slug }));
}

export async function meetingMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const m = await loadMeeting(slug);
  return sharedMetadata({
    path: `/meetings/${slug}`,
    locale,
    title: m.title,
    description: m.summary,
  });
}

function recordLang(locale: Locale): 'en' | undefined {
  return locale === 'en' ? undefined : 'en';
}

export async function MeetingsIndex({ locale }: { locale: Locale }) {
  const t = translations(locale, 'meetings');
  const home = translations(locale, 'home');
  const lang = recordLang(locale);
  const meetings = await listMeetings();
  return (
    <>
      <LanguageSwitch englishPath="/meetings" locale={locale} />
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <ul className="commitment-list">
        {meetings.map((m) => (
          <li key={m.slug} className="card">
            <h2 className="card-title" lang={lang}>
              <Link {...localeLink(`/meetings/${m.slug}`, locale)}>{m.title}</Link>
            </h2>
            <p className="meta">
              {formatDateRange(m.startsOn, m.endsOn, locale)} · <span lang={lang}>{m.place}</span> ·{' '}
              {home('commitments', { count: m.commitmentCount })}
            </p>
            <p lang={lang}>{m.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export async function MeetingView({ slug, locale }: { slug: string; locale: Locale }) {
  const t = translations(locale, 'meetings');
  const brief = translations(locale, 'brief');
  const lang = recordLang(locale);
  const m = await loadMeeting(slug);
  const link = (path: string) => localeLink(path, locale);
  return (
    <>
      <LanguageSwitch englishPath={`/meetings/${slug}`} locale={locale} />
      <h1 lang={lang}>{m.title}</h1>
      <p className="meta">
        {formatDateRange(m.startsOn, m.endsOn, locale)} · <span lang={lang}>{m.place}</span>
        {m.parent && (
          <>
            {' '}
            ·{' '}
            {t.rich('alongside', {
              link: () =>
                m.parent && (
                  <Link {...link(`/meetings/${m.parent.slug}`)} lang={lang}>
                    {m.parent.title}
                  </Link>
                ),
            })}
          </>
        )}
      </p>
      <p className="lede" lang={lang}>
        {m.summary}
      </p>
      {lang && <p className="meta">{translations(locale, 'site')('untranslated')}</p>}
      {m.participants.length > 0 && (
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">{t('participants')}</h2>
          <ul>
            {m.participants.map((p) => (
              <li key={`${p.party.slug}-${p.name}`} lang={lang}>
                {p.name}, {p.office},{' '}
                <Link {...link(`/parties/${p.party.slug}`)}>{p.party.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.context && (
        <section aria-labelledby="context-heading">
          <h2 id="context-heading">{t('context')}</h2>
          <div lang={lang}>
            <Markdown>{m.context}</Markdown>
          </div>
        </section>
      )}
      {m.children.length > 0 && (
        <section aria-labelledby="side-heading">
          <h2 id="side-heading">{t('heldAlongside')}</h2>
          <ul>
            {m.children.map((child) => (
              <li key={child.slug} lang={lang}>
                <Link {...link(`/meetings/${child.slug}`)}>{child.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.accounts.length > 0 && <MeetingAccounts accounts={m.accounts} locale={locale} />}
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{brief('commitments', { count: m.commitments.length })}</h2>
        {m.commitments.length > 0 && (
          <StatusBreakdown counts={m.statusCounts} label={t('statusOf', { title: m.title })} />
        )}
        {m.commitments.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <CommitmentList items={m.commitments} paths={sitePathsIn(locale)} />
        )}
      </section>
      <MeetingLineage lineage={m.lineage} locale={locale} />
    </>
  );
}
