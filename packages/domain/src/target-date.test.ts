import { describe, expect, it } from 'vitest';
import { endOfPeriod, todayIso } from './dates';
import { COMMITMENT_STATUSES, STATUS_DEFINITIONS } from './status';
import { deadlineOf, formatTargetDate, isOverdue, TargetDate } from './target-date';

function target(
  date: string,
  precision: TargetDate['precision'],
  qualifier: TargetDate['qualifier'] = 'by',
): TargetDate {
  return TargetDate.parse({ date, precision, qualifier });
}

describe('endOfPeriod', () => {
  it('returns the date itself at day precision', () => {
    expect(endOfPeriod('2023-05-21', 'day')).toBe('2023-05-21');
    expect(endOfPeriod('2024-02-29', 'day')).toBe('2024-02-29');
  });

  it('returns the last day of the month at month precision', () => {
    expect(endOfPeriod('2024-01-01', 'month')).toBe('2024-01-31');
    expect(endOfPeriod('2024-04-01', 'month')).toBe('2024-04-30');
    expect(endOfPeriod('2024-06-15', 'month')).toBe('2024-06-30');
    expect(endOfPeriod('2023-12-01', 'month')).toBe('2023-12-31');
  });

  it('knows February in a leap year (2024) and a common year (2023)', () => {
    expect(endOfPeriod('2024-02-01', 'month')).toBe('2024-02-29');
    expect(endOfPeriod('2023-02-01', 'month')).toBe('2023-02-28');
    expect(endOfPeriod('2000-02-01', 'month')).toBe('2000-02-29');
    expect(endOfPeriod('2100-02-01', 'month')).toBe('2100-02-28');
  });

  it('returns the last day of the quarter at quarter precision', () => {
    expect(endOfPeriod('2024-01-01', 'quarter')).toBe('2024-03-31');
    expect(endOfPeriod('2024-02-15', 'quarter')).toBe('2024-03-31');
    expect(endOfPeriod('2024-04-01', 'quarter')).toBe('2024-06-30');
    expect(endOfPeriod('2024-06-30', 'quarter')).toBe('2024-06-30');
    expect(endOfPeriod('2024-07-01', 'quarter')).toBe('2024-09-30');
    expect(endOfPeriod('2024-10-01', 'quarter')).toBe('2024-12-31');
    expect(endOfPeriod('2024-12-31', 'quarter')).toBe('2024-12-31');
  });

  it('returns 31 December at year precision', () => {
    expect(endOfPeriod('2028-01-01', 'year')).toBe('2028-12-31');
    expect(endOfPeriod('2023-05-18', 'year')).toBe('2023-12-31');
  });
});

describe('formatTargetDate', () => {
  it('writes a not_before year as "2028 at the earliest"', () => {
    expect(formatTargetDate(target('2028-01-01', 'year', 'not_before'))).toBe(
      '2028 at the earliest',
    );
  });

  it('writes a day deadline as "by 21 May 2023" (no leading zero)', () => {
    expect(formatTargetDate(target('2023-05-21', 'day', 'by'))).toBe('by 21 May 2023');
    expect(formatTargetDate(target('2023-05-01', 'day', 'on'))).toBe('on 1 May 2023');
  });

  it('writes a quarter as "by Q2 2024"', () => {
    expect(formatTargetDate(target('2024-04-01', 'quarter', 'by'))).toBe('by Q2 2024');
    expect(formatTargetDate(target('2024-01-01', 'quarter', 'by'))).toBe('by Q1 2024');
    expect(formatTargetDate(target('2024-10-01', 'quarter', 'around'))).toBe('around Q4 2024');
  });

  it('writes a month with its English name', () => {
    expect(formatTargetDate(target('2024-06-01', 'month', 'by'))).toBe('by June 2024');
    expect(formatTargetDate(target('2024-12-01', 'month', 'not_before'))).toBe(
      'December 2024 at the earliest',
    );
    expect(formatTargetDate(target('2025-01-01', 'month', 'around'))).toBe('around January 2025');
  });
});

