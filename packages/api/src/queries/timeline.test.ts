import { emptyStatusCounts, STATUS_TIMELINE_POINTS } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { buildTimeline, type DayDelta } from './timeline';

/** A commitment joins on each of `days`, not yet rated. */
const joins = (days: string[]): DayDelta[] =>
  days.map((on) => ({ on, status: 'not_yet_rated', delta: 1 }));

describe('buildTimeline', () => {
  it('gives the counts at the end of each day they changed, then at the end day', () => {
    const timeline = buildTimeline(
      [
        ...joins(['2023-05-18', '2023-05-18']),
        { on: '2023-05-21', status: 'not_yet_rated', delta: -1 },
        { on: '2023-05-21', status: 'delivered', delta: 1 },
      ],
      '2024-01-01',
    );
    expect(timeline).toEqual([
      { on: '2023-05-18', counts: { ...emptyStatusCounts(), not_yet_rated: 2 } },
      { on: '2023-05-21', counts: { ...emptyStatusCounts(), not_yet_rated: 1, delivered: 1 } },
      { on: '2024-01-01', counts: { ...emptyStatusCounts(), not_yet_rated: 1, delivered: 1 } },
    ]);
  });

  it('leaves out what happened after the end day, and days whose moves cancel out', () => {
    const timeline = buildTimeline(
      [...joins(['2023-01-01', '2025-01-01']), { on: '2023-06-01', status: 'stalled', delta: 0 }],
      '2024-01-01',
    );
    expect(timeline.map((p) => p.on)).toEqual(['2023-01-01', '2024-01-01']);
    expect(timeline.at(-1)?.counts.not_yet_rated).toBe(1);
  });

  it('keeps the last point of each month when there are too many days, ending on the end day', () => {
    // Every day of 2023 and 2024: 731 days of change.
    const days: string[] = [];
    for (
      let d = new Date('2023-01-01');
      d <= new Date('2024-12-31');
      d.setUTCDate(d.getUTCDate() + 1)
    )
      days.push(d.toISOString().slice(0, 10));
    const timeline = buildTimeline(joins(days), '2025-02-10');
    expect(timeline.length).toBeLessThanOrEqual(STATUS_TIMELINE_POINTS);
    expect(timeline.map((p) => p.on).slice(0, 2)).toEqual(['2023-01-31', '2023-02-28']);
    expect(timeline.at(-2)).toEqual({
      on: '2024-12-31',
      counts: { ...emptyStatusCounts(), not_yet_rated: days.length },
    });
    expect(timeline.at(-1)?.on).toBe('2025-02-10');
  });

  it('goes to quarters, then years, when months are still too many', () => {
    const days: string[] = [];
    for (let y = 2000; y <= 2025; y++)
      for (let m = 1; m <= 12; m += 2) days.push(`${y}-${String(m).padStart(2, '0')}-15`);
    const timeline = buildTimeline(joins(days), '2026-01-01', 60);
    expect(timeline.length).toBeLessThanOrEqual(60);
    expect(timeline[0]?.on).toBe('2000-11-15');
    expect(timeline.at(-1)?.on).toBe('2026-01-01');
  });

  it('is one point at the end day when nothing had happened', () => {
    expect(buildTimeline([], '2024-01-01')).toEqual([
      { on: '2024-01-01', counts: emptyStatusCounts() },
    ]);
  });
});
