import { type Metadata } from 'next';
import { type MeetingDetail } from '@accord/domain';
import Link from '~/components/link';
import { CommitmentList } from '~/components/commitment-card';
import { IndexPage } from '~/components/index-page';
import { LanguageSwitch } from '~/components/language-switch';
import { shownText } from '~/lib/translated';
import { Markdown } from '~/components/markdown';
import { ShownName } from '~/components/shown-name';
import { MeetingAccounts, MeetingLineage } from '~/components/meeting-accounts';
import { StatusBreakdown } from '~/components/status';
import { type Locale, localeLink, translations } from '~/i18n';
import { formatDateRange } from '~/lib/format';
import { sharedMetadata } from '~/lib/share';
import { sitePathsIn } from '~/lib/site-paths';
import { listMeetings, loadMeeting } from '~/server/api';
import { loadMeetingsPage } from '~/server/list-page';

/**
 * The meetings pages, in either language: /meetings (a page at a time:
 * components/index-page.tsx) and /meetings/<slug>, /ja/meetings and /ja/meetings/<slug>. The routes only choose the language. A meeting's title, place, summary
 * and context are shown in Japanese where translated (shownText), else in English, marked so;
 * other meetings' titles and the participants' names are English, marked so.
 */

export async function meetingSlugParams(): Promise<{ slug: string }[]> {
  const meetings = await listMeetings();
  return meetings.map((m) => ({ slug: m.slug }));
}

export async function meetingMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const m = await loadMeeting(slug);
  return sharedMetadata({
    path: `/meetings/${slug}`,
    locale,
    title: shownText(locale, m, 'title').text,
    description: shownText(locale, m, 'summary').text,
  });
}

/** A page of /meetings (the first when `cursor` is null), most recent first. */
export async function MeetingsIndex({
  locale,
  cursor = null,
}: {
  locale: Locale;
  cursor?: string | null;
}) {
  const home = translations(locale, 'home');
  const page = await loadMeetingsPage(cursor);
  return (
    <IndexPage index="meetings" locale={locale} cursor={cursor} page={page}>
      <ul className="commitment-list">
        {page.items.map((m) => {
          const title = shownText(locale, m, 'title');
          const place = shownText(locale, m, 'place');
          const summary = shownText(locale, m, 'summary');
          return (
            <li key={m.slug} className="card">
              <h2 className="card-title" lang={title.lang}>
                <Link {...localeLink(`/meetings/${m.slug}`, locale)}>{title.text}</Link>
              </h2>
              <p className="meta">
                {formatDateRange(m.startsOn, m.endsOn, locale)} ·{' '}
                <span lang={place.lang}>{place.text}</span> ·{' '}
                {home('commitments', { count: m.commitmentCount })}
              </p>
              <p lang={summary.lang}>{summary.text}</p>
            </li>
          );
        })}
      </ul>
    </IndexPage>
  );
}

export async function MeetingView({ slug, locale }: { slug: string; locale: Locale }) {
  const t = translations(locale, 'meetings');
  const brief = translations(locale, 'brief');
  const m = await loadMeeting(slug);
  const title = shownText(locale, m, 'title');
  const place = shownText(locale, m, 'place');
  const summary = shownText(locale, m, 'summary');
  const context = shownText(locale, m, 'context');
  const shown = [title, place, summary, ...(m.context.trim() ? [context] : [])];
  const site = translations(locale, 'site');
  return (
    <>
      <LanguageSwitch englishPath={`/meetings/${slug}`} locale={locale} />
      <h1 lang={title.lang}>{title.text}</h1>
      <p className="meta">
        {formatDateRange(m.startsOn, m.endsOn, locale)} ·{' '}
        <span lang={place.lang}>{place.text}</span>
        {m.parent && (
          <>
            {' '}
            ·{' '}
            {t.rich('alongside', {
              link: () =>
                m.parent && (
                  <ShownName
                    shown={shownText(locale, m.parent, 'title')}
                    path={`/meetings/${m.parent.slug}`}
                    locale={locale}
                  />
                ),
            })}
          </>
        )}
      </p>
      <p className="lede" lang={summary.lang}>
        {summary.text}
      </p>
      {shown.some((x) => x.lang) && <p className="meta">{site('untranslated')}</p>}
      {shown.some((x) => x.stale) && (
        <p className="meta translation-stale">{site('olderTranslation')}</p>
      )}
      {m.participants.length > 0 && (
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">{t('participants')}</h2>
          <ul>
            {m.participants.map((p) => (
              <li key={`${p.party.slug}-${p.name}`}>
                <ShownPerson participant={p} locale={locale} />
                {locale === 'en' ? ', ' : '、'}
                <ShownName
                  shown={shownText(locale, p.party, 'name')}
                  path={`/parties/${p.party.slug}`}
                  locale={locale}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.context && (
        <section aria-labelledby="context-heading">
          <h2 id="context-heading">{t('context')}</h2>
          <div lang={context.lang}>
            <Markdown>{context.text}</Markdown>
          </div>
        </section>
      )}
      {m.children.length > 0 && (
        <section aria-labelledby="side-heading">
          <h2 id="side-heading">{t('heldAlongside')}</h2>
          <ul>
            {m.children.map((child) => (
              <li key={child.slug}>
                <ShownName
                  shown={shownText(locale, child, 'title')}
                  path={`/meetings/${child.slug}`}
                  locale={locale}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {m.accounts.length > 0 && <MeetingAccounts accounts={m.accounts} locale={locale} />}
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{brief('commitments', { count: m.commitments.length })}</h2>
        {m.commitments.length > 0 && (
          <StatusBreakdown counts={m.statusCounts} label={t('statusOf', { title: title.text })} />
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

/**
 * A participant as the page's language shows them: "Fumio Kishida, Prime Minister" in
 * English, 「岸田文雄首相」 in Japanese (the office after the name, as the press writes it),
 * each part in English marked lang="en" where it has no translation.
 */
function ShownPerson({
  participant: p,
  locale,
}: {
  participant: MeetingDetail['participants'][number];
  locale: Locale;
}) {
  const name = shownText(locale, p, 'name');
  const office = shownText(locale, p, 'office');
  if (locale === 'en') return <>{`${p.name}, ${p.office}`}</>;
  return (
    <>
      <span lang={name.lang}>{name.text}</span>
      {name.lang || office.lang ? ' ' : ''}
      <span lang={office.lang}>{office.text}</span>
    </>
  );
}