describe('formatTargetDate in Japanese', () => {
  it('puts the period first and the qualifier after it', () => {
    expect(formatTargetDate(target('2024-06-01', 'month', 'by'), 'ja')).toBe('2024年6月まで');
    expect(formatTargetDate(target('2023-05-21', 'day', 'on'), 'ja')).toBe('2023年5月21日');
    expect(formatTargetDate(target('2024-10-01', 'quarter', 'around'), 'ja')).toBe(
      '2024年第4四半期ごろ',
    );
    expect(formatTargetDate(target('2028-01-01', 'year', 'not_before'), 'ja')).toBe(
      '早くても2028年',
    );
  });

  it('defaults to English', () => {
    expect(formatTargetDate(target('2028-01-01', 'year', 'by'))).toBe('by 2028');
    expect(formatTargetDate(target('2028-01-01', 'year', 'by'), 'en')).toBe('by 2028');
  });
});

describe('TargetDate schema', () => {
  it('defaults the note to null and rejects unknown keys and bad dates', () => {
    expect(target('2028-01-01', 'year').note).toBeNull();
    expect(
      TargetDate.safeParse({ date: '2028-01-01', precision: 'year', qualifier: 'by', extra: 1 })
        .success,
    ).toBe(false);
    expect(
      TargetDate.safeParse({ date: '2028-13-01', precision: 'year', qualifier: 'by' }).success,
    ).toBe(false);
    expect(
      TargetDate.safeParse({ date: '2028-01-01', precision: 'decade', qualifier: 'by' }).success,
    ).toBe(false);
  });
});

describe('deadlineOf', () => {
  it('is the end of the period, or null for not_before', () => {
    expect(deadlineOf(target('2024-04-01', 'quarter', 'by'))).toBe('2024-06-30');
    expect(deadlineOf(target('2024-02-01', 'month', 'around'))).toBe('2024-02-29');
    expect(deadlineOf(target('2028-01-01', 'year', 'not_before'))).toBeNull();
  });
});

describe('isOverdue', () => {
  const deadline = target('2023-05-21', 'day', 'by');

  it('is false with no target', () => {
    expect(isOverdue(null, 'in_progress', '2099-01-01')).toBe(false);
  });

  it('is false on the deadline day and true the day after', () => {
    expect(isOverdue(deadline, 'in_progress', '2023-05-20')).toBe(false);
    expect(isOverdue(deadline, 'in_progress', '2023-05-21')).toBe(false);
    expect(isOverdue(deadline, 'in_progress', '2023-05-22')).toBe(true);
  });

  it('uses the end of the period for coarser precision', () => {
    const q2 = target('2024-04-01', 'quarter', 'by');
    expect(isOverdue(q2, 'stalled', '2024-06-30')).toBe(false);
    expect(isOverdue(q2, 'stalled', '2024-07-01')).toBe(true);
    const feb = target('2024-02-01', 'month', 'by');
    expect(isOverdue(feb, 'not_yet_rated', '2024-02-29')).toBe(false);
    expect(isOverdue(feb, 'not_yet_rated', '2024-03-01')).toBe(true);
  });

  it('is never true for a not_before target', () => {
    const earliest = target('2028-01-01', 'year', 'not_before');
    expect(isOverdue(earliest, 'in_progress', '2029-01-01')).toBe(false);
    expect(isOverdue(earliest, 'not_yet_rated', '2099-12-31')).toBe(false);
  });

  it('is false when delivered or abandoned, true for every other status after the deadline', () => {
    for (const status of COMMITMENT_STATUSES) {
      const expected = !(status === 'delivered' || status === 'abandoned');
      expect(isOverdue(deadline, status, '2024-01-01'), status).toBe(expected);
      expect(STATUS_DEFINITIONS[status].final).toBe(!expected);
    }
  });

  it('defaults asOf to today', () => {
    expect(isOverdue(target('2999-12-31', 'day', 'by'), 'in_progress')).toBe(false);
    expect(isOverdue(target('2000-01-01', 'day', 'by'), 'in_progress')).toBe(true);
  });
});

describe('todayIso', () => {
  it('formats a UTC date as YYYY-MM-DD', () => {
    expect(todayIso(new Date('2023-05-18T23:59:59Z'))).toBe('2023-05-18');
    expect(todayIso(new Date('2024-02-29T00:00:00Z'))).toBe('2024-02-29');
  });
});
