/**
 * The Markdown toolbar's edits, as pure functions of the text and the selection: each answers
 * one replacement (the range it replaces, the text it puts there) and the selection after it,
 * so the field can apply it as typing would (the browser's undo then takes it back) and the
 * rules are tested without a browser.
 */

/** The text of a field and what is selected in it (start = end: the caret). */
export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

/** Replace text[from, to) with `insert`, then select [selStart, selEnd). */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
  selStart: number;
  selEnd: number;
}

export type InlineStyle = 'bold' | 'italic';
export type LineStyle = 'heading' | 'bullets' | 'numbers' | 'quote';

const INLINE_MARK: Record<InlineStyle, string> = { bold: '**', italic: '_' };

/**
 * Bold or italic around the selection, or taken off when it is already there (the marks just
 * outside the selection, or at its two ends). Spaces at the ends of the selection stay outside
 * the marks: `** word**` is not bold in Markdown. With nothing selected, a pair of marks with
 * the caret between them.
 */
export function toggleInline({ text, start, end }: TextSelection, style: InlineStyle): TextEdit {
  const mark = INLINE_MARK[style];
  const m = mark.length;
  const selected = text.slice(start, end);
  if (text.slice(start - m, start) === mark && text.slice(end, end + m) === mark) {
    return { from: start - m, to: end + m, insert: selected, selStart: start - m, selEnd: end - m };
  }
  if (selected.length >= 2 * m && selected.startsWith(mark) && selected.endsWith(mark)) {
    const inner = selected.slice(m, -m);
    return { from: start, to: end, insert: inner, selStart: start, selEnd: start + inner.length };
  }
  const lead = selected.length - selected.trimStart().length;
  const core = selected.trim();
  if (core === '') {
    return {
      from: start,
      to: end,
      insert: `${selected}${mark}${mark}`,
      selStart: end + m,
      selEnd: end + m,
    };
  }
  const from = start + lead;
  const to = from + core.length;
  return {
    from,
    to,
    insert: `${mark}${core}${mark}`,
    selStart: from + m,
    selEnd: to + m,
  };
}

const LINE_PREFIX: Record<Exclude<LineStyle, 'numbers'>, RegExp> = {
  heading: /^#{1,6} /,
  bullets: /^[-*+] /,
  quote: /^> ?/,
};
const NUMBERED = /^\d{1,9}[.)] /;

function prefixOf(style: LineStyle, index: number): string {
  switch (style) {
    case 'heading':
      return '## ';
    case 'bullets':
      return '- ';
    case 'quote':
      return '> ';
    case 'numbers':
      return `${index + 1}. `;
  }
}

/**
 * A heading, a bulleted or numbered list, or a quotation over every line the selection
 * touches; taken off when every such line already has it. A heading replaces another level's
 * marks rather than adding to them.
 */
export function toggleLines({ text, start, end }: TextSelection, style: LineStyle): TextEdit {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  // A selection that ends just after a line break does not take in the next line.
  const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const lineEnd = text.indexOf('\n', last);
  const to = lineEnd === -1 ? text.length : lineEnd;
  const lines = text.slice(from, to).split('\n');
  const pattern = style === 'numbers' ? NUMBERED : LINE_PREFIX[style];
  const all = lines.every((line) => pattern.test(line));
  const changed = lines.map((line, i) =>
    all
      ? line.replace(pattern, '')
      : `${prefixOf(style, i)}${style === 'heading' ? line.replace(LINE_PREFIX.heading, '') : line}`,
  );
  const insert = changed.join('\n');
  if (lines.length === 1 && start === end) {
    // One line and a caret: keep the caret where it was in the line's words.
    const shift = insert.length - lines[0]!.length;
    const caret = Math.max(from, start + shift);
    return { from, to, insert, selStart: caret, selEnd: caret };
  }
  return { from, to, insert, selStart: from, selEnd: from + insert.length };
}

/** What a link's words and address may not contain unescaped. */
function linkWords(words: string): string {
  return words.replace(/[[\]\\]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/**
 * A link. With an address (a page of the site the editor picked), the link is complete: its
 * words are the selection, or the page's title when nothing is selected, and the caret goes
 * after it. Without one, `https://` is put in and selected, for the editor to type over.
 */
export function insertLink(
  { text, start, end }: TextSelection,
  link?: { href: string; title: string },
): TextEdit {
  const selected = text.slice(start, end).trim();
  if (link) {
    const insert = `[${linkWords(selected || link.title)}](${link.href})`;
    return {
      from: start,
      to: end,
      insert,
      selStart: start + insert.length,
      selEnd: start + insert.length,
    };
  }
  const words = linkWords(selected || 'link text');
  const insert = `[${words}](https://)`;
  const hrefStart = start + words.length + 3;
  return {
    from: start,
    to: end,
    insert,
    selStart: hrefStart,
    selEnd: hrefStart + 'https://'.length,
  };
}

/** The edit a keyboard shortcut makes (Ctrl or ⌘ with B, I or K), or null for other keys. */
export function shortcutStyle(key: string): 'bold' | 'italic' | 'link' | null {
  switch (key.toLowerCase()) {
    case 'b':
      return 'bold';
    case 'i':
      return 'italic';
    case 'k':
      return 'link';
    default:
      return null;
  }
}
