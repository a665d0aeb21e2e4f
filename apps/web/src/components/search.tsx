import {
  type CommitmentListItem,
  type HighlightSegment,
  type Locale,
  SEARCH_MAX_LENGTH,
  STATUS_DEFINITIONS,
} from '@accord/domain';
import Link from '~/components/link';
import { StatusBadge } from './status';

/**
 * Text with the words that matched a search in <mark>: the segments are plain strings from
 * the API, rendered as React text, so nothing from the database is ever parsed as HTML.
 */
export function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

const HEADER_SEARCH_WORDS = {
  en: { label: 'Search commitments', button: 'Search' },
  // The search page has no Japanese edition yet: the form leads to the English one.
  ja: { label: '合意を検索（英語）', button: '検索' },
} as const;

/** The search box in the site header: a plain GET form, so it works without JavaScript. */
export function HeaderSearch({ locale = 'en' }: { locale?: Locale }) {
  const words = HEADER_SEARCH_WORDS[locale];
  return (
    <form method="get" action="/search" role="search" className="header-search">
      <label htmlFor="site-search" className="visually-hidden">
        {words.label}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder={words.label}
        maxLength={SEARCH_MAX_LENGTH}
      />
      <button type="submit">{words.button}</button>
    </form>
  );
}

/** One search result: its title and the passage that matched, the words marked. */
export function SearchResult({ commitment: c }: { commitment: CommitmentListItem }) {
  const search = c.search;
  return (
    <article className="card commitment-card search-result">
      <h3 className="card-title">
        <Link href={`/commitments/${c.slug}`}>
          {search ? <Highlighted segments={search.title} /> : c.title}
        </Link>
      </h3>
      <p className="meta">
        <StatusBadge status={c.status} since={c.statusSince} />
        <span>{c.theme.title}</span>
      </p>
      {search ? (
        search.excerptFrom === 'quote' ? (
          <blockquote className="quote">
            <p>
              “<Highlighted segments={search.excerpt} />”
            </p>
          </blockquote>
        ) : (
          <p>
            <Highlighted segments={search.excerpt} />
          </p>
        )
      ) : (
        <p>{c.summary}</p>
      )}
    </article>
  );
}

export const STATUS_OPTIONS = Object.entries(STATUS_DEFINITIONS).map(([value, d]) => ({
  value,
  label: d.label,
}));
