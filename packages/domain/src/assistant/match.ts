import { type Proposal } from './proposal';

/**
 * Matching a proposal against the commitments a site already has, by their words: the admin's
 * `assistant.matches` (packages/api/src/queries/matches.ts) and `accord propose --match URL`
 * (through the public search) build the same query.
 */

/** The most words of a proposal a match query uses: the first ones, after dropping repeats. */
export const MATCH_WORDS_MAX = 30;

/** What a proposal is matched by: its title (our words) and its sentence. */
export const proposalMatchText = (p: Pick<Proposal, 'title' | 'sentence'>): string =>
  `${p.title} ${p.sentence}`.slice(0, 2000);

/**
 * The words of `text` as a websearch query that any of them satisfies ("a or b or c"). Only
 * letters and digits pass, so nothing in the text is an operator; `or` itself is left out.
 * At most MATCH_WORDS_MAX words, and no longer than `maxLength` characters (the public
 * search takes 200). Null when no word is left.
 */
export function anyWordQuery(text: string, maxLength = Infinity): string | null {
  const words: string[] = [];
  const seen = new Set<string>();
  let length = 0;
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
    if (word === 'or' || word === 'and' || seen.has(word)) continue;
    const added = words.length === 0 ? word.length : word.length + 4;
    if (length + added > maxLength) break;
    seen.add(word);
    words.push(word);
    length += added;
    if (words.length >= MATCH_WORDS_MAX) break;
  }
  return words.length > 0 ? words.join(' or ') : null;
}
