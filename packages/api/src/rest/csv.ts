/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields quoted when they hold
 * a comma, a quote or a line break, quotes doubled.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, so a text value starting with one is prefixed with an apostrophe (OWASP's
 * "CSV injection" advice). Numbers and booleans are written as they are.
 */
export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) {
    if (row.length !== columns.length) {
      throw new Error(`A CSV row has ${row.length} cells for ${columns.length} columns`);
    }
    lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
