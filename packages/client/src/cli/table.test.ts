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
