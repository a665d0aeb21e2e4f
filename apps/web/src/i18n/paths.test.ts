import { describe, expect, it } from 'vitest';
import { localeLink } from './paths';

describe('localeLink', () => {
  it('keeps English links as they are', () => {
    expect(localeLink('/methodology#disputes', 'en')).toEqual({ href: '/methodology#disputes' });
  });

  it('leads a Japanese page to the Japanese edition, fragment kept', () => {
    expect(localeLink('/', 'ja')).toEqual({ href: '/ja' });
    expect(localeLink('/commitments/x#quote-3', 'ja')).toEqual({
      href: '/ja/commitments/x#quote-3',
    });
  });

  it('marks a link to a page without a Japanese edition as English', () => {
    expect(localeLink('/admin', 'ja')).toEqual({ href: '/admin', hrefLang: 'en' });
    expect(localeLink('/api/v1/openapi.json', 'ja')).toEqual({
      href: '/api/v1/openapi.json',
      hrefLang: 'en',
    });
    // Lists' later pages and the dated pages have their Japanese editions.
    expect(localeLink('/themes/x/more/abc', 'ja')).toEqual({ href: '/ja/themes/x/more/abc' });
    expect(localeLink('/as-of?theme=x', 'ja')).toEqual({ href: '/ja/as-of?theme=x' });
  });
});
