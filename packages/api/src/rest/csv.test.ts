import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

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

  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])(
    'defuses the formula-like text %j with a leading apostrophe',
    (value) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it('writes numbers, booleans and null as values, not text', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('round-trips through a CSV parser, with CRLF line ends', () => {
    const rows = [
      ['a, "quoted"', 'line 1\nline 2', 3],
      ['=cmd', null, false],
    ];
    const csv = toCsv(['x', 'y', 'z'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('x,y,z');
    const parsed = parse<Record<string, string>>(csv, { columns: true });
    expect(parsed).toEqual([
      { x: 'a, "quoted"', y: 'line 1\nline 2', z: '3' },
      { x: "'=cmd", y: '', z: 'false' },
    ]);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/1 cells for 2 columns/);
  });
});
