import { describe, expect, it } from 'vitest';
import { formatIsoDate, IsoDate, todayIso } from './dates';

describe('formatIsoDate', () => {
  it('writes day, month name and year', () => {
    expect(formatIsoDate('2023-05-18')).toBe('18 May 2023');
    expect(formatIsoDate('2028-01-01')).toBe('1 January 2028');
  });

  it('ignores a time part rather than shifting the day by time zone', () => {
    expect(formatIsoDate('2023-05-18T23:30:00-05:00')).toBe('18 May 2023');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatIsoDate('unknown')).toBe('unknown');
    expect(formatIsoDate('2023-13-01')).toBe('2023-13-01');
  });
});

describe('todayIso', () => {
  it('is the UTC calendar day', () => {
    expect(todayIso(new Date('2023-05-18T23:59:59Z'))).toBe('2023-05-18');
    expect(todayIso(new Date('2023-05-19T00:00:00+09:00'))).toBe('2023-05-18');
  });
});

describe('IsoDate', () => {
  it('accepts real calendar days, including 29 February of a leap year', () => {
    for (const date of ['2024-02-29', '0001-01-01', '9999-12-31'])
      expect(IsoDate.safeParse(date).success, date).toBe(true);
  });

  it('refuses year 0, which PostgreSQL cannot store', () => {
    const result = IsoDate.safeParse('0000-01-01');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/year 0/);
  });
});
