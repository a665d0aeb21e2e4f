import { commitments, type DbHandle, loadRecord, revisions } from '@accord/db';
import { createTestDb } from '@accord/db/testing';
import { sortHistory } from '@accord/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from './generate';
import { countCommitments, loadDataset } from './load';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb({ seed: false });
}, 600_000);
afterAll(async () => {
  await handle.close();
}, 600_000);

describe('loadDataset (through the records layer, like the seed)', () => {
  // More than one insert statement's worth (1,000), so batching and the id mapping show.
  const data = generateDataset({ commitments: 1_100, seed: 11 });

  it('loads every record, each reading back exactly as generated', async () => {
    const lines: string[] = [];
    await loadDataset(handle, data, (line) => lines.push(line));
    expect(await countCommitments(handle)).toBe(1_100);
    for (const c of [data.commitments[0]!, data.commitments[999]!, data.commitments[1_099]!]) {
      const [row] = await handle.db
        .select({ id: commitments.id })
        .from(commitments)
        .where(eq(commitments.slug, c.slug));
      const loaded = await loadRecord(handle.db, 'commitment', row!.id);
      expect(loaded?.data, c.slug).toEqual({ ...c, history: sortHistory(c.history) });
    }
    const [published] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(commitments)
      .where(
        sql`${commitments.editorialState} = 'published' and ${commitments.publishedAt} is null`,
      );
    expect(published?.n, 'published commitments without a publication date').toBe(0);
  });

  it('writes each record its version-1 revision, as the seed does', async () => {
    const rows = await handle.db
      .select({ type: revisions.recordType, n: sql<number>`count(*)::int` })
      .from(revisions)
      .where(eq(revisions.version, 1))
      .groupBy(revisions.recordType)
      .orderBy(revisions.recordType);
    expect(Object.fromEntries(rows.map((r) => [r.type, r.n]))).toEqual({
      commitment: data.commitments.length,
      meeting: data.meetings.length,
      party: data.parties.length,
      source: data.sources.length,
      theme: data.themes.length,
    });
    const [row] = await handle.db
      .select({ id: commitments.id })
      .from(commitments)
      .where(eq(commitments.slug, data.commitments[5]!.slug));
    const [first] = await handle.db
      .select({ snapshot: revisions.snapshot, actorName: revisions.actorName })
      .from(revisions)
      .where(sql`${revisions.recordType} = 'commitment' and ${revisions.recordId} = ${row!.id}`);
    expect(first).toEqual({
      snapshot: data.commitments[5],
      actorName: 'bench loader',
    });
  });
});
