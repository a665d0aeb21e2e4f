import { DEFAULT_LOCALE, formatIsoDate, type Locale } from '@accord/domain';

/** Dates for readers, through `Intl`: "18 May 2023", or "2023年5月18日" in Japanese. */
export function formatDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatIsoDate(iso, locale);
}

/** "19–21 May 2023"; in Japanese "2023年5月19日～21日". */
export function formatDateRange(
  start: string,
  end: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (start === end) return formatDate(start, locale);
  const [sy, sm] = start.split('-');
  const [ey, em] = end.split('-');
  const sameMonth = sy === ey && sm === em;
  if (locale === 'ja') {
    return sameMonth
      ? `${formatDate(start, locale)}～${Number(end.slice(8, 10))}日`
      : `${formatDate(start, locale)}～${formatDate(end, locale)}`;
  }
  if (sameMonth) return `${Number(start.slice(8, 10))}–${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
