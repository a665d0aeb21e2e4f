import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  type IsoDate,
  type Locale,
  type StatusTimelinePoint,
} from '@accord/domain';
import { type AxisTick, maxDate, round, timeScale, yearTicks } from './chart-scale';
import { formatDate } from './format';

/**
 * A brief's statuses over time as a stacked step chart: each point's counts hold from its day
 * until the next point (the last one until `now`), stacked in the order of
 * COMMITMENT_STATUSES from the bottom. Pure numbers: the component draws them as SVG, and
 * the same points are a table for readers who do not see the chart.
 */

export interface StatusChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
  status: CommitmentStatus;
  /** "3 delivered from 21 May 2023": what the rectangle stands for. */
  on: IsoDate;
  count: number;
}

export interface StatusChartModel {
  width: number;
  height: number;
  from: IsoDate;
  to: IsoDate;
  plot: { left: number; right: number; top: number; bottom: number };
  rects: StatusChartRect[];
  /** Count ticks on the left axis, bottom up. */
  yTicks: { y: number; label: string }[];
  xTicks: AxisTick[];
  /** The statuses that appear at any point, in stacking order: the legend and table columns. */
  statuses: CommitmentStatus[];
  /** The largest total at any point. */
  maxTotal: number;
}

const WIDTH = 640;
const LEFT = 40;
const RIGHT = WIDTH - 12;
const TOP = 10;
const PLOT_HEIGHT = 140;
const AXIS = 26;

export function totalOf(point: StatusTimelinePoint): number {
  return COMMITMENT_STATUSES.reduce((sum, s) => sum + point.counts[s], 0);
}

export function buildStatusChart(
  points: readonly StatusTimelinePoint[],
  now: IsoDate,
  /** The language of the date labels at each end of the axis. */
  locale: Locale = 'en',
): StatusChartModel | null {
  const sorted = points.toSorted((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const first = sorted[0];
  if (!first) return null;
  const from = first.on;
  const to = maxDate([now, ...sorted.map((p) => p.on)]);
  const x = timeScale(from, to, LEFT, RIGHT);
  const bottom = TOP + PLOT_HEIGHT;
  const maxTotal = Math.max(1, ...sorted.map(totalOf));
  const unit = PLOT_HEIGHT / maxTotal;
  const statuses = COMMITMENT_STATUSES.filter((s) => sorted.some((p) => p.counts[s] > 0));

  const rects: StatusChartRect[] = [];
  sorted.forEach((point, i) => {
    const x1 = x(point.on);
    // A chart of one day still shows its one point, across the whole width.
    const x2 = sorted.length === 1 ? RIGHT : x(sorted[i + 1]?.on ?? to);
    if (x2 <= x1) return;
    let base = bottom;
    for (const status of statuses) {
      const count = point.counts[status];
      if (count === 0) continue;
      const height = round(count * unit);
      base = round(base - height);
      rects.push({ x: x1, y: base, width: round(x2 - x1), height, status, on: point.on, count });
    }
  });

  const step = niceStep(maxTotal);
  const yTicks: { y: number; label: string }[] = [];
  for (let value = 0; value <= maxTotal; value += step) {
    yTicks.push({ y: round(bottom - value * unit), label: String(value) });
  }

  return {
    width: WIDTH,
    height: bottom + AXIS,
    from,
    to,
    plot: { left: LEFT, right: RIGHT, top: TOP, bottom },
    rects,
    yTicks,
    xTicks: yearTicks(from, to, x, {
      left: LEFT,
      right: RIGHT,
      leftLabel: formatDate(from, locale),
      rightLabel: formatDate(to, locale),
    }),
    statuses,
    maxTotal,
  };
}

/** A step between count ticks that gives at most five of them: 1, 2, 5, 10, 20, 50, … */
export function niceStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) {
      if (max / (step * magnitude) <= 4) return step * magnitude;
    }
  }
}
