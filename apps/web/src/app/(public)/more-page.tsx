import { type Locale, localePath } from '@accord/domain';
import { type Metadata } from 'next';
import { AS_OF_ROBOTS, asOfDateOrNotFound } from '~/app/(public)/as-of/as-of-page';
import { commitmentList, loadListPage } from '~/server/list-page';
import { AsOfBanner } from '~/components/as-of';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import { LanguageSwitch } from '~/components/language-switch';
import Link from '~/components/link';
import { setPageLocale, translations } from '~/i18n';
import { formatDate } from '~/lib/format';
import { sitePaths } from '~/lib/site-paths';
import { shownText } from '~/lib/translated';
import { loadParty, loadTheme } from '~/server/api';

/**
 * The following pages of a long list of commitments (`…/more/<cursor>`): a brief's, a
 * party's, and a brief's as of a past day, in English or Japanese (`/ja/…`). One page for all
 * of them; each route file names its kind and language. Rendered on first request and cached
 * like the rest (each route file says so: Next reads `revalidate` and `generateStaticParams`
 * from the route file itself).
 */
export interface MoreProps {
  params: Promise<{ slug: string; cursor: string; date?: string }>;
}

type Kind = 'theme' | 'party';

/** What a continuation page shows of its record, and where its parent pages are. */
async function recordOf(kind: Kind, slug: string, date: string | undefined, locale: Locale) {
  const asOf = date === undefined ? null : asOfDateOrNotFound(date);
  const paths = sitePaths(asOf, locale);
  const site = translations(locale, 'site');
  if (kind === 'party') {
    const party = await loadParty(slug);
    const name = shownText(locale, party, 'name');
    return {
      asOf,
      paths,
      name: { text: name.text, lang: name.lang },
      total: party.commitmentCount,
      index: {
        href: localePath('/parties', locale),
        label: translations(locale, 'parties')('title'),
      },
      own: localePath(`/parties/${slug}`, locale),
      todayPath: `/parties/${slug}`,
      englishPath: (cursor: string) => `/parties/${slug}/more/${cursor}`,
    };
  }
  const theme = await loadTheme(slug, asOf);
  const title = shownText(locale, theme, 'title');
  const dated = asOf === null ? '' : `/as-of/${asOf}`;
  return {
    asOf,
    paths,
    name: { text: title.text, lang: title.lang },
    total: Object.values(theme.statusCounts).reduce((a, b) => a + b, 0),
    index: { href: localePath('/', locale), label: site('briefs') },
    own: paths.theme(slug),
    todayPath: `/themes/${slug}`,
    englishPath: (cursor: string) => `${dated}/themes/${slug}/more/${cursor}`,
  };
}

export function moreMetadata(kind: Kind, locale: Locale = 'en') {
  return async function generateMetadata({ params }: MoreProps): Promise<Metadata> {
    const { slug, date } = await params;
    const record = await recordOf(kind, slug, date, locale);
    const t = translations(locale, 'asOf');
    if (record.asOf === null) return { title: t('moreTitle', { name: record.name.text }) };
    return {
      title: t('moreTitleAsOf', {
        name: record.name.text,
        date: formatDate(record.asOf, locale),
      }),
      robots: AS_OF_ROBOTS,
    };
  };
}

export function morePage(kind: Kind, locale: Locale = 'en') {
  return async function MoreCommitmentsPage({ params }: MoreProps) {
    setPageLocale(locale);
    const { slug, cursor, date } = await params;
    const record = await recordOf(kind, slug, date, locale);
    const filter = kind === 'party' ? { party: slug } : { theme: slug };
    const page = await loadListPage(
      commitmentList(record.asOf === null ? filter : { ...filter, asOf: record.asOf }),
      cursor,
    );
    const site = translations(locale, 'site');
    const t = translations(locale, 'asOf');
    const more = translations(locale, 'brief')('more');
    const next = page.nextCursor && localePath(record.englishPath(page.nextCursor), locale);
    return (
      <>
        <LanguageSwitch englishPath={record.englishPath(cursor)} locale={locale} />
        <nav aria-label={site('breadcrumb')} className="breadcrumb">
          <Link href={record.index.href}>{record.index.label}</Link>{' '}
          <span aria-hidden="true">›</span>{' '}
          <Link href={record.own} lang={record.name.lang}>
            {record.name.text}
          </Link>{' '}
          <span aria-hidden="true">›</span> <span aria-current="page">{more}</span>
        </nav>
        {record.asOf !== null && (
          <AsOfBanner asOf={record.asOf} todayPath={record.todayPath} locale={locale} />
        )}
        <h1>
          {t.rich('moreHeading', {
            name: () =>
              record.name.lang ? (
                <span lang={record.name.lang}>{record.name.text}</span>
              ) : (
                record.name.text
              ),
          })}
        </h1>
        <CommitmentList items={page.items} paths={record.paths} />
        <MoreCommitments total={record.total} href={next} />
      </>
    );
  };
}
