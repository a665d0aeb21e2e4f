import { describe, expect, it } from 'vitest';
import { hasJapanese, highlightJapanese, japaneseSearchTerms } from './japanese-search';

describe('japaneseSearchTerms', () => {
  it('splits kana and kanji into pairs as a phrase, one character as a prefix', () => {
    expect(japaneseSearchTerms('半導体')).toEqual({
      runs: ['半導体'],
      termCount: 2,
      tsquery: "('半導' <-> '導体')",
    });
    expect(japaneseSearchTerms('鉱').tsquery).toBe("'鉱':*");
    expect(japaneseSearchTerms('日米').tsquery).toBe("'日米'");
  });

  it('keeps Latin words whole and lower-cased, every run required, repeats once', () => {
    expect(japaneseSearchTerms('AI 半導体 ai').tsquery).toBe("'ai' & ('半導' <-> '導体')");
    expect(japaneseSearchTerms('ＡＩ、ｽﾀｰﾄ').runs).toEqual(['ai', 'スタート']);
  });

  it('reads punctuation, operators and quotes as separators, never as tsquery syntax', () => {
    for (const q of ["'; drop table x; --", '& | ! <-> :* ( )', '「」・、。', '']) {
      expect(japaneseSearchTerms(q).tsquery).toMatch(/^('[a-z0-9]+'( & )?)*$/);
    }
    expect(japaneseSearchTerms('・、。').tsquery).toBe('');
  });

  it('counts one term per pair of characters', () => {
    expect(japaneseSearchTerms('重要鉱物 AI 鉱').termCount).toBe(5);
  });
});

describe('highlightJapanese', () => {
  it('marks every occurrence of the runs, Latin words only whole', () => {
    expect(highlightJapanese('半導体とAIとMAIL、半導体', ['半導体', 'ai'])).toEqual([
      { text: '半導体', match: true },
      { text: 'と', match: false },
      { text: 'AI', match: true },
      { text: 'とMAIL、', match: false },
      { text: '半導体', match: true },
    ]);
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlightJapanese('日米同盟', ['半導体'])).toEqual([{ text: '日米同盟', match: false }]);
  });
});

describe('hasJapanese', () => {
  it('tells a Japanese query from an English one', () => {
    expect(hasJapanese('AI 半導体')).toBe(true);
    expect(hasJapanese('ｽﾀｰﾄ')).toBe(true);
    expect(hasJapanese('critical minerals')).toBe(false);
  });
});
