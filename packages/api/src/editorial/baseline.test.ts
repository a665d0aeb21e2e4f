import { commitments } from '@accord/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ADMIN, useTestDb } from '../test-helpers';

const t = useTestDb();

describe('the first save of a seeded record', () => {
  it('keeps the seeded version as a revision, so it can still be compared and restored', async () => {
    const [row] = await t.db
      .select({ id: commitments.id, title: commitments.title })
      .from(commitments)
      .where(eq(commitments.slug, 'continue-supporting-ukraine'));
    const id = row!.id;
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
    expect(baseline.snapshot.title).toBe(row!.title);

    await admin.editor.revision.restore({ type: 'commitment', id, version: 1, expectedVersion: 2 });
    const restored = await admin.editor.commitment.get({ id });
    expect(restored.data.title).toBe(row!.title);
    expect(restored.version).toBe(3);
  });
});
