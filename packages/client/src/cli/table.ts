/** Text from the API shown on a terminal: no control characters (escape sequences, newlines). */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

/** Display width, counted in code points (good for the scripts Accord's data uses). */
export function widthOf(text: string): number {
  return Array.from(text).length;
}

/** Cuts text to `width` columns, ending in an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  if (width <= 1) return chars.slice(0, width).join('');
  return `${chars.slice(0, width - 1).join('')}…`;
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/**
 * An aligned plain-text table: a header row, then one line per row, columns two spaces
 * apart. With `maxWidth` (a terminal's width), the last column is shortened to fit.
 */
export function formatTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { maxWidth?: number } = {},
): string {
  const cells = [columns.map((c) => c.header), ...rows.map((r) => r.map(printable))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => widthOf(r[i] ?? ''))));
  const gutter = 2;
  if (options.maxWidth !== undefined && widths.length > 0) {
    const others = widths.slice(0, -1).reduce((sum, w) => sum + w + gutter, 0);
    const last = widths.length - 1;
    widths[last] = Math.max(Math.min(widths[last]!, options.maxWidth - others), 8);
  }
  const line = (row: readonly string[]) =>
    columns
      .map((column, i) => {
        const text = truncate(row[i] ?? '', widths[i]!);
        const pad = ' '.repeat(widths[i]! - widthOf(text));
        return column.align === 'right' ? pad + text : text + pad;
      })
      .join(' '.repeat(gutter))
      .trimEnd();
  return cells.map(line).join('\n') + '\n';
}

/** Wraps prose to `width` columns, indenting every line. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let line = '';
    for (const word of printable(paragraph).split(/\s+/).filter(Boolean)) {
      if (line && widthOf(indent + line + ' ' + word) > width) {
        lines.push(indent + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(indent + line);
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
