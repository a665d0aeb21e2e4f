import { encodeAdminCursor } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_PARAMS,
  isFiltered,
  listHref,
  PAGE_PARAMS,
  parseListParams,
} from './list-params';

const cursor = encodeAdminCursor({ d: 'next', k: ['some-slug'] });

describe('parseListParams', () => {
  it('reads the filters a GET form sends', () => {
    expect(
      parseListParams(COMMITMENT_PARAMS, {
        q: '  walrus ',
        state: 'draft',
        theme: 'chips',
        meeting: 'g7-hiroshima-2023',
        party: 'jp',
        status: 'in_progress',
        changedSince: '2024-02-29',
        overdue: 'on',
        cursor,
        limit: '20',
      }),
    ).toEqual({
      q: 'walrus',
      state: 'draft',
      theme: 'chips',
      meeting: 'g7-hiroshima-2023',
      party: 'jp',
      status: 'in_progress',
      changedSince: '2024-02-29',
      overdue: true,
      cursor,
      limit: 20,
    });
  });

  it('drops what does not parse, so the page shows its defaults instead of failing', () => {
    expect(
      parseListParams(COMMITMENT_PARAMS, {
        q: 'x'.repeat(101),
        state: 'gone',
        theme: 'Not A Slug!',
        status: 'done',
        changedSince: '2024-02-30',
        overdue: 'yes',
        cursor: 'mangled%%',
        limit: '9999',
      }),
    ).toEqual({});
    expect(parseListParams(PAGE_PARAMS, { limit: '0', q: '   ' })).toEqual({});
    // A repeated field counts once: its first value.
    expect(parseListParams(PAGE_PARAMS, { q: ['first', 'second'] })).toEqual({ q: 'first' });
  });
});

describe('listHref', () => {
  it('keeps the filters and swaps the cursor', () => {
    const params = parseListParams(COMMITMENT_PARAMS, { q: 'a b', overdue: 'on', cursor });
    expect(listHref('/admin/commitments', params, { cursor: 'c2' })).toBe(
      '/admin/commitments?q=a+b&cursor=c2&overdue=on',
    );
    expect(listHref('/admin/sources', {})).toBe('/admin/sources');
    expect(isFiltered(params)).toBe(true);
    expect(isFiltered({ cursor, limit: 5 })).toBe(false);
  });
});
