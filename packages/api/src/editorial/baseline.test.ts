import { insertRecord, loadRecord } from '@accord/db';
import { describe, expect, it } from 'vitest';
import { ADMIN, sampleCommitment, useTestDb } from '../testing/helpers';

const t = useTestDb();

describe('the first save of a record without a revision of its version', () => {
  it('keeps that version as a baseline revision, so it can still be compared and restored', async () => {
    // The seed stores version 1 as a revision; a record from before revisions existed, or
    // written straight through the records layer, has none.
    const id = await insertRecord(t.db, 'commitment', {
      ...sampleCommitment('baseline-without-revision'),
      editorialState: 'draft',
      history: [],
    });
    const original = (await loadRecord(t.db, 'commitment', id))!.data;
    const admin = t.caller(ADMIN);
    expect(await admin.editor.revision.list({ type: 'commitment', id })).toEqual([]);

    const before = await admin.editor.commitment.get({ id });
    await admin.editor.commitment.update({
      id,
      expectedVersion: before.version,
      data: { ...before.data, title: 'Corrected title' },
    });

    const list = await admin.editor.revision.list({ type: 'commitment', id });
    expect(list.map((r) => [r.version, r.action])).toEqual([
      [2, 'update'],
      [1, 'baseline'],
    ]);
    const baseline = await admin.editor.revision.get({ type: 'commitment', id, version: 1 });
    expect(baseline.snapshot.title).toBe(original.title);

    await admin.editor.revision.restore({ type: 'commitment', id, version: 1, expectedVersion: 2 });
    const restored = await admin.editor.commitment.get({ id });
    expect(restored.data.title).toBe(original.title);
    expect(restored.version).toBe(3);
  });
});
