import { type LexiconPhrase } from '@accord/domain';

/** A word character for the lexicon's boundaries: letters and digits in any script. */
const WORD = String.raw`[\p{L}\p{N}]`;
/** What `*` stands for: one word, dots, hyphens and apostrophes included ("U.S.", "Japan's"). */
const ANY_WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}.'’-]*`;

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}

function tokenPattern(token: string): string {
  return token === '*' ? ANY_WORD : escapeWord(token);
}

/**
 * A phrase between commas before a cue's last "to": "decided, together with Denmark and
 * Finland, to co-finance", "agreed, in principle, to". Up to 60 characters, no sentence
 * punctuation or quotation marks in it.
 */
const PARENTHETICAL = String.raw`(?:\s*,\s+[^,.;:"“”]{1,60},)?`;

export interface PhraseOptions {
  /** Whether a parenthetical may stand before the phrase's final "to". */
  parenthetical?: boolean;
}

/**
 * The regular expression source of a lexicon phrase (syntax in @accord/domain's lexicons):
 * words separated by any whitespace, `*` for one word, `[word]` for an optional word, on
 * word boundaries.
 */
export function phrasePattern(phrase: LexiconPhrase, options: PhraseOptions = {}): string {
  const tokens = phrase.trim().split(/\s+/);
  let pattern = '';
  // Whether a required word came before: the next word is then preceded by whitespace.
  let afterWord = false;
  for (const [i, token] of tokens.entries()) {
    const optional = /^\[(.+)\]$/.exec(token);
    const body = tokenPattern(optional ? optional[1]! : token);
    if (options.parenthetical && afterWord && i === tokens.length - 1 && /^to$/i.test(token)) {
      pattern += `${PARENTHETICAL}\\s+${body}`;
    } else if (optional) {
      pattern += afterWord ? `(?:\\s+${body})?` : `(?:${body}\\s+)?`;
    } else {
      pattern += afterWord ? `\\s+${body}` : body;
      afterWord = true;
    }
  }
  // A phrase that ends in a dot ("U.S.") has already consumed its boundary.
  const end = /[.]$/.test(phrase) ? '' : `(?!${WORD})`;
  return `(?<!${WORD})${pattern}${end}`;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

/**
 * A lexicon compiled into one regular expression per case mode, each phrase a capturing
 * group: one scan of the text finds them all. Longer phrases come first, so that of two
 * phrases starting at one place the longer wins.
 */
export interface CompiledLexicon<T> {
  regex: RegExp;
  values: T[];
}

/**
 * Compiles phrases once. Case is ignored unless `caseSensitive` says otherwise for a phrase
 * (proper names: "US" the country is not "us" the pronoun).
 */
export function compilePhrases<T>(
  entries: readonly { phrase: LexiconPhrase; value: T }[],
  caseSensitive: (phrase: LexiconPhrase) => boolean = () => false,
  options: PhraseOptions = {},
): CompiledLexicon<T>[] {
  const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
  const lexicons: CompiledLexicon<T>[] = [];
  for (const sensitive of [true, false]) {
    const group = sorted.filter((e) => caseSensitive(e.phrase) === sensitive);
    if (group.length === 0) continue;
    lexicons.push({
      regex: new RegExp(
        group.map((e) => `(${phrasePattern(e.phrase, options)})`).join('|'),
        sensitive ? 'gu' : 'giu',
      ),
      values: group.map((e) => e.value),
    });
  }
  return lexicons;
}

/** The matches of a lexicon in `text[from, to)`, with absolute offsets. */
export function findAll<T>(
  text: string,
  lexicons: readonly CompiledLexicon<T>[],
  from = 0,
  to = text.length,
): (Match & { value: T })[] {
  const slice = text.slice(from, to);
  const found: (Match & { value: T })[] = [];
  for (const { regex, values } of lexicons) {
    regex.lastIndex = 0;
    for (const m of slice.matchAll(regex)) {
      let group = 1;
      while (group < m.length && m[group] === undefined) group++;
      found.push({
        start: from + m.index,
        end: from + m.index + m[0].length,
        text: m[0],
        value: values[group - 1]!,
      });
    }
  }
  return found;
}

/**
 * The leftmost-longest matches that do not overlap: where two phrases overlap, the earlier
 * one wins, and of two starting together, the longer ("reaffirmed" over "affirmed").
 */
export function leftmostLongest<M extends Match>(matches: readonly M[]): M[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: M[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
