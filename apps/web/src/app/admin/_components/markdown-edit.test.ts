import { describe, expect, it } from 'vitest';
import {
  insertLink,
  shortcutStyle,
  type TextEdit,
  type TextSelection,
  toggleInline,
  toggleLines,
} from './markdown-edit';

/** The text after the edit, with the selection shown as [brackets] (or | for a caret). */
function apply(before: TextSelection, edit: TextEdit): string {
  const text = before.text.slice(0, edit.from) + edit.insert + before.text.slice(edit.to);
  if (edit.selStart === edit.selEnd) {
    return `${text.slice(0, edit.selStart)}|${text.slice(edit.selStart)}`;
  }
  return `${text.slice(0, edit.selStart)}[${text.slice(edit.selStart, edit.selEnd)}]${text.slice(edit.selEnd)}`;
}

/** A selection written with [brackets] around it, or | for a caret. */
function sel(marked: string): TextSelection {
  const caret = marked.indexOf('|');
  if (caret !== -1) {
    return { text: marked.replace('|', ''), start: caret, end: caret };
  }
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { text: marked.replace('[', '').replace(']', ''), start, end };
}

const run = (marked: string, edit: (s: TextSelection) => TextEdit) =>
  apply(sel(marked), edit(sel(marked)));

describe('toggleInline', () => {
  it('wraps the selection in bold or italic marks, keeping it selected', () => {
    expect(run('Chips [and] minerals', (s) => toggleInline(s, 'bold'))).toBe(
      'Chips **[and]** minerals',
    );
    expect(run('Chips [and] minerals', (s) => toggleInline(s, 'italic'))).toBe(
      'Chips _[and]_ minerals',
    );
  });

  it('takes the marks off when they are just outside the selection or at its ends', () => {
    expect(run('Chips **[and]** minerals', (s) => toggleInline(s, 'bold'))).toBe(
      'Chips [and] minerals',
    );
    expect(run('Chips [**and**] minerals', (s) => toggleInline(s, 'bold'))).toBe(
      'Chips [and] minerals',
    );
    expect(run('Chips _[and]_ minerals', (s) => toggleInline(s, 'italic'))).toBe(
      'Chips [and] minerals',
    );
  });

  it('keeps spaces at the ends of the selection outside the marks', () => {
    expect(run('Chips[ and ]minerals', (s) => toggleInline(s, 'bold'))).toBe(
      'Chips **[and]** minerals',
    );
  });

  it('puts a pair of marks at a caret, with the caret between them', () => {
    expect(run('Chips |', (s) => toggleInline(s, 'bold'))).toBe('Chips **|**');
    expect(run('Chips [  ]', (s) => toggleInline(s, 'italic'))).toBe('Chips   _|_');
  });
});

describe('toggleLines', () => {
  it('makes every line the selection touches a list item, and takes it off again', () => {
    const listed = run('intro\nfi[rst\nsec]ond\nend', (s) => toggleLines(s, 'bullets'));
    expect(listed).toBe('intro\n[- first\n- second]\nend');
    expect(run(listed, (s) => toggleLines(s, 'bullets'))).toBe('intro\n[first\nsecond]\nend');
  });

  it('numbers the lines in order', () => {
    expect(run('[a\nb\nc]', (s) => toggleLines(s, 'numbers'))).toBe('[1. a\n2. b\n3. c]');
    expect(run('[1. a\n2. b]', (s) => toggleLines(s, 'numbers'))).toBe('[a\nb]');
  });

  it('adds the prefix to lines without it when only some have it', () => {
    expect(run('[- a\nb]', (s) => toggleLines(s, 'bullets'))).toBe('[- - a\n- b]');
  });

  it('makes a heading of the caret line, replacing another level, and keeps the caret in its words', () => {
    expect(run('Chi|ps\nrest', (s) => toggleLines(s, 'heading'))).toBe('## Chi|ps\nrest');
    expect(run('#### Chi|ps', (s) => toggleLines(s, 'heading'))).toBe('Chi|ps');
    expect(run('text\n### Chi|ps', (s) => toggleLines(s, 'heading'))).toBe('text\nChi|ps');
  });

  it('does not take in the next line when the selection ends just after a line break', () => {
    expect(run('[quoted\n]next', (s) => toggleLines(s, 'quote'))).toBe('[> quoted]\nnext');
  });
});

describe('insertLink', () => {
  it('links the selection to a page of the site, caret after the link', () => {
    expect(
      run('See [the chips brief] now', (s) =>
        insertLink(s, { href: '/themes/chips', title: 'Chips' }),
      ),
    ).toBe('See [the chips brief](/themes/chips)| now');
  });

  it("uses the page's title when nothing is selected, with brackets escaped", () => {
    expect(
      run('See |', (s) => insertLink(s, { href: '/commitments/x', title: 'A [draft] title' })),
    ).toBe('See [A \\[draft\\] title](/commitments/x)|');
  });

  it('without an address, selects a https:// placeholder to type over', () => {
    expect(run('Read [this]', (s) => insertLink(s))).toBe('Read [this]([https://])');
    expect(run('Read |', (s) => insertLink(s))).toBe('Read [link text]([https://])');
  });
});

describe('shortcutStyle', () => {
  it('maps B, I and K and nothing else', () => {
    expect(['b', 'I', 'k', 's', 'Enter'].map(shortcutStyle)).toEqual([
      'bold',
      'italic',
      'link',
      null,
      null,
    ]);
  });
});
