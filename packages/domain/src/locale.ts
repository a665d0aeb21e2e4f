/**
 * The languages of the reader-facing site: English at today's URLs, Japanese under /ja.
 * Which public pages exist in Japanese yet is said here once, for the site (language switch,
 * hreflang, re-rendering after a publish) and the sitemap alike.
 */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The public pages that have a Japanese edition under /ja, by their English path: all of them
 * now; the admin and sign-in pages have none (docs/i18n.md), and the language switch and
 * hreflang leave out any page not listed.
 * The list of pages a publish re-renders (apps/web edge/public-pages.ts) and the sitemap add
 * the /ja twin of every page listed here.
 */
const JAPANESE_EDITION = [
  /^\/$/,
  /^\/themes\/[^/]+$/,
  /^\/commitments\/[^/]+$/,
  /^\/(meetings|parties|sources)(\/[^/]+)?$/,
  /^\/methodology$/,
  /^\/search$/,
  /^\/developers$/,
  // A long list's later pages (a brief's, a party's, an index's), and the dated pages (as of a
  // past day) with their form's page.
  /^\/(themes|parties)\/[^/]+\/more\/[^/]+$/,
  /^\/(meetings|parties|sources)\/more\/[^/]+$/,
  /^\/as-of$/,
  /^\/as-of\/[^/]+\/(themes|commitments)\/[^/]+$/,
  /^\/as-of\/[^/]+\/themes\/[^/]+\/more\/[^/]+$/,
];

export function hasJapaneseEdition(englishPath: string): boolean {
  return JAPANESE_EDITION.some((pattern) => pattern.test(englishPath));
}

/** A page's address in a language: `/themes/chips` -> `/ja/themes/chips`, `/` -> `/ja`. */
export function localePath(englishPath: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return englishPath;
  return englishPath === '/' ? `/${locale}` : `/${locale}${englishPath}`;
}

/** The English path of a page in any language: `/ja/themes/chips` -> `/themes/chips`. */
export function englishPathOf(path: string): string {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (path === `/${locale}` || path === `/${locale}/`) return '/';
    if (path.startsWith(`/${locale}/`)) return path.slice(locale.length + 1);
  }
  return path;
}

/** Every edition of a page that exists: the English path, and /ja's when it has one. */
export function editionsOf(englishPath: string): string[] {
  return hasJapaneseEdition(englishPath)
    ? LOCALES.map((locale) => localePath(englishPath, locale))
    : [englishPath];
}

/** hreflang alternates for a page (Next metadata `alternates.languages`), or none. */
export function languageAlternates(englishPath: string): Record<string, string> | undefined {
  if (!hasJapaneseEdition(englishPath)) return undefined;
  return {
    en: englishPath,
    ja: localePath(englishPath, 'ja'),
    'x-default': englishPath,
  };
}
