import {
  CommitmentListInput,
  type CommitmentPage,
  SEARCH_MAX_LENGTH,
  type ThemeSummary,
} from '@accord/domain';
import { TRPCError } from '@trpc/server';
import { type Metadata } from 'next';
import Link from '~/components/link';
import { SearchResult, STATUS_OPTIONS } from '~/components/search';
import { api } from '~/server/api';

export const metadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The first value of a query parameter (a repeated one counts once). */
function param(params: Record<string, string | string[] | undefined>, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'refused'; message: string }
  | { kind: 'results'; page: CommitmentPage };

/**
 * Full-text search of published commitments (queries/search.ts in @accord/api), as a plain
 * GET page: the header's box and the form below send `q`, `theme` and `status`, and the
 * results link on with `cursor`. Input is checked with the API's own schema: a query that is
 * too long, or a filter that is not one, gets a message on the page, never an error page.
 */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = param(params, 'q');
  const theme = param(params, 'theme');
  const status = param(params, 'status');
  const cursor = param(params, 'cursor');
  const caller = await api();
  const themes = (await caller.theme.list({ limit: 100 })).items;
  const outcome = await search(caller, { q, theme, status, cursor });
  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/search" role="search" className="as-of-form search-form">
        <label htmlFor="search-q">Words</label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={q.slice(0, SEARCH_MAX_LENGTH * 2)}
          maxLength={SEARCH_MAX_LENGTH}
        />
        <label htmlFor="search-theme">Theme</label>
        <select id="search-theme" name="theme" defaultValue={theme}>
          <option value="">All themes</option>
          {themes.map((t: ThemeSummary) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </select>
        <label htmlFor="search-status">Status</label>
        <select id="search-status" name="status" defaultValue={status}>
          <option value="">Any status</option>
          {STATUS_OPTIONS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <button type="submit">Search</button>
      </form>
      <Results outcome={outcome} params={{ q, theme, status }} />
    </>
  );
}

async function search(
  caller: Awaited<ReturnType<typeof api>>,
  raw: { q: string; theme: string; status: string; cursor: string },
): Promise<Outcome> {
  const input = CommitmentListInput.safeParse({
    q: raw.q,
    ...(raw.theme ? { theme: raw.theme } : {}),
    ...(raw.status ? { status: raw.status } : {}),
    ...(raw.cursor ? { cursor: raw.cursor } : {}),
  });
  if (!input.success) {
    const issue = input.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    return {
      kind: 'refused',
      message:
        field === 'q'
          ? `Your search is too long: search for at most ${SEARCH_MAX_LENGTH} characters.`
          : `That ${field || 'search'} is not one we know: choose from the list.`,
    };
  }
  if (input.data.q === undefined) return { kind: 'none' };
  try {
    return { kind: 'results', page: await caller.commitment.list(input.data) };
  } catch (error) {
    // Text the database cannot take (a NUL, half a surrogate pair), or an unknown theme.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') {
      return { kind: 'refused', message: 'We could not read that search: try other words.' };
    }
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
      return { kind: 'refused', message: 'That theme is not one we know: choose from the list.' };
    }
    throw error;
  }
}

function Results({
  outcome,
  params,
}: {
  outcome: Outcome;
  params: { q: string; theme: string; status: string };
}) {
  if (outcome.kind === 'none') {
    return (
      <p>
        Type words from a commitment’s title, summary, tags or quotes, or the name of a party: for
        example <Link href="/search?q=Micron">Micron</Link> or{' '}
        <Link href="/search?q=critical+minerals">critical minerals</Link>.
      </p>
    );
  }
  if (outcome.kind === 'refused') {
    return (
      <p className="form-problem" role="alert">
        {outcome.message}
      </p>
    );
  }
  const { items, nextCursor } = outcome.page;
  if (items.length === 0) {
    return (
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">No commitments match</h2>
        <p>
          Nothing published matches “{params.q}”. Try fewer or other words, or another theme or
          status. Search is in English only for now.
        </p>
      </section>
    );
  }
  const next = new URLSearchParams({ ...params, cursor: nextCursor ?? '' });
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        Results
      </h2>
      <ol className="commitment-list search-results">
        {items.map((c) => (
          <li key={c.slug}>
            <SearchResult commitment={c} />
          </li>
        ))}
      </ol>
      {nextCursor && (
        <p className="more">
          <Link href={`/search?${next.toString()}`}>More results</Link>
        </p>
      )}
    </section>
  );
}
