import { describe, expect, it } from 'vitest';
import { ADMIN, EDITOR, sampleReference, useTestDb } from '../../testing/helpers';

const db = useTestDb();

describe('admin.audit.list', () => {
  it('lists the newest entry first, with who, what and before/after', async () => {
    const data = sampleReference.party('audit-party');
    const { id } = await db.caller(EDITOR).editor.party.create({ data });
    await db.caller(EDITOR).editor.party.update({
      id,
      expectedVersion: 1,
      data: { ...data, name: 'Renamed' },
    });
    const { items } = await db.caller(ADMIN).admin.audit.list({ limit: 2 });
    expect(items.map((e) => e.action)).toEqual(['party.update', 'party.create']);
    expect(items[0]).toMatchObject({
      actorName: EDITOR.name,
      recordType: 'party',
      recordId: String(id),
      before: { name: data.name },
      after: { name: 'Renamed' },
    });
    expect(items[0]!.summary).toContain('audit-party');
    expect(items[0]!.id).toBeGreaterThan(items[1]!.id);
    expect(Date.parse(items[0]!.at)).toBeGreaterThanOrEqual(Date.parse(items[1]!.at));
  });

  it('pages through every entry once with cursors, and back', async () => {
    for (let i = 0; i < 7; i++) {
      await db.caller(EDITOR).editor.party.create({ data: sampleReference.party(`audit-p-${i}`) });
    }
    const all = await db.caller(ADMIN).admin.audit.list({ limit: 200 });
    expect(all.nextCursor).toBeNull();
    expect(all.items.length).toBeGreaterThanOrEqual(9);

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let last: { prevCursor: string | null } | undefined;
    do {
      const page: {
        items: { id: number }[];
        nextCursor: string | null;
        prevCursor: string | null;
      } = await db.caller(ADMIN).admin.audit.list({ limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
      last = page;
      pages++;
    } while (cursor !== null && pages < 100);
    expect(seen).toEqual(all.items.map((e) => e.id));
    expect(pages).toBe(Math.ceil(all.items.length / 3));
    const back = await db.caller(ADMIN).admin.audit.list({ limit: 3, cursor: last.prevCursor });
    const lastFull = Math.floor((all.items.length - 1) / 3) * 3;
    expect(back.items.map((e) => e.id)).toEqual(seen.slice(lastFull - 3, lastFull));
  });

  it('finds entries by words of the action, summary or actor', async () => {
    await db.caller(EDITOR).editor.party.create({ data: sampleReference.party('audit-quokka') });
    const found = await db.caller(ADMIN).admin.audit.list({ q: 'QUOKKA' });
    expect(found.items.map((e) => e.action)).toEqual(['party.create']);
    expect((await db.caller(ADMIN).admin.audit.list({ q: 'no such words' })).items).toEqual([]);
  });
});
