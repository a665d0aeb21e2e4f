import { describe, expect, it } from 'vitest';
import { shownText } from './translated';

const record = {
  title: 'Cooperate on chips',
  summary: 'Our summary.',
  translations: { ja: { title: { text: '半導体で協力する', stale: true } } },
};

describe('shownText', () => {
  it('shows the translation on a page in its language, stale or not, with no lang of its own', () => {
    expect(shownText('ja', record, 'title')).toEqual({
      text: '半導体で協力する',
      lang: undefined,
      translated: true,
      stale: true,
    });
  });

  it('falls back to the English, marked lang="en", when the field has no translation', () => {
    expect(shownText('ja', record, 'summary')).toEqual({
      text: 'Our summary.',
      lang: 'en',
      translated: false,
      stale: false,
    });
    expect(shownText('ja', { title: 'T' }, 'title').lang).toBe('en');
  });

  it('always shows the English on English pages', () => {
    expect(shownText('en', record, 'title')).toEqual({
      text: 'Cooperate on chips',
      lang: undefined,
      translated: false,
      stale: false,
    });
  });
});
