import { type CommitmentListItem } from './api';
import { type CsvValue } from './csv';
import { DEFAULT_LOCALE, type Locale, localePath } from './locale';
import { type CommitmentStatus } from './status';
import { type TranslatedTextView, translatedOr, type TranslationState } from './translations';
import { type AttributionKind } from './vocabulary';

/**
 * The bulk exports of all published commitments. The CSV has one row per commitment; its
 * columns are part of the public API: add new ones at the end, never rename or reorder.
 * Lists inside a cell are joined with "; " (parties, tags, sources) or a line feed
 * (quotes, history), as documented on /developers.
 *
 * The CSV comes in each language of the site (/exports/commitments.csv, and
 * /ja/exports/commitments.csv): the same columns, with `url`, `title` and `summary` in that
 * language where a translation exists. A file in another language than English starts with a
 * byte order mark, which Excel needs to read UTF-8 (without it, Japanese Windows reads Shift
 * JIS and shows mojibake); the English file has none, as before, so no existing reader sees
 * a changed first column name.
 */
export const CSV_COLUMNS = [
  ['slug', 'Public identifier; the page is /commitments/<slug>.'],
  ['url', 'Absolute URL of the commitment page.'],
  ['title', 'Short title.'],
  ['summary', 'Our own summary of the commitment.'],
  ['theme', 'Slug of the primary theme.'],
  ['meeting', 'Slug of the meeting where it was made.'],
  ['meeting_date', 'First day of that meeting (YYYY-MM-DD).'],
  ['strength', 'Strength of the language (agreed, committed, plans, ...).'],
  ['status', 'Current status code (see /methodology).'],
  [
    'status_since',
    'The day the current status took effect (the first of its latest run of overall updates), empty while not yet rated.',
  ],
  ['overdue', 'true when past its target date and neither delivered nor abandoned.'],
  ['target_date', 'Target date (YYYY-MM-DD), empty when none was given.'],
  ['target_precision', 'day, month, quarter or year.'],
  ['target_qualifier', 'by, on, around or not_before.'],
  ['target_note', 'Free-text note on the target.'],
  ['parties', 'Parties as "slug:role", joined with "; ".'],
  ['tags', 'Tags joined with "; ".'],
  ['quote_count', 'Number of quotes.'],
  [
    'quotes',
    'One line per quote: "text" — who [attribution_kind] (source_slug), lines joined with a line feed.',
  ],
  ['sources', 'Slugs of the sources quoted, joined with "; ".'],
  [
    'history',
    'One line per status update: YYYY-MM-DD status, with [party] after it when the update assesses one party only; lines joined with a line feed.',
  ],
  ['published_at', 'When it was published (ISO 8601, UTC).'],
  ['updated_at', 'When it was last changed (ISO 8601, UTC).'],
  [
    'last_reviewed_on',
    'The last day editors checked it against new sources: its review date or latest update, empty when never.',
  ],
  [
    'as_of',
    'The day the row is read as of (YYYY-MM-DD) when the export was asked with ?asOf=, empty for today.',
  ],
  [
    'title_translation',
    'Empty in the English file. In another language (/ja/exports/commitments.csv): current when title is our translation of the English as it stands, stale when it translates an older English title, missing when there is no translation yet and title is the English.',
  ],
  ['summary_translation', 'The same for summary.'],
] as const;

/** A byte order mark: Excel reads a CSV as UTF-8 only when the file starts with one. */
export const UTF8_BOM = '\uFEFF';

type TranslationCell = '' | TranslationState;

/** A text cell in `locale`: the translation where there is one, else the English, and which. */
function inLocale(
  english: string,
  translation: TranslatedTextView | undefined,
  locale: Locale,
): [string, TranslationCell] {
  if (locale === DEFAULT_LOCALE) return [english, ''];
  const { text, state } = translatedOr(english, translation);
  return [text, state];
}

/**
 * What a CSV row is made of: the fields the server's export (`ExportedCommitment`) and the
 * API's detail (`CommitmentDetail`, which `accord export` pages through against a server
 * without the export file) both carry, so both write the same columns.
 */
export interface CsvCommitment extends Pick<
  CommitmentListItem,
  | 'slug'
  | 'title'
  | 'summary'
  | 'theme'
  | 'meeting'
  | 'strength'
  | 'status'
  | 'statusSince'
  | 'overdue'
  | 'target'
  | 'parties'
  | 'tags'
  | 'updatedAt'
  | 'lastReviewedOn'
  | 'translations'
> {
  publishedAt: string | Date | null;
  quotes: readonly {
    text: string;
    attribution: { kind: AttributionKind; who: string };
    source: { slug: string };
  }[];
  /** `party`: the slug (the export) or the party (the API's detail); null for overall. */
  history: readonly {
    effectiveOn: string;
    status: CommitmentStatus;
    party: string | { slug: string } | null;
  }[];
}

/** The header row's names, in order. */
export const CSV_COLUMN_NAMES: readonly string[] = CSV_COLUMNS.map(([name]) => name);

/** One commitment's CSV cells, in the order of CSV_COLUMNS. */
export function commitmentCsvCells(
  c: CsvCommitment,
  origin: string,
  asOfDay: string | null = null,
  locale: Locale = DEFAULT_LOCALE,
): CsvValue[] {
  const sourceSlugs = [...new Set(c.quotes.map((q) => q.source.slug))];
  const translated = locale === 'en' ? undefined : c.translations[locale];
  const [title, titleTranslation] = inLocale(c.title, translated?.title, locale);
  const [summary, summaryTranslation] = inLocale(c.summary, translated?.summary, locale);
  return [
    c.slug,
    `${origin}${localePath(`/commitments/${c.slug}`, locale)}`,
    title,
    summary,
    c.theme.slug,
    c.meeting.slug,
    c.meeting.startsOn,
    c.strength,
    c.status,
    c.statusSince,
    c.overdue,
    c.target?.date ?? null,
    c.target?.precision ?? null,
    c.target?.qualifier ?? null,
    c.target?.note ?? null,
    c.parties.map((p) => `${p.slug}:${p.role}`).join('; '),
    c.tags.join('; '),
    c.quotes.length,
    c.quotes
      .map((q) => `"${q.text}" — ${q.attribution.who} [${q.attribution.kind}] (${q.source.slug})`)
      .join('\n'),
    sourceSlugs.join('; '),
    c.history
      .map((u) => {
        const party = typeof u.party === 'string' ? u.party : u.party?.slug;
        return `${u.effectiveOn} ${u.status}${party ? ` [${party}]` : ''}`;
      })
      .join('\n'),
    c.publishedAt instanceof Date ? c.publishedAt.toISOString() : c.publishedAt,
    c.updatedAt.toISOString(),
    c.lastReviewedOn,
    asOfDay,
    titleTranslation,
    summaryTranslation,
  ];
}
