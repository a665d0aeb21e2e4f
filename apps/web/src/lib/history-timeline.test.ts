import { type TargetDate } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { buildHistoryTimeline, type TimelineInput } from './history-timeline';

const MEETING = { title: 'Kishida–Biden meeting in Hiroshima', on: '2023-05-18' };
const JAPAN = { slug: 'jp', name: 'Japan', shortName: 'Japan' };
const US = { slug: 'us', name: 'United States', shortName: 'US' };
const ON_21_MAY: TargetDate = { date: '2023-05-21', precision: 'day', qualifier: 'by', note: null };

function input(overrides: Partial<TimelineInput> = {}): TimelineInput {
  return {
    meeting: MEETING,
    updates: [],
    target: null,
    now: '2026-12-03',
    asOf: false,
    ...overrides,
  };
}

describe('buildHistoryTimeline', () => {
  it('draws the trilateral: meeting, delivery, target and today, in words too', () => {
    const model = buildHistoryTimeline(
      input({
        updates: [{ on: '2023-05-21', status: 'delivered', party: null }],
        target: ON_21_MAY,
      }),
    );
    expect(model.from).toBe('2023-05-18');
    expect(model.to).toBe('2026-12-03');
    expect(model.lanes).toHaveLength(1);
    const [overall] = model.lanes;
    expect(overall?.segments.map((s) => s.status)).toEqual(['not_yet_rated', 'delivered']);
    expect(overall?.segments.at(-1)?.x2).toBe(model.plot.right);
    expect(overall?.segments[0]?.x1).toBe(model.plot.left);
    expect(model.events).toEqual([
      { on: '2023-05-18', kind: 'meeting', text: 'Made at Kishida–Biden meeting in Hiroshima' },
      { on: '2023-05-21', kind: 'update', text: 'Rated delivered' },
      { on: '2023-05-21', kind: 'target', text: 'Target date (by 21 May 2023)' },
      { on: '2026-12-03', kind: 'now', text: 'Today' },
    ]);
    expect(model.markers.map((m) => m.label)).toEqual(['Meeting', 'Target', 'Today']);
  });

  it('puts markers that would overlap on separate rows of labels', () => {
    const model = buildHistoryTimeline(input({ target: ON_21_MAY }));
    const [meeting, target, today] = model.markers;
    // Three days apart on a three-and-a-half-year axis: the labels would collide.
    expect(meeting?.row).toBe(0);
    expect(target?.row).toBe(1);
    expect(today?.row).toBe(0);
    expect(today?.anchor).toBe('end');
    expect(model.plot.top).toBeGreaterThan(2 * 14);
  });

  it('gives each party with a track of its own a lane, from its first update', () => {
    const model = buildHistoryTimeline(
      input({
        updates: [
          { on: '2023-05-18', status: 'in_progress', party: null },
          { on: '2023-12-06', status: 'in_progress', party: JAPAN },
          { on: '2024-04-24', status: 'in_progress', party: US },
          { on: '2025-03-03', status: 'stalled', party: US },
          { on: '2025-03-11', status: 'in_progress', party: US },
        ],
      }),
    );
    expect(model.lanes.map((l) => l.label)).toEqual(['Overall', 'Japan', 'US']);
    const us = model.lanes[2];
    expect(us?.segments.map((s) => s.status)).toEqual(['in_progress', 'stalled', 'in_progress']);
    expect(us?.dots).toHaveLength(3);
    // The overall lane: rated on the meeting day, so no "not yet rated" stretch is left.
    expect(model.lanes[0]?.segments.map((s) => s.status)).toEqual(['in_progress']);
    expect(model.events.filter((e) => e.kind === 'update').map((e) => e.text)).toEqual([
      'Rated in progress',
      "Japan's part rated in progress",
      "The United States' part rated in progress",
      "The United States' part rated stalled",
      "The United States' part rated in progress",
    ]);
    expect(model.lanes.map((l) => l.y)).toEqual(
      [...model.lanes.map((l) => l.y)].sort((a, b) => a - b),
    );
  });

  it('ends at the day read as of, leaving out anything after it', () => {
    const model = buildHistoryTimeline(
      input({
        updates: [{ on: '2023-05-21', status: 'delivered', party: null }],
        target: ON_21_MAY,
        now: '2023-05-19',
        asOf: true,
      }),
    );
    expect(model.lanes[0]?.segments.map((s) => s.status)).toEqual(['not_yet_rated']);
    // The target still shows where it falls, after the day read as of.
    expect(model.to).toBe('2023-05-21');
    expect(model.events.map((e) => e.text)).toEqual([
      'Made at Kishida–Biden meeting in Hiroshima',
      'The day this page is read as of',
      'Target date (by 21 May 2023)',
    ]);
    expect(model.markers.find((m) => m.kind === 'now')?.label).toBe('As of 19 May 2023');
  });

  it('draws a target that cannot be missed at its first day', () => {
    const model = buildHistoryTimeline(
      input({
        target: { date: '2028-01-01', precision: 'year', qualifier: 'not_before', note: null },
      }),
    );
    expect(model.to).toBe('2028-01-01');
    expect(model.events.at(-1)).toEqual({
      on: '2028-01-01',
      kind: 'target',
      text: 'Target date (2028 at the earliest)',
    });
    // 2024 and 2027 would run into the dates written at the ends of the axis.
    expect(model.ticks.map((t) => t.label)).toEqual(['2025', '2026']);
  });

  it('says a later update that keeps the status confirms it', () => {
    const model = buildHistoryTimeline(
      input({
        updates: [
          { on: '2023-05-21', status: 'delivered', party: null },
          { on: '2025-10-28', status: 'delivered', party: null },
        ],
      }),
    );
    expect(model.events.filter((e) => e.kind === 'update').map((e) => e.text)).toEqual([
      'Rated delivered',
      'Still delivered',
    ]);
  });

  it('says "not yet rated" without a verb', () => {
    const model = buildHistoryTimeline(
      input({ updates: [{ on: '2023-05-18', status: 'not_yet_rated', party: null }] }),
    );
    expect(model.events.find((e) => e.kind === 'update')?.text).toBe('Not yet rated');
  });

  it('keeps the last of two updates on one day', () => {
    const model = buildHistoryTimeline(
      input({
        updates: [
          { on: '2024-01-01', status: 'in_progress', party: null },
          { on: '2024-01-01', status: 'delivered', party: null },
        ],
      }),
    );
    expect(model.lanes[0]?.segments.map((s) => s.status)).toEqual(['not_yet_rated', 'delivered']);
    expect(model.lanes[0]?.dots).toHaveLength(2);
  });

  it('copes with a chart of a single day', () => {
    const model = buildHistoryTimeline(input({ now: '2023-05-18', asOf: true }));
    expect(model.lanes[0]?.segments).toHaveLength(1);
    expect(Number.isFinite(model.lanes[0]?.segments[0]?.x2)).toBe(true);
  });

  it('speaks Japanese when asked, with Japanese dates and status names', () => {
    const model = buildHistoryTimeline(
      input({
        updates: [
          { on: '2023-06-01', status: 'in_progress', party: null },
          { on: '2024-01-10', status: 'stalled', party: JAPAN },
        ],
        target: ON_21_MAY,
        locale: 'ja',
      }),
    );
    expect(model.lanes.map((l) => l.label)).toEqual(['全体', 'Japan']);
    expect(model.markers.map((m) => m.label)).toEqual(['会議', '目標', '今日']);
    expect(model.events.map((e) => e.text)).toEqual([
      'Kishida–Biden meeting in Hiroshimaで合意',
      '目標期日（2023年5月21日まで）',
      '進行中と評価',
      'Japanの部分を停滞と評価',
      '今日',
    ]);
  });
});
