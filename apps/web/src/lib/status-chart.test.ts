import { CHAR_WIDTH, textWidth } from './chart-scale';
import { emptyStatusCounts, type StatusTimelinePoint } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { buildStatusChart, niceStep } from './status-chart';

function point(on: string, counts: Partial<StatusTimelinePoint['counts']>): StatusTimelinePoint {
  return { on, counts: { ...emptyStatusCounts(), ...counts } };
}

describe('buildStatusChart', () => {
  const points = [
    point('2023-05-18', { not_yet_rated: 6, in_progress: 1 }),
    point('2023-05-21', { not_yet_rated: 4, in_progress: 1, delivered: 2 }),
    point('2026-12-03', { in_progress: 5, delivered: 2 }),
  ];

  it('stacks each point from its day to the next, bottom up in status order', () => {
    const model = buildStatusChart(points, '2026-12-03');
    expect(model).not.toBeNull();
    if (!model) return;
    expect(model.statuses).toEqual(['not_yet_rated', 'in_progress', 'delivered']);
    expect(model.maxTotal).toBe(7);
    const first = model.rects.filter((r) => r.on === '2023-05-18');
    expect(first.map((r) => [r.status, r.count])).toEqual([
      ['not_yet_rated', 6],
      ['in_progress', 1],
    ]);
    // Full height for the largest total; the stack touches the baseline.
    const height = first.reduce((sum, r) => sum + r.height, 0);
    expect(height).toBeCloseTo(model.plot.bottom - model.plot.top, 0);
    expect(first[0]?.y).toBeCloseTo(model.plot.bottom - (first[0]?.height ?? 0), 1);
    // The last point is on the final day: it has no width to draw.
    expect(model.rects.some((r) => r.on === '2026-12-03')).toBe(false);
    expect(model.rects.at(-1)?.x).toBeGreaterThan(model.plot.left);
  });

  it('carries the last point on to the day the chart ends', () => {
    const model = buildStatusChart(points.slice(0, 2), '2024-01-01');
    const last = model?.rects.filter((r) => r.on === '2023-05-21') ?? [];
    expect(last).toHaveLength(3);
    expect((last[0]?.x ?? 0) + (last[0]?.width ?? 0)).toBeCloseTo(model?.plot.right ?? 0, 0);
  });

  it('draws a single point across the whole width', () => {
    const model = buildStatusChart([point('2023-05-18', { not_yet_rated: 3 })], '2023-05-18');
    expect(model?.rects).toHaveLength(1);
    expect(model?.rects[0]?.width).toBe((model?.plot.right ?? 0) - (model?.plot.left ?? 0));
  });

  it('has nothing to draw without points', () => {
    expect(buildStatusChart([], '2026-12-03')).toBeNull();
  });

  it('labels the count axis in round steps', () => {
    const model = buildStatusChart(points, '2026-12-03');
    expect(model?.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6']);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(13)).toBe(5);
    expect(niceStep(100_000)).toBe(50_000);
  });
});

describe('textWidth', () => {
  it('counts a Japanese character as two Latin ones, so labels do not overlap', () => {
    expect(textWidth('2023年5月18日')).toBeCloseTo(13 * CHAR_WIDTH);
    expect(textWidth('年')).toBe(2 * CHAR_WIDTH);
    expect(textWidth('May')).toBe(3 * CHAR_WIDTH);
  });
});
