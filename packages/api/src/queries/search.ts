import {
  type CommitmentListItem,
  type HighlightSegment,
  highlightJapanese,
  japaneseSearchTerms,
  SEARCH_MAX_RESULTS,
  type SearchMatch,
} from '@accord/domain';
import { commitments, type Database } from '@accord/db';
import { and, inArray, type SQL, sql } from 'drizzle-orm';
import {
  type CommitmentFilter,
  filterConditions,
  hydrateListItems,
  listRowsOf,
} from './commitments';
import { pageFrom } from './pages';

/**
 * Full-text search over published commitments, with PostgreSQL's own text search: the same
 * SQL on PGlite and PostgreSQL. A commitment matches when all the words are in its own text
 * (title, tags, summary: `commitments.search_vector`), in one of its quotes or in one of its
 * parties' names (each their own generated `search_vector`, each with a GIN index). Ranked by
 * ts_rank, the title weighing most; quotes and party names add to the rank. A Japanese search
 * (`lang: 'ja'`) also reads the Japanese translations, the quotes said in Japanese and the
 * parties' Japanese names (each a `search_vector_ja` of character bigrams).
 */

/**
 * The reader's words as a tsquery. websearch_to_tsquery never fails on its input: quotes,
 * `or`, `-`, and any punctuation or SQL are words or nothing, so no input is a syntax error.
 */
function tsquery(q: string): SQL {
  return sql`websearch_to_tsquery('english', ${q})`;
}

/** Marks around matching words in ts_headline's output: control characters removed from the text first. */
const START = '\u0002';
const STOP = '\u0003';

/**
 * The whole of `column` with the words matching `query` between START and STOP. The text is
 * stripped of those two characters first, so only ts_headline's own marks remain; the result
 * becomes plain segments (highlightSegments), never HTML.
 */
function headline(column: SQL, query: SQL): SQL<string> {
  return sql<string>`ts_headline('english', translate(${column}, chr(2) || chr(3), ''), ${query}, 'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3))`;
}

/** ts_headline's output as segments: the marked words are `match: true`. */
export function highlightSegments(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(START);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    const stop = rest.indexOf(STOP, start + 1);
    const end = stop === -1 ? rest.length : stop;
    if (end > start + 1) segments.push({ text: rest.slice(start + 1, end), match: true });
    rest = stop === -1 ? '' : rest.slice(stop + 1);
  }
  return segments;
}

/**
 * How many matching rows of each kind (commitments, quotes, party links) one search reads and
 * ranks at most. A search's cost must not grow with the database: at 100k commitments, two
 * common words match tens of thousands of rows, and ranking them all held the process (the
 * embedded engine runs in it) for about a second per request. Past this many, results are
 * ranked among the first rows the index yields; more words narrow the search.
 */
export const SEARCH_CANDIDATES = 2_000;

/**
 * Each matching commitment's id and rank: its own text, its best quotes (half weight) and
 * its parties' names (a fixed share). Bounded twice: the GIN indexes read only matching rows,
 * and each kind stops at SEARCH_CANDIDATES.
 */
export function hitsSql(query: SQL, candidates: number, japanese?: SQL): SQL {
  // The Japanese translations' bigrams (/ja/search), ranked above every English match (ts_rank
  // is below 1): a reader who types Japanese sees what matched in Japanese first. Quotes said
  // in Japanese and the parties' Japanese names count as their English twins do.
  const ja = japanese
    ? sql`(select c.id, 1 + ts_rank(c.search_vector_ja, ${japanese}) as rank from commitments c where c.search_vector_ja @@ ${japanese} limit ${candidates})
    union all
    (select qu.commitment_id, 0.5 * ts_rank(qu.search_vector_ja, ${japanese}) from quotes qu where qu.search_vector_ja @@ ${japanese} limit ${candidates})
    union all
    (select cp.commitment_id, 0.3 from commitment_parties cp join parties p on p.id = cp.party_id where p.search_vector_ja @@ ${japanese} limit ${candidates})
    union all`
    : sql``;
  return sql`(select h.id, sum(h.rank)::float8 as rank from (
    ${ja}
    (select c.id, ts_rank(c.search_vector, ${query}) as rank from commitments c where c.search_vector @@ ${query} limit ${candidates})
    union all
    (select qu.commitment_id, 0.5 * ts_rank(qu.search_vector, ${query}) from quotes qu where qu.search_vector @@ ${query} limit ${candidates})
    union all
    (select cp.commitment_id, 0.3 from commitment_parties cp join parties p on p.id = cp.party_id where p.search_vector @@ ${query} limit ${candidates})
  ) h group by h.id)`;
}

/**
 * One page of published commitments matching `q`, best first (then by id, so the order is
 * stable). The cursor is an offset; only the first SEARCH_MAX_RESULTS can be paged to.
 * `candidates` is SEARCH_CANDIDATES but for tests, which cannot afford 2,000 matching rows.
 */
