import { todayIso } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { readAsOfRequest } from './as-of-request';
import { parseAsOfDate, sitePaths } from './site-paths';

describe('sitePaths', () => {
  it('links to today’s pages, or keeps a dated view in its day', () => {
    expect(sitePaths().commitment('a')).toBe('/commitments/a');
    const dated = sitePaths('2023-05-19');
    expect(dated.commitment('a')).toBe('/as-of/2023-05-19/commitments/a');
    expect(dated.theme('chips')).toBe('/as-of/2023-05-19/themes/chips');
    expect(dated.themeMore('chips', 'c1.NTA')).toBe('/as-of/2023-05-19/themes/chips/more/c1.NTA');
  });

  it('keeps a Japanese page in the Japanese edition, today and as of a day', () => {
    const today = sitePaths(null, 'ja');
    expect(today.commitment('a')).toBe('/ja/commitments/a');
    expect(today.themeMore('chips', 'c1.NTA')).toBe('/ja/themes/chips/more/c1.NTA');
    const dated = sitePaths('2023-05-19', 'ja');
    expect(dated.theme('chips')).toBe('/ja/as-of/2023-05-19/themes/chips');
    expect(dated.commitment('a')).toBe('/ja/as-of/2023-05-19/commitments/a');
    expect(dated.themeMore('chips', 'c1.NTA')).toBe(
      '/ja/as-of/2023-05-19/themes/chips/more/c1.NTA',
    );
  });
});

describe('parseAsOfDate', () => {
  it('accepts a past day and today, and nothing else', () => {
    expect(parseAsOfDate('2023-05-19')).toBe('2023-05-19');
    expect(parseAsOfDate(todayIso())).toBe(todayIso());
    for (const bad of ['2999-01-01', '1999-12-31', '2023-02-30', '19-05-2023', 'today', '']) {
      expect(parseAsOfDate(bad), bad).toBeNull();
    }
  });
});

describe('readAsOfRequest', () => {
  it('answers a Japanese form in Japanese, and sends it on to the Japanese dated page', () => {
    expect(readAsOfRequest({ date: '2023-05-19', theme: 'chips' }, 'ja')).toEqual({
      ok: true,
      path: '/ja/as-of/2023-05-19/themes/chips',
    });
    const problem = (q: Record<string, string>) => {
      const r = readAsOfRequest(q, 'ja');
      return r.ok ? null : r.problem;
    };
    expect(problem({ date: '2023-05-19' })).toBe('読みたいテーマ別概要か合意を選んでください。');
    expect(problem({ date: '1999-01-01', commitment: 'x' })).toMatch(/2000年から/);
    expect(problem({ date: '2999-01-01', commitment: 'x' })).toMatch(/過去の日/);
  });

  it('sends a reader on to the dated page', () => {
    expect(readAsOfRequest({ date: '2023-05-19', commitment: 'trilateral-meeting' })).toEqual({
      ok: true,
      path: '/as-of/2023-05-19/commitments/trilateral-meeting',
    });
    expect(readAsOfRequest({ date: ' 2024-01-01 ', theme: 'chips' })).toEqual({
      ok: true,
      path: '/as-of/2024-01-01/themes/chips',
    });
  });

  it('says what is wrong instead of guessing', () => {
    const problem = (q: Record<string, string>) => {
      const r = readAsOfRequest(q);
      return r.ok ? null : r.problem;
    };
    expect(problem({ date: '2023-05-19' })).toMatch(/Choose a brief or a commitment/);
    expect(problem({ date: '2023-05-19', commitment: 'Not A Slug' })).toMatch(/Choose a brief/);
    expect(problem({ commitment: 'x' })).toMatch(/Choose a day/);
    expect(problem({ date: '19/05/2023', commitment: 'x' })).toMatch(/year-month-day/);
    expect(problem({ date: '1999-01-01', commitment: 'x' })).toMatch(/start in 2000/);
    expect(problem({ date: '2999-01-01', commitment: 'x' })).toMatch(/not happened yet/);
  });

  it('ignores repeated parameters rather than choosing one', () => {
    expect(readAsOfRequest({ date: ['2023-05-19', '2024-01-01'], theme: 'chips' }).ok).toBe(false);
  });
});
