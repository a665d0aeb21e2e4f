/**
 * Fixtures for tests in any package (imported only by *.test.ts files): the hostile CSV
 * cells that every CSV export must defuse, and a strict RFC 4180 reader to check them.
 */

export interface HostileCsvCell {
  /** What the case is about, for test titles. */
  name: string;
  /** The text stored in the database and written to the CSV. */
  value: string;
  /** What a spreadsheet must read back from the cell: the text, defused when formula-like. */
  shown: string;
}

const defused = (name: string, value: string): HostileCsvCell => ({
  name,
  value,
  shown: `'${value}`,
});
const kept = (name: string, value: string): HostileCsvCell => ({ name, value, shown: value });

export const HOSTILE_CSV_CELLS: readonly HostileCsvCell[] = [
  defused('equals', '=1+2'),
  defused('a hyperlink formula, with quotes and a comma', '=HYPERLINK("http://evil.example","x")'),
  defused('DDE', "=cmd|' /C calc'!A0"),
  defused('plus', '+1+2'),
  defused('minus', '-1+2'),
  defused('at', '@SUM(A1:A2)'),
  defused('a leading tab', '\t=1+2'),
  defused('a leading carriage return', '\r=1+2'),
  defused('a leading line feed then equals', '\n=1+2'),
  defused('a leading space then equals', ' =1+2'),
  defused('leading spaces then plus', '   +1'),
  defused('a no-break space then equals', '\u00a0=1+2'),
  defused('an ideographic space then equals', '\u3000=1+2'),
  defused('a zero-width space then equals', '\u200b=1+2'),
  // Not a leading byte-order mark: PGlite's text decoding drops one, so it never reaches a writer.
  defused('a word joiner then equals', '\u2060=1+2'),
  defused('a full-width equals', '\uff1d1+2'),
  defused('a formula spanning lines', '=1+\n2'),
  kept('plain text', 'plain'),
  kept('a comma', 'a, b'),
  kept('quotes', 'say "hi"'),
  kept('a line feed', 'two\nlines'),
  kept('CRLF inside', 'cr\r\nlf'),
  kept('signs after the start', 'a=1, b+2, c-3, d@e'),
  kept('a leading apostrophe', "'quoted"),
  kept('Unicode text', 'Kishida–Biden: 半導体 «chips» 🇯🇵🇺🇸'),
  kept('a trailing tab', 'end\t'),
];

/**
 * Reads RFC 4180 CSV (CRLF records, quoted fields with doubled quotes) into rows of cells,
 * throwing on anything malformed: an independent reader, so a test does not trust the writer.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`Malformed CSV at offset ${i}: ${why}`);
  };
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          cell += text[i];
          i++;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') fail('quote or line feed in an unquoted field');
        cell += text[i];
        i++;
      }
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
    } else {
      fail('expected a comma or CRLF after a field');
    }
  }
  if (row.length > 0) fail('the last record has no CRLF');
  return rows;
}
