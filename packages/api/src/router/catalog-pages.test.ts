import { encodeCursor } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { type Caller, expectTRPCError, SEED, useTestDb } from '../testing/helpers';

const db = useTestDb();

type CatalogList = 'theme' | 'meeting' | 'party' | 'source';
const LISTS: CatalogList[] = ['theme', 'meeting', 'party', 'source'];

function listOf(
  caller: Caller,
  name: CatalogList,
  input?: { limit?: number; cursor?: string | null },
) {
  return caller[name].list(input);
}

describe.each(LISTS)('%s.list pages', (name) => {
  it('with no input returns the first page of 20', async () => {
    const page = await listOf(db.caller(), name);
    const all = await listOf(db.caller(), name, { limit: 100 });
    expect(page.items).toEqual(all.items.slice(0, 20));
    expect(page.nextCursor).toEqual(all.items.length > 20 ? expect.any(String) : null);
  });

  it('one at a time, gives every item once and in the order of pages of 100', async () => {
    const caller = db.caller();
    // The seed has more than 100 sources: gather the big pages first.
    const whole: { items: { slug: string }[] } = { items: [] };
    let bigCursor: string | null = null;
    do {
      const page: { items: { slug: string }[]; nextCursor: string | null } = await listOf(
        caller,
        name,
        { limit: 100, cursor: bigCursor },
      );
      whole.items.push(...page.items);
      bigCursor = page.nextCursor;
    } while (bigCursor);
    expect(whole.items.length).toBeGreaterThan(0);
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { slug: string }[]; nextCursor: string | null } = await listOf(
        caller,
        name,
        { limit: 1, cursor },
      );
      expect(page.items).toHaveLength(1);
      slugs.push(...page.items.map((i) => i.slug));
      cursor = page.nextCursor;
      expect(slugs.length).toBeLessThanOrEqual(whole.items.length);
    } while (cursor);
    expect(slugs).toEqual(whole.items.map((i) => i.slug));
  });

  it('past the end is an empty last page', async () => {
    const page = await listOf(db.caller(), name, { cursor: encodeCursor(10_000) });
    expect(page).toMatchObject({ items: [], nextCursor: null });
  });

  it('every page says how many items the whole list holds', async () => {
    const caller = db.caller();
    let count = 0;
    const totals = new Set<number>();
    let cursor: string | null = null;
    do {
      const page: { items: unknown[]; nextCursor: string | null; total: number } = await listOf(
        caller,
        name,
        { limit: 7, cursor },
      );
      count += page.items.length;
      totals.add(page.total);
      cursor = page.nextCursor;
    } while (cursor);
    expect([...totals]).toEqual([count]);
    expect(count).toBeGreaterThan(0);
    const past = await listOf(caller, name, { cursor: encodeCursor(10_000) });
    expect(past.total).toBe(count);
  });

  it('rejects a malformed cursor, a bad limit and unknown fields', async () => {
    const caller = db.caller();
    await expectTRPCError(listOf(caller, name, { cursor: 'c1.!!!' }), 'BAD_REQUEST', /cursor/);
    await expectTRPCError(listOf(caller, name, { limit: 0 }), 'BAD_REQUEST', /limit/);
    await expectTRPCError(listOf(caller, name, { limit: 101 }), 'BAD_REQUEST', /limit/);
    await expectTRPCError(
      caller[name].list({ slug: SEED.meeting } as unknown as { limit: number }),
      'BAD_REQUEST',
    );
  });
});

it('pages the parties three at a time over four pages', async () => {
  const caller = db.caller();
  const first = await caller.party.list({ limit: 3 });
  const second = await caller.party.list({ limit: 3, cursor: first.nextCursor });
  expect(first.items.map((p) => p.slug)).not.toEqual(second.items.map((p) => p.slug));
  let pages = 2;
  let cursor = second.nextCursor;
  while (cursor) {
    cursor = (await caller.party.list({ limit: 3, cursor })).nextCursor;
    pages += 1;
  }
  expect(pages).toBe(Math.ceil(SEED.partySlugs.length / 3));
  expect(first.total).toBe(SEED.partySlugs.length);
});
