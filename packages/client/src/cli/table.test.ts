import { describe, expect, it } from 'vitest';
import { formatTable, printable, truncate, widthOf, wrap } from './table';

describe('formatTable', () => {
  const columns = [
    { header: 'SLUG' },
    { header: 'N', align: 'right' as const },
    { header: 'TITLE' },
  ];

  it('aligns columns two spaces apart under their headers, numbers to the right', () => {
    expect(
      formatTable(columns, [
        ['chips', '4', 'Chips, AI and emerging technology'],
        ['security', '12', 'Security'],
      ]),
    ).toBe(
      [
        'SLUG       N  TITLE',
        'chips      4  Chips, AI and emerging technology',
        'security  12  Security',
        '',
      ].join('\n'),
    );
  });

  it('leaves no trailing spaces', () => {
    const lines = formatTable(
      [{ header: 'A' }, { header: 'B' }],
      [
        ['long value', ''],
        ['x', 'y'],
      ],
    ).split('\n');
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });

  it('shortens the last column to fit the terminal, with an ellipsis', () => {
    const table = formatTable(columns, [['chips', '4', 'Chips, AI and emerging technology']], {
      maxWidth: 30,
    });
    const lines = table.trimEnd().split('\n');
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(30);
    expect(lines[1]).toBe('chips  4  Chips, AI and emerg…');
  });

  it('prints text from the API without control characters (no terminal escapes)', () => {
    const table = formatTable([{ header: 'T' }], [['evil\u001b[2Jtitle\nnext']]);
    expect(table).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(table).toBe('T\nevil [2Jtitle next\n');
  });
});

describe('text helpers', () => {
  it('truncate keeps short text and cuts long text to the width', () => {
    expect(truncate('abc', 5)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });

  it('printable replaces runs of control characters with one space', () => {
    expect(printable('a\r\n\tb')).toBe('a b');
  });

  it('wrap breaks prose at the width and indents every line', () => {
    expect(wrap('one two three four five', 12, '  ')).toBe('  one two\n  three four\n  five\n');
  });
});

// `accord search … --lang ja` prints Japanese titles and summaries: each of their characters
// takes two columns on a terminal.
describe('Japanese text on a terminal', () => {
  it('measures display columns, not code points', () => {
    expect(widthOf('半導体')).toBe(6);
    expect(widthOf('TSMCの熊本工場')).toBe(4 + 10);
    expect(widthOf('e\u0301')).toBe(1); // a combining accent takes no column
    expect(widthOf('ｱｲｳ')).toBe(3); // half-width katakana
  });

  it('keeps the columns after a Japanese cell aligned', () => {
    const table = formatTable(
      [{ header: 'SLUG' }, { header: 'TITLE' }, { header: 'STATUS' }],
      [
        ['a', '半導体の協力', 'ok'],
        ['bb', 'Chips', 'ok'],
      ],
    );
    expect(table).toBe(
      ['SLUG  TITLE         STATUS', 'a     半導体の協力  ok', 'bb    Chips         ok', ''].join(
        '\n',
      ),
    );
  });

  it('shortens a Japanese last column to the terminal width, never past it', () => {
    const table = formatTable(
      [{ header: 'SLUG' }, { header: 'TITLE' }],
      [['chips', '日米両国は半導体と人工知能の協力を強化する']],
      { maxWidth: 24 },
    );
    const lines = table.trimEnd().split('\n');
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(24);
    expect(lines[1]).toBe('chips  日米両国は半導体…');
  });

  it('truncate leaves out a wide character that would straddle the limit', () => {
    expect(truncate('半導体の協力', 7)).toBe('半導体…');
    expect(truncate('半導体', 4)).toBe('半…');
    expect(truncate('半導体', 6)).toBe('半導体');
    expect(truncate('半導体', 1)).toBe('');
  });

  it('wraps text without spaces between characters, within the width', () => {
    const text = '日米両国は半導体と人工知能の協力を強化することで一致した。';
    const wrapped = wrap(text, 20, '  ');
    const lines = wrapped.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line.startsWith('  ')).toBe(true);
      expect(widthOf(line)).toBeLessThanOrEqual(20);
    }
    expect(lines.map((l) => l.slice(2)).join('')).toBe(text);
  });

  it('never starts a line with a closing mark, nor ends one with an opening bracket', () => {
    expect(wrap('一二三四五。六七', 10)).toBe('一二三四\n五。六七\n');
    expect(wrap('一二三四「五六」', 10)).toBe('一二三四\n「五六」\n');
  });

  it('keeps Latin words whole inside Japanese text, and breaks mixed text at spaces too', () => {
    expect(wrap('米国のU.S.-Japan協定', 11)).toBe('米国の\nU.S.-Japan\n協定\n');
    expect(wrap('Micron said 広島工場に投資する', 16)).toBe('Micron said 広島\n工場に投資する\n');
  });
});
