import { type ThemeDetail, todayIso } from '@accord/domain';
import Link from '~/components/link';
import { pageLocale, translations } from '~/i18n';
import { plural } from '~/lib/format';
import { type SitePaths } from '~/lib/site-paths';
import { shownText } from '~/lib/translated';
import { AsOfBanner, AsOfForm } from './as-of';
import { CommitmentList, MoreCommitments } from './commitment-card';
import { Markdown } from './markdown';
import { StatusBreakdown } from './status';
import { StatusChart } from './status-chart';

/** A brief's page, today or as of a past day (`paths.asOf`). */
export function ThemeBrief({ theme, paths }: { theme: ThemeDetail; paths: SitePaths }) {
  const total = Object.values(theme.statusCounts).reduce((a, b) => a + b, 0);
  const locale = pageLocale();
  if (locale !== 'en') return <ThemeBriefTranslated theme={theme} paths={paths} total={total} />;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Briefs</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{theme.title}</span>
      </nav>
      {paths.asOf && <AsOfBanner asOf={paths.asOf} todayPath={`/themes/${theme.slug}`} />}
      <h1>{theme.title}</h1>
      <p className="lede">{theme.summary}</p>
      <section aria-labelledby="brief-heading">
        <h2 id="brief-heading">The brief</h2>
        {/* The narrative has no dated copies: an as-of page says it is today's text. */}
        {paths.asOf && <p className="meta">The editors&apos; text as it reads today.</p>}
        <Markdown>{theme.brief}</Markdown>
      </section>
      <section aria-labelledby="over-time-heading">
        <h2 id="over-time-heading">Statuses over time</h2>
        <StatusChart
          id="theme-statuses"
          title={`Statuses of ${theme.title} commitments over time`}
          points={theme.timeline}
          now={paths.asOf ?? todayIso()}
        />
        <AsOfForm kind="themes" slug={theme.slug} from={theme.timeline[0]?.on} value={paths.asOf} />
      </section>
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{plural(total, 'commitment')}</h2>
        <StatusBreakdown
          counts={theme.statusCounts}
          label={`Status of ${theme.title} commitments`}
        />
        <CommitmentList items={theme.commitments} paths={paths} />
        <MoreCommitments
          total={total}
          href={theme.nextCursor && paths.themeMore(theme.slug, theme.nextCursor)}
        />
      </section>
    </>
  );
}

/**
 * A brief in another language, today or as of a past day. The UI is translated; the record's
 * own text (title, summary, the brief) is its translation when it has one (with a note when
 * the English changed since), else the English, marked lang="en" with a notice.
 */
function ThemeBriefTranslated({
  theme,
  paths,
  total,
}: {
  theme: ThemeDetail;
  paths: SitePaths;
  total: number;
}) {
  const locale = pageLocale();
  const site = translations(locale, 'site');
  const t = translations(locale, 'brief');
  const title = shownText(locale, theme, 'title');
  const summary = shownText(locale, theme, 'summary');
  const brief = shownText(locale, theme, 'brief');
  const shown = [title, summary, ...(theme.brief.trim() ? [brief] : [])];
  return (
    <>
      <nav aria-label={site('breadcrumb')} className="breadcrumb">
        <Link href={`/${locale}`}>{site('briefs')}</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page" lang={title.lang}>
          {title.text}
        </span>
      </nav>
      {paths.asOf && (
        <AsOfBanner asOf={paths.asOf} todayPath={`/themes/${theme.slug}`} locale={locale} />
      )}
      <h1 lang={title.lang}>{title.text}</h1>
      <p className="lede" lang={summary.lang}>
        {summary.text}
      </p>
      {shown.some((x) => !x.translated) && <p className="meta">{site('untranslated')}</p>}
      {shown.some((x) => x.stale) && (
        <p className="meta translation-stale">{site('olderTranslation')}</p>
      )}
      <section aria-labelledby="brief-heading">
        <h2 id="brief-heading">{t('theBrief')}</h2>
        {/* The narrative has no dated copies: an as-of page says it is today's text. */}
        {paths.asOf && <p className="meta">{t('todaysText')}</p>}
        <div lang={brief.lang}>
          <Markdown>{brief.text}</Markdown>
        </div>
      </section>
      <section aria-labelledby="over-time-heading">
        <h2 id="over-time-heading">{t('overTime')}</h2>
        <StatusChart
          id="theme-statuses"
          title={translations(locale, 'chart')('overTimeTitle', { title: title.text })}
          points={theme.timeline}
          now={paths.asOf ?? todayIso()}
          locale={locale}
        />
        <AsOfForm
          kind="themes"
          slug={theme.slug}
          from={theme.timeline[0]?.on}
          value={paths.asOf}
          locale={locale}
        />
      </section>
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{t('commitments', { count: total })}</h2>
        <StatusBreakdown counts={theme.statusCounts} label={t('statusOf', { title: title.text })} />
        <CommitmentList items={theme.commitments} paths={paths} />
        <MoreCommitments
          total={total}
          href={theme.nextCursor && paths.themeMore(theme.slug, theme.nextCursor)}
        />
      </section>
    </>
  );
}
