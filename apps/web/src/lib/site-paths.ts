import { AsOfDate, type IsoDate, type Locale, localePath } from '@accord/domain';

/**
 * Where the public pages link to, today or as of a past day, in a language. Briefs and
 * commitments have dated copies under `/as-of/<date>/…` (`/ja/as-of/<date>/…` in Japanese); a
 * page opened there links to the dated copies of the others, so a reader who went back in
 * time stays there until they follow "today's version". Meetings, parties and sources have no
 * dated copy: their links lead to today's pages.
 */
export interface SitePaths {
  /** The day the pages are read as of; null for today. */
  asOf: IsoDate | null;
  /** The language of the pages linked to. */
  locale: Locale;
  commitment(slug: string): string;
  theme(slug: string): string;
  themeMore(slug: string, cursor: string): string;
}

export function sitePaths(asOf: IsoDate | null = null, locale: Locale = 'en'): SitePaths {
  const at = (path: string) => localePath(asOf === null ? path : `/as-of/${asOf}${path}`, locale);
  return {
    asOf,
    locale,
    commitment: (slug) => at(`/commitments/${slug}`),
    theme: (slug) => at(`/themes/${slug}`),
    themeMore: (slug, cursor) => at(`/themes/${slug}/more/${cursor}`),
  };
}

export const TODAY_PATHS = sitePaths();

/** Today's pages in Japanese: briefs, their later pages and commitments under /ja. */
export const TODAY_PATHS_JA = sitePaths(null, 'ja');

/** Today's pages in a language. */
export function sitePathsIn(locale: Locale): SitePaths {
  return locale === 'ja' ? TODAY_PATHS_JA : TODAY_PATHS;
}

export type AsOfKind = 'commitments' | 'themes';

/** The dated copy of a brief or commitment: `/as-of/2023-05-19/commitments/<slug>`. */
export function asOfPath(
  asOf: IsoDate,
  kind: AsOfKind,
  slug: string,
  locale: Locale = 'en',
): string {
  return localePath(`/as-of/${asOf}/${kind}/${slug}`, locale);
}

/**
 * The day in an as-of path, or null when it is not one to read as of: malformed, before
 * EARLIEST_AS_OF or in the future (the page answers 404 then, never a 500).
 */
export function parseAsOfDate(raw: string): IsoDate | null {
  const parsed = AsOfDate.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
