import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, toCsv } from './csv';
import { HOSTILE_CSV_CELLS, parseCsv } from './testing';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
  ])('%j -> %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(HOSTILE_CSV_CELLS.map((c) => [c.name, c] as const))(
    '%s: reads back as the cell a spreadsheet must show',
    (_name, { value, shown }) => {
      expect(parseCsv(csvRow([value, 'next']))).toEqual([[shown, 'next']]);
    },
  );

  it('writes numbers, booleans and null as values, not text', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends that read back', () => {
    const rows = [
      ['a, "quoted"', 'line 1\nline 2', 3],
      ['=cmd', null, false],
    ];
    const csv = toCsv(['x', 'y', 'z'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('x,y,z');
    expect(parseCsv(csv)).toEqual([
      ['x', 'y', 'z'],
      ['a, "quoted"', 'line 1\nline 2', '3'],
      ["'=cmd", '', 'false'],
    ]);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/1 cells for 2 columns/);
  });
});

describe("parseCsv (the tests' own reader)", () => {
  it.each(['"unterminated', 'a"b\r\n', 'no end', 'a\nb\r\n'])('refuses %j', (text) => {
    expect(() => parseCsv(text)).toThrow(/Malformed CSV/);
  });
});
