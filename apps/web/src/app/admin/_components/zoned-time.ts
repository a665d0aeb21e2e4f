import { formatIsoDate } from '@accord/domain';

/*
 * Wall-clock times in a named time zone, for the schedule form: an embargo is announced as
 * "09:00 Tokyo time", and the admin should type that, not work out UTC by hand. The API still
 * takes and returns instants in UTC; these convert at the form's edge, with the platform's
 * Intl time-zone data (no library), daylight-saving gaps and overlaps included.
 */

/** What a datetime-local input holds: "2026-12-05T09:00". */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's calendar fields of an instant, through a cached formatter per zone. */
function fieldsAt(ms: number, timeZone: string): number[] {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormatters.set(timeZone, format);
  }
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(ms).find((p) => p.type === type)?.value);
  return [value('year'), value('month'), value('day'), value('hour'), value('minute')];
}

/** Whether the platform knows `name` as a time zone ("Asia/Tokyo", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in ms (Tokyo: +9 h). */
function offsetAt(ms: number, timeZone: string): number {
  const [year, month, day, hour, minute] = fieldsAt(ms, timeZone);
  const wall = Date.UTC(year!, month! - 1, day, hour, minute);
  return wall - Math.floor(ms / 60_000) * 60_000;
}

/** The instant as the zone's wall-clock time, for a datetime-local input. */
export function utcToWallTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const [year, month, day, hour, minute] = fieldsAt(ms, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year!, 4)}-${pad(month!)}-${pad(day!)}T${pad(hour!)}:${pad(minute!)}`;
}

export type WallTimeResult = { ok: true; iso: string } | { ok: false; error: string };

/**
 * The instant a wall-clock time names in a zone, as "2026-12-05T00:00:00Z". A time that the
 * zone skips (clocks go forward) is an error that says so; a time that happens twice (clocks
 * go back) is the first of the two, as calendars and most schedulers read it.
 */
export function wallTimeToUtc(value: string, timeZone: string): WallTimeResult {
  const match = WALL_TIME.exec(value);
  if (!match) return { ok: false, error: 'Enter a date and a time.' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return { ok: false, error: `${value} is not a date and time.` };
  }
  if (!isTimeZone(timeZone)) return { ok: false, error: `Unknown time zone: ${timeZone}.` };
  // The offsets a day either side bound every offset the zone can have around this time;
  // each gives a candidate instant, and the ones that read back as `value` are its instants.
  const candidates = [
    ...new Set([offsetAt(asUtc - 86_400_000, timeZone), offsetAt(asUtc + 86_400_000, timeZone)]),
  ]
    .map((offset) => asUtc - offset)
    .filter((ms) => utcToWallTime(new Date(ms).toISOString(), timeZone) === value)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first === undefined) {
    return {
      ok: false,
      error: `${value.replace('T', ' ')} does not exist in ${timeZone}: the clocks go forward over it. Choose another time.`,
    };
  }
  return { ok: true, iso: `${new Date(first).toISOString().slice(0, 16)}:00Z` };
}

/** The zone's short name at an instant: "JST", "EST", "GMT+9" where there is no name. */
export function zoneAbbreviation(iso: string, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(Date.parse(iso))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "5 December 2026, 09:00 JST": the instant in a zone, named by the zone's short name. */
export function formatInZone(iso: string, timeZone: string): string {
  const wall = utcToWallTime(iso, timeZone);
  if (!wall) return iso;
  const zone = timeZone === 'UTC' ? 'UTC' : zoneAbbreviation(iso, timeZone);
  return `${formatIsoDate(wall.slice(0, 10))}, ${wall.slice(11, 16)} ${zone}`;
}

/**
 * The zones the form offers: the admin's own first, then UTC and the zones this dataset's
 * governments announce in, then every other zone the platform knows.
 */
export function zoneChoices(own: string): string[] {
  const preferred = [own, 'UTC', 'Asia/Tokyo', 'America/New_York', 'Europe/London'];
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...preferred.filter(isTimeZone), ...all])];
}
