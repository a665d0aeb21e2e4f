import {
  type CommitmentListItem,
  type HighlightSegment,
  type Locale,
  SEARCH_MAX_LENGTH,
} from '@accord/domain';
import Link from '~/components/link';
import { localeLink, localePath, translations } from '~/i18n';
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
  // The records are English; on a Japanese page their text is marked so.
  const lang = locale === 'en' ? undefined : 'en';
  return (
    <article className="card commitment-card search-result">
      <h3 className="card-title" lang={lang}>
        <Link {...localeLink(`/commitments/${c.slug}`, locale)}>
          {search ? <Highlighted segments={search.title} /> : c.title}
        </Link>
      </h3>
      <p className="meta">
        <StatusBadge status={c.status} since={c.statusSince} locale={locale} />
        <span lang={lang}>{c.theme.title}</span>
      </p>
      {search ? (
        search.excerptFrom === 'quote' ? (
          <blockquote className="quote" lang={lang}>
            <p>
              “<Highlighted segments={search.excerpt} />”
            </p>
          </blockquote>
        ) : (
          <p lang={lang}>
            <Highlighted segments={search.excerpt} />
          </p>
        )
      ) : (
        <p lang={lang}>{c.summary}</p>
      )}
    </article>
  );
}
