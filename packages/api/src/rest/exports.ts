import {
  commitmentCsvCells,
  CSV_COLUMN_NAMES,
  csvRow,
  DEFAULT_LOCALE,
  type Locale,
  UTF8_BOM,
} from '@accord/domain';
import { type ExportedCommitment, type ExportHeader } from '../queries/changes';

/**
 * The CSV's columns and cells have one home, `@accord/domain`'s commitment-csv, shared with
 * `accord export` (which pages through the API against a server without the export file).
 */
export { CSV_COLUMNS, UTF8_BOM } from '@accord/domain';

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
  yield bom + csvRow(CSV_COLUMN_NAMES);
  for await (const batch of batches) {
    yield batch.map((c) => csvRow(commitmentCsvCells(c, origin, asOfDay, locale))).join('');
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
