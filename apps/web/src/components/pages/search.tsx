import {
  COMMITMENT_STATUSES,
  CommitmentListInput,
  type CommitmentPage,
  hasJapanese,
  type Locale,
  SEARCH_MAX_LENGTH,
  SEARCH_MAX_TERMS,
  STATUS_DEFINITIONS,
  type ThemeSummary,
} from '@accord/domain';
import { TRPCError } from '@trpc/server';
import { type Metadata } from 'next';
import Link from '~/components/link';
import { LanguageSwitch } from '~/components/language-switch';
import { SearchResult } from '~/components/search';
import { localeLink, localePath, translations } from '~/i18n';
import { api } from '~/server/api';

/**
 * The search page in either language: /search and /ja/search. /ja/search also searches the
 * Japanese titles and summaries (`lang: 'ja'`, Japanese matches first, shown in Japanese); on
 * /search a Japanese query finds nothing and the page links to /ja/search.
 */

export function searchMetadata(locale: Locale): Metadata {
  return {
    title: translations(locale, 'search')('title'),
    robots: { index: false, follow: true },
  };
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (a repeated one counts once). */
function param(params: SearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

type Problem =
  | { kind: 'tooLong' }
  | { kind: 'tooManyTerms' }
  | { kind: 'unknown'; field: string }
  | { kind: 'unreadable' };

type Outcome =
  | { kind: 'none' }
  | { kind: 'refused'; problem: Problem }
  | { kind: 'results'; page: CommitmentPage };

/**
 * Full-text search of published commitments (queries/search.ts in @accord/api), as a plain
 * GET page: the header's box and the form below send `q`, `theme` and `status`, and the
 * results link on with `cursor`. Input is checked with the API's own schema: a query that is
 * too long, or a filter that is not one, gets a message on the page, never an error page.
 */
export async function SearchView({ params, locale }: { params: SearchParams; locale: Locale }) {
  const t = translations(locale, 'search');
  const q = param(params, 'q');
  const theme = param(params, 'theme');
  const status = param(params, 'status');
  const cursor = param(params, 'cursor');
  const caller = await api();
  const themes = (await caller.theme.list({ limit: 100 })).items;
  const outcome = await search(caller, { q, theme, status, cursor }, locale);
  const lang = locale === 'en' ? undefined : 'en';
  const query = new URLSearchParams(
    Object.entries({ q, theme, status }).filter(([, v]) => v !== ''),
  ).toString();
  return (
    <>
      <LanguageSwitch englishPath={query ? `/search?${query}` : '/search'} locale={locale} />
      <h1>{t('title')}</h1>
      {locale !== 'en' && <p className="meta">{t('languageNote')}</p>}
      <form
        method="get"
        action={localePath('/search', locale)}
        role="search"
        className="as-of-form search-form"
      >
        <label htmlFor="search-q">{t('words')}</label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={q.slice(0, SEARCH_MAX_LENGTH * 2)}
          maxLength={SEARCH_MAX_LENGTH}
        />
        <label htmlFor="search-theme">{t('theme')}</label>
        <select id="search-theme" name="theme" defaultValue={theme}>
          <option value="">{t('allThemes')}</option>
          {themes.map((th: ThemeSummary) => (
            <option key={th.slug} value={th.slug} lang={lang}>
              {th.title}
            </option>
          ))}
        </select>
        <label htmlFor="search-status">{t('status')}</label>
        <select id="search-status" name="status" defaultValue={status}>
          <option value="">{t('anyStatus')}</option>
          {COMMITMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {locale === 'en' ? STATUS_DEFINITIONS[s].label : translations(locale, 'status')(s)}
            </option>
          ))}
        </select>
        <button type="submit">{t('submit')}</button>
      </form>
      <Results outcome={outcome} params={{ q, theme, status }} locale={locale} />
    </>
  );
}

async function search(
  caller: Awaited<ReturnType<typeof api>>,
  raw: { q: string; theme: string; status: string; cursor: string },
  locale: Locale,
): Promise<Outcome> {
  const input = CommitmentListInput.safeParse({
    q: raw.q,
    ...(locale === 'ja' ? { lang: 'ja' } : {}),
    ...(raw.theme ? { theme: raw.theme } : {}),
    ...(raw.status ? { status: raw.status } : {}),
    ...(raw.cursor ? { cursor: raw.cursor } : {}),
  });
  if (!input.success) {
    const issue = input.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    return {
      kind: 'refused',
      problem:
        field !== 'q'
          ? { kind: 'unknown', field }
          : issue.code === 'custom'
            ? { kind: 'tooManyTerms' }
            : { kind: 'tooLong' },
    };
  }
  if (input.data.q === undefined) return { kind: 'none' };
  try {
    return { kind: 'results', page: await caller.commitment.list(input.data) };
  } catch (error) {
    // Text the database cannot take (a NUL, half a surrogate pair), or an unknown theme.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') {
      return { kind: 'refused', problem: { kind: 'unreadable' } };
    }
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
      return { kind: 'refused', problem: { kind: 'unknown', field: 'theme' } };
    }
    throw error;
  }
}

const EXAMPLES: Record<Locale, [string, string]> = {
  en: ['Micron', 'critical+minerals'],
  ja: [encodeURIComponent('半導体'), encodeURIComponent('重要鉱物')],
};

function Results({
  outcome,
  params,
  locale,
}: {
  outcome: Outcome;
  params: { q: string; theme: string; status: string };
  locale: Locale;
}) {
  const t = translations(locale, 'search');
  if (outcome.kind === 'none') {
    return (
      <p>
        {t.rich('hint', {
          // The examples are in the page's language: Japanese words on /ja/search.
          micron: (chunks) => (
            <Link {...localeLink(`/search?q=${EXAMPLES[locale][0]}`, locale)}>{chunks}</Link>
          ),
          minerals: (chunks) => (
            <Link {...localeLink(`/search?q=${EXAMPLES[locale][1]}`, locale)}>{chunks}</Link>
          ),
        })}
      </p>
    );
  }
  if (outcome.kind === 'refused') {
    const { problem } = outcome;
    return (
      <p className="form-problem" role="alert">
        {problem.kind === 'tooLong'
          ? t('tooLong', { max: SEARCH_MAX_LENGTH })
          : problem.kind === 'tooManyTerms'
            ? t('tooManyTerms', { max: SEARCH_MAX_TERMS })
            : problem.kind === 'unknown'
              ? t('unknown', { field: problem.field })
              : t('unreadable')}
      </p>
    );
  }
  const { items, nextCursor } = outcome.page;
  if (items.length === 0) {
    return (
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t('noMatch')}</h2>
        <p>{t('noMatchBody', { q: params.q })}</p>
        {locale === 'en' && hasJapanese(params.q) && (
          <p className="search-language-hint">
            {t.rich('japaneseHint', {
              q: params.q,
              link: (chunks) => (
                <Link
                  href={`/ja/search?${new URLSearchParams({ q: params.q }).toString()}`}
                  hrefLang="ja"
                  lang="ja"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </section>
    );
  }
  const next = new URLSearchParams({ ...params, cursor: nextCursor ?? '' });
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        {t('results')}
      </h2>
      <ol className="commitment-list search-results">
        {items.map((c) => (
          <li key={c.slug}>
            <SearchResult commitment={c} locale={locale} />
          </li>
        ))}
      </ol>
      {nextCursor && (
        <p className="more">
          <Link href={`${localePath('/search', locale)}?${next.toString()}`}>{t('more')}</Link>
        </p>
      )}
    </section>
  );
}
