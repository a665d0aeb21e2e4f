/**
 * The one CSV writer, shared by the server's export (/api/v1/exports) and the `accord
 * export --format csv` command, so both defuse formulas the same way.
 *
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields quoted when they hold
 * a comma, a quote or a line break, quotes doubled.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, so a text value starting with one is prefixed with an apostrophe (OWASP's
 * "CSV injection" advice). Some importers trim leading whitespace (including Unicode and
 * zero-width spaces) or fold full-width signs to ASCII first, so those count as a start too.
 * Numbers and booleans are written as they are.
 */
export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^(?:[\t\r]|[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF, for writers that stream rows as they come. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [csvRow(columns)];
  for (const row of rows) {
    if (row.length !== columns.length) {
      throw new Error(`A CSV row has ${row.length} cells for ${columns.length} columns`);
    }
    lines.push(csvRow(row));
  }
  return lines.join('');
}
