import { describe, expect, it } from 'vitest';
import { AsOfDate, commitmentAsOf, lastReviewedOn } from './as-of';
import { todayIso } from './dates';

const messages = (input: unknown) =>
  AsOfDate.safeParse(input).error?.issues.map((i) => i.message) ?? [];

describe('AsOfDate', () => {
  it('accepts a past day and today', () => {
    expect(AsOfDate.parse('2023-05-19')).toBe('2023-05-19');
    expect(AsOfDate.parse(todayIso())).toBe(todayIso());
  });

  it('refuses a future day, a day before 2000, and a malformed date with one error each', () => {
    expect(messages('2999-01-01')).toEqual(['A date to read as of cannot be in the future']);
    expect(messages('1999-12-31')).toEqual(['A date to read as of is on or after 2000-01-01']);
    expect(messages('yesterday')).toHaveLength(1);
    expect(messages('2023-02-30')).toHaveLength(1);
  });
});

describe('commitmentAsOf', () => {
  const delivered = {
    history: [
      { effectiveOn: '2023-05-18', status: 'not_yet_rated' as const },
      { effectiveOn: '2023-05-21', status: 'delivered' as const },
      // A party's own line never moves the overall status.
      { effectiveOn: '2023-06-01', status: 'stalled' as const, party: 'us' },
    ],
    target: { date: '2023-05-21', precision: 'day' as const, qualifier: 'by' as const, note: null },
  };

  it('is delivered since the day the update took effect, and never overdue after', () => {
    expect(commitmentAsOf(delivered, '2023-06-30')).toEqual({
      status: 'delivered',
      statusSince: '2023-05-21',
      overdue: false,
    });
  });

  it('the day before, it was not yet delivered', () => {
    expect(commitmentAsOf(delivered, '2023-05-20')).toEqual({
      status: 'not_yet_rated',
      statusSince: '2023-05-18',
      overdue: false,
    });
  });

  it('is overdue as of a day past its deadline with no final status by then', () => {
    const late = { ...delivered, history: delivered.history.slice(0, 1) };
    expect(commitmentAsOf(late, '2023-05-22').overdue).toBe(true);
    expect(commitmentAsOf(late, '2023-05-21').overdue).toBe(false);
  });
});

describe('lastReviewedOn', () => {
  it('is the later of the review date and the last update', () => {
    expect(lastReviewedOn('2024-01-01', [{ effectiveOn: '2025-03-03' }])).toBe('2025-03-03');
    expect(lastReviewedOn('2025-12-08', [{ effectiveOn: '2025-03-03' }])).toBe('2025-12-08');
    expect(lastReviewedOn(null, [])).toBeNull();
  });
});
