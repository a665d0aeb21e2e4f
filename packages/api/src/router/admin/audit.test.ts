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

  it('pages backwards with nextBefore until every entry is seen once', async () => {
    for (let i = 0; i < 7; i++) {
      await db.caller(EDITOR).editor.party.create({ data: sampleReference.party(`audit-p-${i}`) });
    }
    const all = await db.caller(ADMIN).admin.audit.list({ limit: 200 });
    expect(all.nextBefore).toBeNull();
    expect(all.items.length).toBeGreaterThanOrEqual(9);

    const seen: number[] = [];
    let before: number | undefined = undefined;
    let pages = 0;
    do {
      const page: { items: { id: number }[]; nextBefore: number | null } = await db
        .caller(ADMIN)
        .admin.audit.list({ limit: 3, before });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((e) => e.id));
      before = page.nextBefore ?? undefined;
      pages++;
    } while (before !== undefined && pages < 100);
    expect(seen).toEqual(all.items.map((e) => e.id));
    expect(pages).toBe(Math.ceil(all.items.length / 3));
  });

  it('answers an empty page past the oldest entry', async () => {
    const page = await db.caller(ADMIN).admin.audit.list({ before: 1 });
    expect(page).toEqual({ items: [], nextBefore: null });
  });
});
