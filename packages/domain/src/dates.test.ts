import { describe, expect, it } from 'vitest';
import { formatIsoDate, IsoDate, todayIso } from './dates';
import { isLocale } from './locale';

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
    expect(formatIsoDate('2023-02-30')).toBe('2023-02-30');
    expect(formatIsoDate('2023-05-00')).toBe('2023-05-00');
  });

  it('writes month and year precisions', () => {
    expect(formatIsoDate('2024-06-01', 'en', 'month')).toBe('June 2024');
    expect(formatIsoDate('2028-01-01', 'en', 'year')).toBe('2028');
  });

  it('keeps years below 100 as they are (no 1900s shift)', () => {
    expect(formatIsoDate('0001-01-01')).toBe('1 January 1');
    expect(formatIsoDate('0099-12-31', 'ja')).toBe('99年12月31日');
  });

  it('never moves the day whatever the time zone of the process', () => {
    // The formatter is fixed to UTC; the last and first days of a year stay put.
    expect(formatIsoDate('2023-12-31')).toBe('31 December 2023');
    expect(formatIsoDate('2024-01-01', 'ja')).toBe('2024年1月1日');
  });
});

describe('formatIsoDate in Japanese', () => {
  it('writes year, month and day with their counters', () => {
    expect(formatIsoDate('2023-05-18', 'ja')).toBe('2023年5月18日');
    expect(formatIsoDate('2023-05-18T23:30:00-05:00', 'ja')).toBe('2023年5月18日');
  });

  it('writes month and year precisions', () => {
    expect(formatIsoDate('2024-06-01', 'ja', 'month')).toBe('2024年6月');
    expect(formatIsoDate('2028-01-01', 'ja', 'year')).toBe('2028年');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatIsoDate('不明', 'ja')).toBe('不明');
  });
});

describe('isLocale', () => {
  it('knows en and ja and nothing else', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('ja')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
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
