import { describe, expect, it } from 'vitest';
import { phrasePattern } from './phrases';

const matches = (phrase: string, text: string) =>
  new RegExp(phrasePattern(phrase), 'iu').exec(text)?.[0] ?? null;

describe('phrasePattern', () => {
  it('matches words on word boundaries, across any whitespace', () => {
    expect(matches('agreed to', 'They agreed\n to act')).toBe('agreed\n to');
    expect(matches('agreed to', 'They disagreed to act')).toBeNull();
  });

  it('reads * as one word and [word] as an optional word, first or later', () => {
    expect(matches('a [senior] * official said', 'a senior Japanese official said')).toBe(
      'a senior Japanese official said',
    );
    expect(matches('a [senior] * official said', 'a Japanese official said')).toBe(
      'a Japanese official said',
    );
    expect(matches('[*] people familiar with', 'two people familiar with it')).toBe(
      'two people familiar with',
    );
    expect(matches('[*] people familiar with', 'people familiar with it')).toBe(
      'people familiar with',
    );
  });

  it('matches either apostrophe, and a name that ends in a dot', () => {
    expect(matches("Prime Minister's Office", 'the Prime Minister’s Office')).toBe(
      'Prime Minister’s Office',
    );
    expect(matches('U.S.', 'the U.S.-China talks')).toBe('U.S.');
  });
});
