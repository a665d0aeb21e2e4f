import { describe, expect, it } from 'vitest';
import { anyWordQuery, MATCH_WORDS_MAX, proposalMatchText } from './match';

describe('anyWordQuery', () => {
  it('joins the distinct words of three letters or more with "or", leaving operators out', () => {
    expect(anyWordQuery('Japan AND Korea or "chips" -export; japan, Korea')).toBe(
      'japan or korea or chips or export',
    );
    expect(anyWordQuery('a b, ok? -- ""')).toBeNull();
  });

  it('stops at MATCH_WORDS_MAX words and at the length it is given', () => {
    const many = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    expect(anyWordQuery(many)!.split(' or ')).toHaveLength(MATCH_WORDS_MAX);
    const short = anyWordQuery(many, 200)!;
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short.startsWith('word0 or word1 or ')).toBe(true);
  });
});

describe('proposalMatchText', () => {
  it('is the title and the sentence, cut at 2,000 characters', () => {
    expect(proposalMatchText({ title: 'A fund', sentence: 'They agreed.' })).toBe(
      'A fund They agreed.',
    );
    expect(proposalMatchText({ title: 't', sentence: 'x'.repeat(3000) })).toHaveLength(2000);
  });
});
