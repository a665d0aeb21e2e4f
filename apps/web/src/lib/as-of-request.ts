import { EARLIEST_AS_OF, IsoDate, type Locale, Slug, todayIso } from '@accord/domain';
import { translations } from '~/i18n';
import { asOfPath, type AsOfKind } from './site-paths';

/*
 * Apart from site-paths.ts, which client code imports too: this reads the UI strings of both
 * languages, which only the server's as-of pages need.
 */

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
