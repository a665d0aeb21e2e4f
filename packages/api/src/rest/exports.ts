import { type CsvValue, toCsv } from '@accord/domain';
import { type ExportedCommitment } from '../queries/changes';

/**
 * The bulk exports of all published commitments. The CSV has one row per commitment; its
 * columns are part of the public API: add new ones at the end, never rename or reorder.
 * Lists inside a cell are joined with "; " (parties, tags, sources) or a line feed
 * (quotes, history), as documented on /developers.
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
  ['status_since', 'Effective date of the latest status update, empty when none.'],
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
  ['history', 'One line per status update: YYYY-MM-DD status, lines joined with a line feed.'],
  ['published_at', 'When it was published (ISO 8601, UTC).'],
  ['updated_at', 'When it was last changed (ISO 8601, UTC).'],
] as const;

export function commitmentsCsv(commitments: ExportedCommitment[], origin: string): string {
  const rows = commitments.map((c): CsvValue[] => {
    const latest = c.history.at(-1);
    const sourceSlugs = [...new Set(c.quotes.map((q) => q.source.slug))];
    return [
      c.slug,
      `${origin}/commitments/${c.slug}`,
      c.title,
      c.summary,
      c.theme.slug,
      c.meeting.slug,
      c.meeting.startsOn,
      c.strength,
      c.status,
      latest?.effectiveOn ?? null,
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
      c.history.map((u) => `${u.effectiveOn} ${u.status}`).join('\n'),
      c.publishedAt,
      c.updatedAt.toISOString(),
    ];
  });
  return toCsv(
    CSV_COLUMNS.map(([name]) => name),
    rows,
  );
}

export function commitmentsJson(
  commitments: ExportedCommitment[],
  asOf: Date | null,
  origin: string,
): string {
  return JSON.stringify(
    {
      asOf: asOf?.toISOString() ?? null,
      count: commitments.length,
      documentation: `${origin}/developers#exports`,
      commitments: commitments.map((c) => ({ url: `${origin}/commitments/${c.slug}`, ...c })),
    },
    null,
    2,
  );
}

/** "accord-commitments-2026-11-27.csv": the as-of day in the file name. */
export function exportFileName(ext: 'csv' | 'json', asOf: Date | null): string {
  const day = (asOf ?? new Date(0)).toISOString().slice(0, 10);
  return `accord-commitments-${day}.${ext}`;
}
