import { describe, expect, it } from 'vitest';
import {
  editionsOf,
  englishPathOf,
  hasJapaneseEdition,
  languageAlternates,
  localePath,
} from './locale';

describe('localePath and englishPathOf', () => {
  it('put Japanese pages under /ja and English ones at their own address', () => {
    expect(localePath('/themes/chips', 'ja')).toBe('/ja/themes/chips');
    expect(localePath('/', 'ja')).toBe('/ja');
    expect(localePath('/themes/chips', 'en')).toBe('/themes/chips');
  });

  it('find the English page back from either /ja or /ja/', () => {
    expect(englishPathOf('/ja')).toBe('/');
    expect(englishPathOf('/ja/')).toBe('/');
    expect(englishPathOf('/ja/commitments/x')).toBe('/commitments/x');
    expect(englishPathOf('/japan')).toBe('/japan');
    expect(englishPathOf('/themes/chips')).toBe('/themes/chips');
  });
});

describe('the Japanese edition', () => {
  it('has home, briefs, commitments, meetings, parties, sources, methodology, search and developers, not yet the rest', () => {
    for (const path of [
      '/',
      '/themes/chips',
      '/commitments/x',
      '/meetings',
      '/meetings/hiroshima-2023',
      '/parties',
      '/parties/japan',
      '/sources',
      '/sources/x',
      '/methodology',
      '/search',
      '/developers',
    ])
      expect(hasJapaneseEdition(path), path).toBe(true);
    for (const path of [
      '/themes/chips/more/abc',
      '/parties/japan/more/abc',
      '/as-of',
      '/admin',
      '/developers/x',
      '/api/v1/openapi.json',
    ])
      expect(hasJapaneseEdition(path), path).toBe(false);
  });

  it('lists every edition of a page, and alternates only where both exist', () => {
    expect(editionsOf('/themes/chips')).toEqual(['/themes/chips', '/ja/themes/chips']);
    expect(editionsOf('/sources')).toEqual(['/sources', '/ja/sources']);
    expect(editionsOf('/themes/chips/more/abc')).toEqual(['/themes/chips/more/abc']);
    expect(languageAlternates('/')).toEqual({ en: '/', ja: '/ja', 'x-default': '/' });
    expect(languageAlternates('/parties')?.ja).toBe('/ja/parties');
    expect(languageAlternates('/as-of')).toBeUndefined();
    expect(editionsOf('/developers')).toEqual(['/developers', '/ja/developers']);
    expect(languageAlternates('/developers')).toEqual({
      en: '/developers',
      ja: '/ja/developers',
      'x-default': '/developers',
    });
  });
});
