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
  it('has every public page: the site, later pages of lists and the dated pages; not the rest', () => {
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
      '/themes/chips/more/abc',
      '/parties/japan/more/abc',
      '/meetings/more/abc',
      '/parties/more/abc',
      '/sources/more/abc',
      '/as-of',
      '/as-of/2023-05-19/themes/chips',
      '/as-of/2023-05-19/commitments/x',
      '/as-of/2023-05-19/themes/chips/more/abc',
    ])
      expect(hasJapaneseEdition(path), path).toBe(true);
    for (const path of [
      '/admin',
      '/sign-in',
      '/developers/x',
      '/meetings/x/more/abc',
      '/commitments/more/abc',
      '/sources/more/abc/x',
      '/as-of/2023-05-19/meetings/x',
      '/as-of/2023-05-19/commitments/x/more/abc',
      '/api/v1/openapi.json',
    ])
      expect(hasJapaneseEdition(path), path).toBe(false);
  });

  it('lists every edition of a page, and alternates only where both exist', () => {
    expect(editionsOf('/themes/chips')).toEqual(['/themes/chips', '/ja/themes/chips']);
    expect(editionsOf('/sources')).toEqual(['/sources', '/ja/sources']);
    expect(editionsOf('/themes/chips/more/abc')).toEqual([
      '/themes/chips/more/abc',
      '/ja/themes/chips/more/abc',
    ]);
    expect(editionsOf('/sources/more/c1.NTA')).toEqual([
      '/sources/more/c1.NTA',
      '/ja/sources/more/c1.NTA',
    ]);
    expect(editionsOf('/admin')).toEqual(['/admin']);
    expect(languageAlternates('/')).toEqual({ en: '/', ja: '/ja', 'x-default': '/' });
    expect(languageAlternates('/parties')?.ja).toBe('/ja/parties');
    expect(languageAlternates('/as-of')?.ja).toBe('/ja/as-of');
    expect(languageAlternates('/admin')).toBeUndefined();
    expect(editionsOf('/developers')).toEqual(['/developers', '/ja/developers']);
    expect(languageAlternates('/developers')).toEqual({
      en: '/developers',
      ja: '/ja/developers',
      'x-default': '/developers',
    });
  });
});
