import {
  type CsvValue,
  csvRow,
  DEFAULT_LOCALE,
  type Locale,
  localePath,
  type TranslatedTextView,
  translatedOr,
  type TranslationState,
} from '@accord/domain';
import { type ExportedCommitment, type ExportHeader } from '../queries/changes';

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

/** One commitment's CSV cells, in the order of CSV_COLUMNS. */
function csvCells(
  c: ExportedCommitment,
  origin: string,
  asOfDay: string | null,
  locale: Locale,
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
      .map((u) => `${u.effectiveOn} ${u.status}${u.party ? ` [${u.party}]` : ''}`)
      .join('\n'),
    c.publishedAt,
    c.updatedAt.toISOString(),
    c.lastReviewedOn,
    asOfDay,
    titleTranslation,
    summaryTranslation,
  ];
}

/**
 * The CSV export as it is written: the header line (after a byte order mark in a language
 * other than English), then one chunk per batch of rows.
 */
export async function* commitmentsCsvChunks(
  batches: AsyncIterable<ExportedCommitment[]>,
  origin: string,
  asOfDay: string | null = null,
  locale: Locale = DEFAULT_LOCALE,
): AsyncGenerator<string> {
  const bom = locale === DEFAULT_LOCALE ? '' : UTF8_BOM;
  yield bom + csvRow(CSV_COLUMNS.map(([name]) => name));
  for await (const batch of batches) {
    yield batch.map((c) => csvRow(csvCells(c, origin, asOfDay, locale))).join('');
  }
}

/**
 * The JSON export as it is written, a chunk per batch: byte for byte what
 * `JSON.stringify({ asOf, asOfDay, count, documentation, commitments }, null, 2)` gives for
 * the whole dataset, without ever holding it.
 */
export async function* commitmentsJsonChunks(
  header: Pick<ExportHeader, 'asOf' | 'count'>,
  batches: AsyncIterable<ExportedCommitment[]>,
  origin: string,
  asOfDay: string | null = null,
): AsyncGenerator<string> {
  const head = JSON.stringify(
    {
      asOf: header.asOf?.toISOString() ?? null,
      // The day statuses are read as of (?asOf=); null: as they stand today.
      asOfDay,
      count: header.count,
      documentation: `${origin}/developers#exports`,
      commitments: [],
    },
    null,
    2,
  );
  // The head ends in `"commitments": []\n}`: open the array, and close it after the last item.
  yield head.slice(0, head.lastIndexOf('[]') + 1);
  let written = 0;
  for await (const batch of batches) {
    let chunk = '';
    for (const c of batch) {
      const item = JSON.stringify({ url: `${origin}/commitments/${c.slug}`, ...c }, null, 2);
      chunk += `${written++ === 0 ? '' : ','}\n    ${item.replaceAll('\n', '\n    ')}`;
    }
    yield chunk;
  }
  yield written === 0 ? ']\n}' : '\n  ]\n}';
}

/**
 * "accord-commitments-2026-11-27.csv": the day of the newest change in the file name, or
 * "accord-commitments-as-of-2023-05-19.csv" for the dataset read as of a day; a file in
 * another language says which ("accord-commitments-ja-2026-11-27.csv").
 */
export function exportFileName(
  ext: 'csv' | 'json',
  asOf: Date | null,
  asOfDay: string | null = null,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const name = locale === DEFAULT_LOCALE ? 'accord-commitments' : `accord-commitments-${locale}`;
  if (asOfDay) return `${name}-as-of-${asOfDay}.${ext}`;
  const day = (asOf ?? new Date(0)).toISOString().slice(0, 10);
  return `${name}-${day}.${ext}`;
}
