import { ASSISTANT_MAX_CHARS } from '@accord/domain';

export type ProposeErrorReason = 'empty' | 'too_long' | 'not_english';

/** Input the assistant will not read, with a sentence an editor can act on. */
export class ProposeError extends Error {
  override readonly name = 'ProposeError';
  constructor(
    readonly reason: ProposeErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export const MESSAGES = {
  empty: 'The text is empty: paste the article or readout to read.',
  tooLong: `The text is too long: the assistant reads at most ${ASSISTANT_MAX_CHARS.toLocaleString('en')} characters at a time.`,
  notEnglish:
    'Only English is supported for now: this text does not read as English, so nothing is proposed.',
  noCommitments:
    'No sentence in this text commits anyone to anything: there is nothing to propose.',
} as const;

const TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->|<!doctype[^<>]*>/i;
const BLOCK =
  /^(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|hr|figure|figcaption)$/i;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

export function looksLikeHtml(text: string): boolean {
  return TAG.test(text);
}

/**
 * Plain text from pasted HTML: scripts, styles and comments dropped, block elements become
 * line breaks (so a heading stays its own line), other tags vanish, entities are decoded.
 */
export function stripHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?([a-zA-Z][\w-]*)\b[^<>]*>/g, (_, name: string) => (BLOCK.test(name) ? '\n' : ''))
    .replace(/<!doctype[^<>]*>/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
      if (body.startsWith('#x') || body.startsWith('#X')) {
        return safeCodePoint(parseInt(body.slice(2), 16)) ?? entity;
      }
      if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10)) ?? entity;
      return ENTITIES[body.toLowerCase()] ?? entity;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

// The most frequent English words: real English prose has many of them.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for on it with as was by at from be are this an or have has its their said will were they which not but also who would been'.split(
    ' ',
  ),
);

/**
 * Whether the text reads as English: mostly Latin letters, and for a text of some length,
 * enough of English's commonest words. Japanese, Chinese, Korean, Russian or Arabic text
 * fails the first test; French or German prose the second.
 */
export function readsAsEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return true;
  const latin = text.match(/\p{Script=Latin}/gu) ?? [];
  if (latin.length / letters.length < 0.8) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 12) return true;
  const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return common / words.length >= 0.12;
}

/** Checks the input and returns the text to analyse; throws ProposeError. */
export function prepareText(input: string): { text: string; strippedHtml: boolean } {
  if (input.length > ASSISTANT_MAX_CHARS) throw new ProposeError('too_long', MESSAGES.tooLong);
  if (input.trim() === '') throw new ProposeError('empty', MESSAGES.empty);
  const strippedHtml = looksLikeHtml(input);
  const text = strippedHtml ? stripHtml(input) : input;
  if (text.trim() === '') throw new ProposeError('empty', MESSAGES.empty);
  if (!readsAsEnglish(text)) throw new ProposeError('not_english', MESSAGES.notEnglish);
  return { text, strippedHtml };
}
