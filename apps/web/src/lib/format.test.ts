import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, plural } from './format';

describe('formatDate', () => {
  it('writes an ISO date as day, month name and year', () => {
    expect(formatDate('2023-05-18')).toBe('18 May 2023');
    expect(formatDate('2024-12-01')).toBe('1 December 2024');
  });

  it('ignores a time part instead of shifting the day by time zone', () => {
    expect(formatDate('2023-05-18T23:30:00-05:00')).toBe('18 May 2023');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('unknown')).toBe('unknown');
  });

  it('writes Japanese dates through Intl', () => {
    expect(formatDate('2023-05-18', 'ja')).toBe('2023年5月18日');
  });
});

describe('formatDateRange', () => {
  it('collapses a one-day meeting and shares the month of a summit', () => {
    expect(formatDateRange('2023-05-18', '2023-05-18')).toBe('18 May 2023');
    expect(formatDateRange('2023-05-19', '2023-05-21')).toBe('19–21 May 2023');
    expect(formatDateRange('2023-05-30', '2023-06-02')).toBe('30 May 2023 – 2 June 2023');
  });

  it('writes Japanese ranges with the wave dash and the month said once', () => {
    expect(formatDateRange('2023-05-18', '2023-05-18', 'ja')).toBe('2023年5月18日');
    expect(formatDateRange('2023-05-19', '2023-05-21', 'ja')).toBe('2023年5月19日～21日');
    expect(formatDateRange('2023-05-30', '2023-06-02', 'ja')).toBe('2023年5月30日～2023年6月2日');
  });
});

describe('plural', () => {
  it('agrees with the count', () => {
    expect(plural(1, 'commitment')).toBe('1 commitment');
    expect(plural(0, 'commitment')).toBe('0 commitments');
    expect(plural(2, 'party', 'parties')).toBe('2 parties');
  });
});
