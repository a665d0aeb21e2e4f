import { z } from 'zod';

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

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2023-05-18" -> "18 May 2023", without time-zone surprises; other text is returned as is. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day || month > 12) return iso;
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
