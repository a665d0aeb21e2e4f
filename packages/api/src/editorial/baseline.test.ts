import { commitments, insertRecord, revisions } from '@accord/db';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ADMIN, EDITOR, sampleCommitment, useTestDb } from '../testing/helpers';

const t = useTestDb();

/** A seeded commitment's id (the seed writes through the same writer as a create). */
async function seededId(slug: string): Promise<number> {
  const [row] = await t.db
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.slug, slug));
  return row!.id;
}

describe('every record has a revision of version 1 from the start', () => {
  it('a seeded record: its first edit is compared with version 1 and can go back to it', async () => {
    const admin = t.caller(ADMIN);
    const id = await seededId('us-japan-minerals-investment-ministerial');
    const before = await admin.editor.commitment.get({ id });
    expect(before.version).toBe(1);
    expect(
      (await admin.editor.revision.list({ type: 'commitment', id })).map((r) => [
        r.version,
        r.action,
        r.actorName,
      ]),
    ).toEqual([[1, 'seed', 'seed data']]);

    await admin.editor.commitment.update({
      id,
      expectedVersion: 1,
      data: { ...before.data, title: 'Corrected title' },
    });

    const list = await admin.editor.revision.list({ type: 'commitment', id });
    expect(list.map((r) => [r.version, r.action])).toEqual([
      [2, 'update'],
      [1, 'seed'],
    ]);
    // The two versions the history page compares: the seeded text, then the correction.
    const first = await admin.editor.revision.get({ type: 'commitment', id, version: 1 });
    const second = await admin.editor.revision.get({ type: 'commitment', id, version: 2 });
    expect(first.snapshot).toMatchObject(before.data);
    expect(second.snapshot).toMatchObject({ ...before.data, title: 'Corrected title' });
    expect(first.snapshot.title).not.toBe(second.snapshot.title);

    await admin.editor.revision.restore({ type: 'commitment', id, version: 1, expectedVersion: 2 });
    const restored = await admin.editor.commitment.get({ id });
    expect(restored.data.title).toBe(before.data.title);
    expect(restored.version).toBe(3);
  });

  it('a record written straight through the records layer has one too, by its writer', async () => {
    const id = await insertRecord(
      t.db,
      'commitment',
      { ...sampleCommitment('baseline-straight-insert'), editorialState: 'draft', history: [] },
      { actor: { id: null, name: 'a script' }, action: 'import' },
    );
    const editor = t.caller(EDITOR);
    const before = await editor.editor.commitment.get({ id });
    await editor.editor.commitment.update({
      id,
      expectedVersion: before.version,
      data: { ...before.data, title: 'Edited once' },
    });
    const rows = await t.db
      .select({ version: revisions.version, action: revisions.action, by: revisions.actorName })
      .from(revisions)
      .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, id)))
      .orderBy(revisions.version);
    // No "baseline" written at the first save: version 1 was there already.
    expect(rows).toEqual([
      { version: 1, action: 'import', by: 'a script' },
      { version: 2, action: 'update', by: EDITOR.name },
    ]);
  });
});