export async function searchCommitments(
  db: Database,
  q: string,
  filter: Omit<CommitmentFilter, 'after'>,
  offset: number,
  limit: number,
  candidates = SEARCH_CANDIDATES,
  lang: 'en' | 'ja' = 'en',
): Promise<{ items: CommitmentListItem[]; nextCursor: string | null }> {
  const room = Math.min(limit, SEARCH_MAX_RESULTS - offset);
  if (room <= 0) return { items: [], nextCursor: null };
  const query = tsquery(q);
  // With lang=ja, the query's character pairs against the Japanese translations as well
  // (japaneseSearchTerms; bounded in length and terms by CommitmentListInput). Built as the
  // text form of a tsquery from the runs it found, cast without a parser, as the index is.
  const ja = lang === 'ja' ? japaneseSearchTerms(q) : undefined;
  const japanese = ja && ja.tsquery !== '' ? sql`${ja.tsquery}::tsquery` : undefined;
  // The hits sorted first, then each checked against the filters in that order (a lateral
  // join, one primary-key probe per hit) until the page is full. Joining every hit first and
  // sorting after probed all of them: ~3,500 probes for two common words at 100k commitments,
  // the largest part of such a search, where a page needs about 20.
  const sortedHits = sql`(select h.id, h.rank from ${hitsSql(query, candidates, japanese)} as h order by h.rank desc, h.id)`;
  const passing = db
    .select({ id: commitments.id })
    .from(commitments)
    .where(and(sql`${commitments.id} = hits.id`, ...filterConditions(filter)))
    .as('passing');
  const ranked = await db
    .select({ id: sql<number>`hits.id`, rank: sql<number>`hits.rank` })
    .from(sql`${sortedHits} as hits`)
    .innerJoinLateral(passing, sql`true`)
    .orderBy(sql`hits.rank desc`, sql`hits.id`)
    .offset(offset)
    .limit(room + 1);
  const page = pageFrom(ranked, offset, room);
  const ids = page.items.map((r) => r.id);
  if (ids.length === 0) return { items: [], nextCursor: null };
  const [rows, marks] = await Promise.all([
    listRowsOf(db, ids, filter.asOf),
    db
      .select({
        id: commitments.id,
        title: headline(sql`${commitments.title}`, query),
        summary: headline(sql`${commitments.summary}`, query),
        // Qualified by hand: in a select list drizzle writes a column unqualified ("id"),
        // which inside this subquery would be the quote's own id.
        quote: sql<
          string | null
        >`(select ${headline(sql`qu.text`, query)} from quotes qu where qu.commitment_id = "commitments"."id" and qu.search_vector @@ ${query} order by ts_rank(qu.search_vector, ${query}) desc, qu.position limit 1)`,
        // The best quote said in Japanese that matched a Japanese search, highlighted in JS.
        quoteJa: japanese
          ? sql<
              string | null
            >`(select qu.text from quotes qu where qu.commitment_id = "commitments"."id" and qu.search_vector_ja @@ ${japanese} order by ts_rank(qu.search_vector_ja, ${japanese}) desc, qu.position limit 1)`
          : sql<null>`null`,
      })
      .from(commitments)
      .where(inArray(commitments.id, ids)),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
  const items = await hydrateListItems(db, ordered, filter);
  const markOf = new Map(marks.map((m) => [m.id, m]));
  const rankOf = new Map(page.items.map((r) => [r.id, r.rank]));
  return {
    items: items.map((item, i) => {
      const id = ordered[i]!.id;
      const match = matchOf(rankOf.get(id) ?? 0, markOf.get(id));
      return {
        ...item,
        search: ja ? inJapanese(match, item, ja.runs, markOf.get(id)?.quoteJa ?? null) : match,
      };
    }),
    nextCursor: page.nextCursor,
  };
}

function matchOf(
  rank: number,
  mark: { title: string; summary: string; quote: string | null } | undefined,
): SearchMatch {
  const title = highlightSegments(mark?.title ?? '');
  const summary = highlightSegments(mark?.summary ?? '');
  // The summary when the words are in it, else the quote they are in, else the summary.
  const lang = { titleLang: 'en', excerptLang: 'en' } as const;
  if (!summary.some((s) => s.match) && mark?.quote) {
    return { rank, title, excerpt: highlightSegments(mark.quote), excerptFrom: 'quote', ...lang };
  }
  return { rank, title, excerpt: summary, excerptFrom: 'summary', ...lang };
}

/**
 * A match as the Japanese edition shows it: the Japanese title and summary where they are
 * translated (stale or not: it is what the reader sees), with the query's runs marked. The
 * English stays where there is no translation. The excerpt is the passage that shows why it
 * matched: the Japanese summary when the words are in it, else a quote said in Japanese that
 * has them (`quoteJa`; quotes are never translated), else the English passage (summary or
 * quote) when English words matched, else the Japanese summary.
 */
function inJapanese(
  match: SearchMatch,
  item: CommitmentListItem,
  runs: string[],
  quoteJa: string | null,
): SearchMatch {
  const ja = item.translations.ja;
  const out = { ...match };
  if (ja?.title) {
    out.title = highlightJapanese(ja.title.text, runs);
    out.titleLang = 'ja';
  }
  const summary = ja?.summary ? highlightJapanese(ja.summary.text, runs) : null;
  if (summary?.some((s) => s.match)) {
    return { ...out, excerpt: summary, excerptFrom: 'summary', excerptLang: 'ja' };
  }
  const quote = quoteJa === null ? null : highlightJapanese(quoteJa, runs);
  if (quote?.some((s) => s.match)) {
    return { ...out, excerpt: quote, excerptFrom: 'quote', excerptLang: 'ja' };
  }
  if (summary && !match.excerpt.some((s) => s.match)) {
    return { ...out, excerpt: summary, excerptFrom: 'summary', excerptLang: 'ja' };
  }
  return out;
}
