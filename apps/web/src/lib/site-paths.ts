import { AsOfDate, EARLIEST_AS_OF, IsoDate, type Locale, Slug, todayIso } from '@accord/domain';

/**
 * Where the public pages link to, today or as of a past day. Briefs and commitments have
 * dated copies under `/as-of/<date>/…`; a page opened there links to the dated copies of the
 * others, so a reader who went back in time stays there until they follow "today's version".
 * Meetings, parties and sources have no dated copy: their links lead to today's pages.
 */
export interface SitePaths {
  /** The day the pages are read as of; null for today. */
  asOf: IsoDate | null;
  commitment(slug: string): string;
  theme(slug: string): string;
  themeMore(slug: string, cursor: string): string;
}

export function sitePaths(asOf: IsoDate | null = null): SitePaths {
  const prefix = asOf === null ? '' : `/as-of/${asOf}`;
  return {
    asOf,
    commitment: (slug) => `${prefix}/commitments/${slug}`,
    theme: (slug) => `${prefix}/themes/${slug}`,
    themeMore: (slug, cursor) => `${prefix}/themes/${slug}/more/${cursor}`,
  };
}

export const TODAY_PATHS = sitePaths();

/**
 * Today's pages in Japanese: briefs and commitments under /ja. A brief's continuation pages
 * have no Japanese edition yet and lead to the English ones.
 */
export const TODAY_PATHS_JA: SitePaths = {
  ...TODAY_PATHS,
  commitment: (slug) => `/ja/commitments/${slug}`,
  theme: (slug) => `/ja/themes/${slug}`,
};

/** Today's pages in a language. */
export function sitePathsIn(locale: Locale): SitePaths {
  return locale === 'ja' ? TODAY_PATHS_JA : TODAY_PATHS;
}

export type AsOfKind = 'commitments' | 'themes';

/** The dated copy of a brief or commitment: `/as-of/2023-05-19/commitments/<slug>`. */
export function asOfPath(asOf: IsoDate, kind: AsOfKind, slug: string): string {
  return `/as-of/${asOf}/${kind}/${slug}`;
}

/**
 * The day in an as-of path, or null when it is not one to read as of: malformed, before
 * EARLIEST_AS_OF or in the future (the page answers 404 then, never a 500).
 */
export function parseAsOfDate(raw: string): IsoDate | null {
  const parsed = AsOfDate.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type AsOfRequest =
  | { ok: true; path: string }
  | { ok: false; problem: string; date: string; kind: AsOfKind | null; slug: string | null };

/**
 * What the "see it as of a date" form asked for (GET /as-of?date=…&commitment=… or &theme=…):
 * the dated page to go to, or why there is none, in words for the reader.
 */
export function readAsOfRequest(query: Record<string, string | string[] | undefined>): AsOfRequest {
  const one = (name: string) => {
    const value = query[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const date = one('date');
  const target = (['commitment', 'theme'] as const)
    .map((name) => ({ kind: `${name}s` as AsOfKind, slug: one(name) }))
    .find((t) => t.slug !== '');
  const kind = target?.kind ?? null;
  const slug = target && Slug.safeParse(target.slug).success ? target.slug : null;
  const fail = (problem: string): AsOfRequest => ({ ok: false, problem, date, kind, slug });
  if (!target || slug === null) return fail('Choose a brief or a commitment to read.');
  if (date === '') return fail('Choose a day to read it as of.');
  if (!IsoDate.safeParse(date).success) {
    return fail('Write the day as year-month-day, for example 2023-05-19.');
  }
  if (date < EARLIEST_AS_OF) {
    return fail(`Accord's records start in ${EARLIEST_AS_OF.slice(0, 4)}: choose a later day.`);
  }
  if (date > todayIso()) return fail('That day has not happened yet: choose a past day.');
  return { ok: true, path: asOfPath(date, target.kind, slug) };
}
