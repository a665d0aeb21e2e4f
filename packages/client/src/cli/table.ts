import stringWidth from 'string-width';

/** Text from the API shown on a terminal: no control characters (escape sequences, newlines). */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters a reader sees: a base letter with its marks, an emoji sequence, one each. */
function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/**
 * Columns the text takes on a terminal: two for each Japanese, Chinese or Korean character
 * and full-width sign, one for Latin letters, none for combining marks (`string-width`).
 * Counting code points made a table with Japanese titles (`accord search … --lang ja`) lose
 * its alignment and overflow the terminal.
 */
export function widthOf(text: string): number {
  return stringWidth(text);
}

/**
 * Cuts text to at most `width` columns, ending in an ellipsis when something was cut. A
 * double-width character that would straddle the limit is left out whole, so the result
 * may be one column short (the table pads it).
 */
export function truncate(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  const room = width <= 1 ? width : width - 1;
  let kept = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = widthOf(g);
    if (used + w > room) break;
    kept += g;
    used += w;
  }
  return width <= 1 ? kept : `${kept}…`;
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

/** No line may start with these (Japanese line breaking, kinsoku): closing marks, small kana. */
const NO_BREAK_BEFORE =
  /^[、。，．・：；？！ー～…‥）」』】〕〉》〙〗’”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;!?)\]}%]$/u;
/** No line may end with these: opening brackets and quotes. */
const NO_BREAK_AFTER = /^[（「『【〔〈《〘〖‘“([{]$/u;

/**
 * The pieces of a paragraph a line may break between, each with whether a space comes
 * before it. Latin text breaks only at spaces; Japanese and Chinese, written without them,
 * may break between any two characters except before a closing mark or after an opening one.
 */
function breakUnits(paragraph: string): { text: string; spaced: boolean }[] {
  const units: { text: string; spaced: boolean }[] = [];
  let previousEnd = ''; // the last character of the last unit
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    let first = true;
    let run: string[] = []; // narrow characters (Latin words, digits, punctuation) never break apart
    const push = (pieces: string[]) => {
      const last = units[units.length - 1];
      const text = pieces.join('');
      if (
        !first &&
        last &&
        (NO_BREAK_BEFORE.test(pieces[0]!) || NO_BREAK_AFTER.test(previousEnd))
      ) {
        last.text += text;
      } else {
        units.push({ text, spaced: first });
      }
      previousEnd = pieces[pieces.length - 1]!;
      first = false;
    };
    for (const g of graphemes(word)) {
      if (widthOf(g) < 2) {
        run.push(g);
        continue;
      }
      if (run.length > 0) push(run);
      run = [];
      push([g]);
    }
    if (run.length > 0) push(run);
  }
  return units;
}

/**
 * Wraps prose to `width` columns, indenting every line. A piece wider than the line (a long
 * URL) gets a line of its own rather than being cut.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let line = '';
    for (const unit of breakUnits(printable(paragraph))) {
      const next = line && unit.spaced ? `${line} ${unit.text}` : line + unit.text;
      if (line && widthOf(indent + next) > width) {
        lines.push(indent + line);
        line = unit.text;
      } else {
        line = next;
      }
    }
    if (line) lines.push(indent + line);
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
