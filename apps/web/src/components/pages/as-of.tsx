import 'server-only';
import { EARLIEST_AS_OF, type Locale, localePath } from '@accord/domain';
import { type Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AS_OF_ROBOTS, asOfDateOrNotFound } from '~/app/(public)/as-of/as-of-page';
import { AsOfForm } from '~/components/as-of';
import { CommitmentArticle } from '~/components/commitment-article';
import { LanguageSwitch } from '~/components/language-switch';
import Link from '~/components/link';
import { ThemeBrief } from '~/components/theme-brief';
import { languageAlternates, localeLink, setPageLocale, translations } from '~/i18n';
import { formatDate } from '~/lib/format';
import { readAsOfRequest } from '~/lib/as-of-request';
import { sitePaths } from '~/lib/site-paths';
import { shownText } from '~/lib/translated';
import { loadCommitment, loadTheme } from '~/server/api';

/**
 * The dated pages in either language (as-of-page.ts says how they are cached): a brief or a
 * commitment as it stood at the end of a day, `/as-of/<date>/…` and `/ja/as-of/<date>/…`; the
 * page the "see it as of a date" form sends its GET to (`/as-of`, `/ja/as-of`); and what a
 * dated address that is no page says. Each route file only chooses the language.
 */

export interface DatedProps {
  params: Promise<{ date: string; slug: string }>;
}

type DatedKind = 'commitments' | 'themes';

async function read(kind: DatedKind, params: DatedProps['params']) {
  const { date, slug } = await params;
  const asOf = asOfDateOrNotFound(date);
  if (kind === 'commitments') {
    const c = await loadCommitment(slug, asOf);
    return { asOf, slug, record: c, commitment: c, theme: null };
  }
  const theme = await loadTheme(slug, asOf);
  return { asOf, slug, record: theme, commitment: null, theme };
}

/** Title and description of a dated page, in the page's language; never indexed. */
export function datedMetadata(kind: DatedKind, locale: Locale) {
  return async function generateMetadata({ params }: DatedProps): Promise<Metadata> {
    const { asOf, slug, record } = await read(kind, params);
    const title = shownText(locale, record, 'title').text;
    return {
      title: translations(locale, 'asOf')('pageTitle', {
        title,
        date: formatDate(asOf, locale),
      }),
      description: shownText(locale, record, 'summary').text,
      robots: AS_OF_ROBOTS,
      alternates: { languages: languageAlternates(`/as-of/${asOf}/${kind}/${slug}`) },
    };
  };
}

/** A brief or a commitment as it stood at the end of a day, in `locale`. */
export function datedPage(kind: DatedKind, locale: Locale) {
  return async function DatedPage({ params }: DatedProps) {
    setPageLocale(locale);
    const { asOf, slug, commitment, theme } = await read(kind, params);
    const paths = sitePaths(asOf, locale);
    return (
      <>
        <LanguageSwitch englishPath={`/as-of/${asOf}/${kind}/${slug}`} locale={locale} />
        {commitment ? (
          <CommitmentArticle c={commitment} paths={paths} locale={locale} />
        ) : (
          <ThemeBrief theme={theme} paths={paths} />
        )}
      </>
    );
  };
}

export function asOfFormMetadata(locale: Locale): Metadata {
  return {
    title: translations(locale, 'asOf')('title'),
    robots: { index: false, follow: true },
  };
}

/**
 * Where the "see it as of a date" forms send their GET: on to the dated page in the form's
 * language, or, when the day or the record is missing or wrong, a page that says what to fix
 * with the form again. It reads the query, so it is rendered per request and never cached;
 * the dated pages are.
 */
export async function AsOfFormPage({
  searchParams,
  locale,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  locale: Locale;
}) {
  setPageLocale(locale);
  const request = readAsOfRequest(await searchParams, locale);
  if (request.ok) redirect(request.path);
  const t = translations(locale, 'asOf');
  return (
    <>
      <h1>{t('title')}</h1>
      <p role="alert" className="form-problem">
        {request.problem}
      </p>
      {request.kind && request.slug ? (
        <AsOfForm kind={request.kind} slug={request.slug} locale={locale} />
      ) : (
        <p>
          {t.rich('howTo', {
            link: (chunks) => <Link href={localePath('/', locale)}>{chunks}</Link>,
          })}
        </p>
      )}
      <p>
        <Link {...localeLink('/methodology#as-of', locale)}>{t('howItWorks')}</Link>
      </p>
    </>
  );
}

/** A dated address that is no page: a bad or future day, or a record not made by then. */
export function AsOfNotFoundBody({ locale }: { locale: Locale }) {
  const t = translations(locale, 'asOf');
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFound', { earliest: formatDate(EARLIEST_AS_OF, locale) })}</p>
      <p>
        {t.rich('notFoundLinks', {
          briefs: (chunks) => <Link href={localePath('/', locale)}>{chunks}</Link>,
          how: (chunks) => <Link {...localeLink('/methodology#as-of', locale)}>{chunks}</Link>,
        })}
      </p>
    </>
  );
}
