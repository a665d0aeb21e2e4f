import {
  AsOfDate,
  EARLIEST_AS_OF,
  IsoDate,
  type Locale,
  localePath,
  Slug,
  todayIso,
} from '@accord/domain';
import { translations } from '~/i18n';

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

export type AsOfRequest =
  | { ok: true; path: string }
  | { ok: false; problem: string; date: string; kind: AsOfKind | null; slug: string | null };

/**
 * What the "see it as of a date" form asked for (GET /as-of?date=…&commitment=… or &theme=…,
 * or /ja/as-of): the dated page to go to, in the form's language, or why there is none, in
 * words for the reader.
 */
export function readAsOfRequest(
  query: Record<string, string | string[] | undefined>,
  locale: Locale = 'en',
): AsOfRequest {
  const t = translations(locale, 'asOf');
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
  if (!target || slug === null) return fail(t('pickRecord'));
  if (date === '') return fail(t('pickDay'));
  if (!IsoDate.safeParse(date).success) return fail(t('dayFormat'));
  if (date < EARLIEST_AS_OF) return fail(t('tooEarly', { year: EARLIEST_AS_OF.slice(0, 4) }));
  if (date > todayIso()) return fail(t('future'));
  return { ok: true, path: asOfPath(date, target.kind, slug, locale) };
}
