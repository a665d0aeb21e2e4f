import { type IsoDate } from '@accord/domain';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date, without time zones. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/**
 * A linear scale from calendar days to x positions between `left` and `right`. A range of a
 * single day is widened to two, so one point still lands at the left edge.
 */
export function timeScale(
  from: IsoDate,
  to: IsoDate,
  left: number,
  right: number,
): (date: IsoDate) => number {
  const start = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - start);
  return (date) => round(left + ((dayNumber(date) - start) / span) * (right - left));
}

/** Coordinates to a tenth of a pixel: shorter markup, no visible difference. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function minDate(dates: readonly IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b < a ? b : a));
}

export function maxDate(dates: readonly IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b > a ? b : a));
}

export interface AxisTick {
  x: number;
  label: string;
}

/** Roughly the width of one character of the charts' 11px labels. */
export const CHAR_WIDTH = 6.2;

/**
 * Roughly how wide a label is drawn: a CJK character or a full-width form (年, 月, ：) takes
 * about two Latin characters' width.
 */
export function textWidth(label: string): number {
  let units = 0;
  for (const ch of label)
    units += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return units * CHAR_WIDTH;
}

/**
 * Year ticks (1 January) strictly inside the range, leaving out any that would run into the
 * date labels written at each end of the axis, or into the tick before.
 */
export function yearTicks(
  from: IsoDate,
  to: IsoDate,
  x: (date: IsoDate) => number,
  edges: { left: number; right: number; leftLabel: string; rightLabel: string },
): AxisTick[] {
  const yearWidth = 4 * CHAR_WIDTH;
  const leftEnd = edges.left + textWidth(edges.leftLabel) + 16;
  const rightStart = edges.right - textWidth(edges.rightLabel) - 16;
  const ticks: AxisTick[] = [];
  for (let year = Number(from.slice(0, 4)) + 1; year <= Number(to.slice(0, 4)); year++) {
    const at = x(`${year}-01-01`);
    const previousEnd = (ticks.at(-1)?.x ?? -Infinity) + yearWidth / 2 + 16;
    const start = at - yearWidth / 2;
    if (start < leftEnd || start < previousEnd || at + yearWidth / 2 > rightStart) continue;
    ticks.push({ x: at, label: String(year) });
  }
  return ticks;
}
