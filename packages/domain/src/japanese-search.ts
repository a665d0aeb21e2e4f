import { type HighlightSegment } from './api';

/**
 * The query side of the Japanese search (docs/search.md). Japanese has no spaces between
 * words, so text is matched by overlapping character pairs (bigrams): 半導体 is 半導 and 導体.
 * The index side is `accord_ja_vector` in migration 0009 of @accord/db, which must split text
 * exactly as this does: NFKC-normalised, then runs of kana and kanji (CJK_RUN) and runs of
 * ASCII letters and digits (lower-cased, kept whole); everything else ends a run.
 */

/** Kana and kanji (the same ranges as the migration's pattern); 々 〆 ー included. */
const CJK = 'ぁ-ゖァ-ヺー々〆㐀-䶿一-鿿豈-﫿';
const RUNS = new RegExp(`[${CJK}]+|[a-z0-9]+`, 'gu');
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');

/**
 * How many terms a Japanese search may have: every pair of characters is one, and each must
 * be looked up and matched, so the cost grows with them. Longer is a 400 that says so.
 */
export const SEARCH_MAX_TERMS = 64;

export interface JapaneseQuery {
  /** Runs of kana/kanji and of Latin letters/digits, normalised, in order, each once. */
  runs: string[];
  /** How many index terms they make (a run of n kana/kanji is n-1 pairs, or 1). */
  termCount: number;
  /** The runs as a tsquery (text form, cast with ::tsquery): all must match. Empty: none. */
  tsquery: string;
}

/** Lower-cases ASCII only, as PostgreSQL's lower() does in the C locale (PGlite). */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function isLatin(run: string): boolean {
  return /^[a-z0-9]/.test(run);
}

/** A lexeme in tsquery text form: quoted (our runs hold no quote or backslash, but still). */
function lexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A reader's words as Japanese search terms: a kana/kanji run of two or more characters is
 * its pairs as a phrase (`'半導' <-> '導体'`, so 半導体 must be written together), one
 * character is a prefix (`'体':*`, matching every pair that starts with it and each run's
 * last character), a Latin run is a word (`'ai'`). Every run must match (`&`).
 */
export function japaneseSearchTerms(q: string): JapaneseQuery {
  const normalised = asciiLower(q.normalize('NFKC'));
  const runs = [...new Set(normalised.match(RUNS) ?? [])];
  let termCount = 0;
  const parts = runs.map((run) => {
    if (isLatin(run) || [...run].length === 1) {
      termCount += 1;
      return isLatin(run) ? lexeme(run) : `${lexeme(run)}:*`;
    }
    const chars = [...run];
    const pairs = chars.slice(0, -1).map((c, i) => lexeme(c + chars[i + 1]));
    termCount += pairs.length;
    return pairs.length === 1 ? pairs[0]! : `(${pairs.join(' <-> ')})`;
  });
  return { runs, termCount, tsquery: parts.join(' & ') };
}

/** Whether the text holds any kana or kanji (a Japanese query on the English search). */
export function hasJapanese(text: string): boolean {
  return HAS_CJK.test(text.normalize('NFKC'));
}

/**
 * `text` with every occurrence of the query's runs marked, as search highlights: kana/kanji
 * runs anywhere, Latin runs as whole words, ignoring ASCII case. The text is compared after
 * NFKC, character for character where that keeps its length (so half-width katakana in the
 * text are still found); otherwise as it is.
 */
export function highlightJapanese(text: string, runs: string[]): HighlightSegment[] {
  const normal = asciiLower(text.normalize('NFKC'));
  const haystack = normal.length === text.length ? normal : asciiLower(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const run of runs) {
    if (run === '') continue;
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(run, from);
      if (at === -1) break;
      from = at + 1;
      const end = at + run.length;
      if (
        isLatin(run) &&
        (/[a-z0-9]/.test(haystack[at - 1] ?? '') || /[a-z0-9]/.test(haystack[end] ?? ''))
      ) {
        continue;
      }
      marked.fill(true, at, end);
    }
  }
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    segments.push({ text: text.slice(i, j), match: marked[i]! });
    i = j;
  }
  return segments;
}
