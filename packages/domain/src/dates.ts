import { z } from 'zod';
import { DEFAULT_LOCALE, type Locale } from './locale';

/** A calendar date without time or zone, as `YYYY-MM-DD`. Compared as strings. */
export const IsoDate = z.iso
  .date({ error: 'Expected a date as YYYY-MM-DD' })
  // The calendar has no year 0 and PostgreSQL refuses it, though the pattern allows it.
  .refine((date) => !date.startsWith('0000-'), 'There is no year 0: the first year is 0001');
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * An instant (when a record was updated or published), a `Date`. Typed API clients get a
 * `Date` too (superjson carries it); plain JSON carries it as an ISO 8601 string. Calendar
 * dates stay `IsoDate` strings: they have no time or zone, and a `Date` would put them at
 * UTC midnight, which is the day before in the Americas.
 */
export const Timestamp = z.date().meta({
  // How REST/OpenAPI describes it: JSON carries the instant as an ISO 8601 string.
  override: { type: 'string', format: 'date-time' },
});
export type Timestamp = z.infer<typeof Timestamp>;

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

/**
 * The last calendar day covered by a date given at some precision:
 * 2028 (year) -> 2028-12-31, 2024-06 (month) -> 2024-06-30, Q2 2024 -> 2024-06-30.
 */
export function endOfPeriod(date: IsoDate, precision: DatePrecision): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (precision) {
    case 'day':
      return date;
    case 'month':
      return `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
    case 'quarter': {
      const quarterEnd = Math.ceil(month / 3) * 3;
      return `${year}-${pad(quarterEnd)}-${pad(lastDayOfMonth(year, quarterEnd))}`;
    }
    case 'year':
      return `${year}-12-31`;
  }
}

/** Which `Intl` locale writes each language: en-GB gives "18 May 2023", ja gives "2023年5月18日". */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ja: 'ja-JP' };

/** How much of a calendar date to write: "18 May 2023", "May 2023" or "2023". */
export type CalendarPrecision = 'day' | 'month' | 'year';

const FORMAT_OPTIONS: Record<CalendarPrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

// Intl.DateTimeFormat is costly to build; one per locale and precision is enough.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, precision: CalendarPrecision): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    // UTC on both sides: the Date is built at UTC midnight, so the calendar day never shifts.
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      ...FORMAT_OPTIONS[precision],
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A calendar date for readers, through `Intl`: "18 May 2023" / "2023年5月18日" (day),
 * "May 2023" / "2023年5月" (month), "2023" / "2023年" (year). Only the `YYYY-MM-DD` part is
 * read, so a time part never shifts the day; text that is not a date is returned as is.
 */
export function formatIsoDate(
  iso: string,
  locale: Locale = DEFAULT_LOCALE,
  precision: CalendarPrecision = 'day',
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!year || month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return iso;
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC reads years 0-99 as 1900-1999; set the year on its own to keep year 0001.
  date.setUTCFullYear(year);
  return formatter(locale, precision).format(date);
}
