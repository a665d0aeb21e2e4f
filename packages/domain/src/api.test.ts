import { describe, expect, it } from 'vitest';
import { CommitmentListInput, Cursor, decodeCursor, encodeCursor, PageInput } from './api';

/** A cursor in the right format whose body decodes to `text`. */
function forge(text: string): string {
  return 'c1.' + btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('cursors', () => {
  it.each([1, 2, 9, 10, 42, 1000, 123_456_789, 2 ** 31, Number.MAX_SAFE_INTEGER])(
    'round-trips %d',
    (n) => {
      const cursor = encodeCursor(n);
      expect(cursor.startsWith('c1.')).toBe(true);
      // URL-safe: no characters that need escaping in a query string.
      expect(cursor).toMatch(/^c1\.[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toBe(n);
      expect(Cursor.safeParse(cursor).success).toBe(true);
    },
  );

  it('gives different cursors for different positions', () => {
    expect(encodeCursor(1)).not.toBe(encodeCursor(2));
    expect(encodeCursor(12)).not.toBe(encodeCursor(21));
  });

  it.each([
    ['empty', ''],
    ['no prefix', 'abc'],
    ['prefix only', 'c1.'],
    ['bad characters', 'c1.!!!'],
    ['wrong prefix', encodeCursor(5).replace('c1.', 'c2.')],
    ['plain number', '5'],
    ['unpadded prefix', `c1${encodeCursor(5).slice(3)}`],
    ['zero', forge('0')],
    ['negative', forge('-1')],
    ['fraction', forge('1.5')],
    ['leading zero', forge('07')],
    ['exponent', forge('1e3')],
    ['not a number', forge('abc')],
    ['whitespace', forge(' 1')],
    ['beyond safe integer', forge('9007199254740993')],
    ['huge', forge('99999999999999999999')],
    ['too long', `c1.${'A'.repeat(40)}`],
  ])('rejects %s', (_name, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
    expect(Cursor.safeParse(cursor).success).toBe(false);
  });
});

describe('PageInput', () => {
  it('defaults the limit to 20 and accepts a null cursor', () => {
    expect(PageInput.parse({})).toEqual({ limit: 20 });
    expect(PageInput.parse({ cursor: null, limit: 5 })).toEqual({ cursor: null, limit: 5 });
  });
});

describe('CommitmentListInput', () => {
  it('accepts a valid filter set', () => {
    const parsed = CommitmentListInput.parse({
      theme: 'chips',
      status: 'in_progress',
      party: 'jp',
      meeting: 'kishida-biden-hiroshima-2023',
      overdue: true,
      limit: 100,
      cursor: encodeCursor(7),
    });
    expect(parsed.limit).toBe(100);
    expect(parsed.status).toBe('in_progress');
    expect(CommitmentListInput.parse({ limit: 1 }).limit).toBe(1);
    expect(CommitmentListInput.parse({}).limit).toBe(20);
  });

  it('rejects unknown keys', () => {
    const result = CommitmentListInput.safeParse({ theme: 'chips', sort: 'title' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it.each([0, 101, 1.5, -1])('rejects limit %d on the limit field', (limit) => {
    const result = CommitmentListInput.safeParse({ limit });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(['limit']);
  });

  it('rejects an unknown status with an issue naming the status field', () => {
    const result = CommitmentListInput.safeParse({ status: 'done' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.path).toEqual(['status']);
  });

  it('rejects a malformed cursor and a bad slug on their own fields', () => {
    const cursor = CommitmentListInput.safeParse({ cursor: 'c1.!!!' });
    expect(cursor.success).toBe(false);
    expect(cursor.error?.issues[0]?.path).toEqual(['cursor']);
    const theme = CommitmentListInput.safeParse({ theme: 'Not A Slug' });
    expect(theme.success).toBe(false);
    expect(theme.error?.issues[0]?.path).toEqual(['theme']);
  });
});
