import {
  type CommitmentListItem,
  type HighlightSegment,
  type Locale,
  SEARCH_MAX_LENGTH,
} from '@accord/domain';
import Link from '~/components/link';
import { localeLink, localePath, translations } from '~/i18n';
import { shownText } from '~/lib/translated';
import { StatusBadge } from './status';

/**
 * Text with the words that matched a search in <mark>: the segments are plain strings from
 * the API, rendered as React text, so nothing from the database is ever parsed as HTML.
 */
export function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/**
 * The search box in the site header: a plain GET form, so it works without JavaScript. It
 * leads to the search page in the page's language.
 */
export function HeaderSearch({ locale = 'en' }: { locale?: Locale }) {
  const t = translations(locale, 'search');
  return (
    <form
      method="get"
      action={localePath('/search', locale)}
      role="search"
      className="header-search"
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t('headerLabel')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder={t('headerLabel')}
        maxLength={SEARCH_MAX_LENGTH}
      />
      <button type="submit">{t('headerButton')}</button>
    </form>
  );
}

/** One search result: its title and the passage that matched, the words marked. */
export function SearchResult({
  commitment: c,
  locale = 'en',
}: {
  commitment: CommitmentListItem;
  locale?: Locale;
}) {
  const search = c.search;
  // The records are English; on a Japanese page their text is marked so, and a Japanese
  // search answers the Japanese translation where there is one (titleLang, excerptLang).
  const lang = locale === 'en' ? undefined : 'en';
  const langOf = (l: 'en' | 'ja' | undefined) => (l === locale ? undefined : lang);
  const titleLang = search ? langOf(search.titleLang) : lang;
  const excerptLang = search ? langOf(search.excerptLang) : lang;
  const ja = c.translations.ja;
  const theme = shownText(locale, c.theme, 'title');
  const stale =
    locale === 'ja' &&
    ((search?.titleLang === 'ja' && ja?.title?.stale) ||
      (search?.excerptLang === 'ja' && ja?.summary?.stale));
  return (
    <article className="card commitment-card search-result">
      <h3 className="card-title" lang={titleLang}>
        <Link {...localeLink(`/commitments/${c.slug}`, locale)}>
          {search ? <Highlighted segments={search.title} /> : c.title}
        </Link>
      </h3>
      <p className="meta">
        <StatusBadge status={c.status} since={c.statusSince} locale={locale} />
        <span lang={theme.lang}>{theme.text}</span>
      </p>
      {search ? (
        search.excerptFrom === 'quote' ? (
          <blockquote className="quote" lang={excerptLang}>
            <p>
              “<Highlighted segments={search.excerpt} />”
            </p>
          </blockquote>
        ) : (
          <p lang={excerptLang}>
            <Highlighted segments={search.excerpt} />
          </p>
        )
      ) : (
        <p lang={lang}>{c.summary}</p>
      )}
      {stale && (
        <p className="meta translation-stale">{translations(locale, 'site')('olderTranslation')}</p>
      )}
    </article>
  );
}
