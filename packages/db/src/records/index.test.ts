import {
  Commitment,
  type CommitmentInput,
  Meeting,
  type MeetingInput,
  Source,
  sortHistory,
} from '@accord/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle } from '../client';
import { commitments, meetings, quotes, revisions, sources } from '../schema';
import { createTestDb } from '../testing';
import {
  claimVersion,
  countUses,
  insertRecord,
  insertRecords,
  loadRecord,
  RECORD_TABLES,
  RecordReferenceError,
  writeRecord,
} from './index';

let handle: DbHandle;
// Slow on a loaded machine, where every test file migrates its own database at once.
beforeAll(async () => {
  handle = await createTestDb();
}, 600_000);
afterAll(async () => {
  await handle.close();
}, 600_000);
const db = () => handle.db;
const BY = { actor: { id: null, name: 'test' }, action: 'test' };

const MEETING = 'kishida-biden-hiroshima-2023';
const SUMMIT = 'g7-hiroshima-summit-2023';
const SOURCE = 'kishida-biden-tech-cooperation-2023-05-19';

async function idOf(table: typeof sources | typeof meetings, slug: string) {
  const [row] = await db().select({ id: table.id }).from(table).where(eq(table.slug, slug));
  return row!.id;
}

/** A second source whose id differs from every status update's id in these tests. */
async function extraSource(slug: string) {
  return insertRecord(
    db(),
    'source',
    Source.parse({
      slug,
      title: 'Another source',
      publisher: null,
      url: null,
      publishedOn: null,
      kind: 'readout',
      language: 'en',
      description: null,
    }),
    BY,
  );
}

function commitment(slug: string, history: CommitmentInput['history']): Commitment {
  return Commitment.parse({
    slug,
    meeting: MEETING,
    theme: 'chips',
    tags: ['a', 'b'],
    title: 'Round trip',
    summary: 'A summary.',
    strength: 'agreed',
    parties: [
      { party: 'us', role: 'committer' },
      { party: 'jp', role: 'partner' },
    ],
    target: { date: '2027-04-01', precision: 'quarter', qualifier: 'by', note: 'by spring' },
    editorialState: 'draft',
    quotes: [
      {
        text: 'exact words',
        form: 'verbatim',
        attribution: { kind: 'on_record_remark', who: 'the President', party: 'us' },
        source: SOURCE,
      },
    ],
    history,
  } satisfies CommitmentInput);
}

describe('records round-trip in their domain shape', () => {
  it('loads a commitment exactly as written, each status update with its own sources', async () => {
    await extraSource('records-extra-a');
    await extraSource('records-extra-b');
    const data = commitment('records-round-trip', [
      {
        effectiveOn: '2023-06-01',
        status: 'in_progress',
        note: 'Started.',
        sources: ['records-extra-a'],
        author: 'Eda',
      },
      {
        effectiveOn: '2023-09-01',
        status: 'stalled',
        note: 'Stalled.',
        sources: [SOURCE, 'records-extra-b'],
        author: 'Ed',
      },
      { effectiveOn: '2023-12-01', status: 'in_progress', note: 'Back.', sources: [], author: 'E' },
    ]);
    const id = await insertRecord(db(), 'commitment', data, BY);
    const loaded = await loadRecord(db(), 'commitment', id);
    expect(loaded?.data).toEqual(data);
    expect(loaded?.version).toBe(1);
    const [row] = await db()
      .select({ status: commitments.status })
      .from(commitments)
      .where(eq(commitments.id, id));
    expect(row?.status).toBe('in_progress');
  });

  it('loads a meeting with its parent summit and participants', async () => {
    const input: MeetingInput = {
      slug: 'records-meeting',
      title: 'A side meeting',
      kind: 'trilateral',
      startsOn: '2023-05-21',
      endsOn: '2023-05-21',
      place: 'Hiroshima',
      parentSlug: SUMMIT,
      summary: 'Summary.',
      context: '',
      participants: [
        { party: 'kr', name: 'Someone', office: 'President' },
        { party: 'jp', name: 'Someone Else', office: 'Prime Minister' },
      ],
    };
    const data = Meeting.parse(input);
    const id = await insertRecord(db(), 'meeting', data, BY);
    expect((await loadRecord(db(), 'meeting', id))?.data).toEqual(data);
    const [seeded] = await db()
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.slug, MEETING));
    expect((await loadRecord(db(), 'meeting', seeded!.id))?.data.parentSlug).toBe(SUMMIT);
  });

  it('round-trips every seeded record unchanged through write and load', async () => {
    for (const type of ['commitment', 'meeting', 'party', 'theme', 'source'] as const) {
      const table = RECORD_TABLES[type] as unknown as typeof sources;
      const ids = (await db().select({ id: table.id }).from(table).orderBy(table.id)).map(
        (r) => r.id,
      );
      expect(ids.length, type).toBeGreaterThan(0);
      for (const id of ids) {
        const before = await loadRecord(db(), type, id);
        await writeRecord(db(), type, id, before!.data);
        const after = await loadRecord(db(), type, id);
        expect(after?.data, `${type} ${id}`).toEqual(before?.data);
      }
    }
  });

  it('keeps quote ids by position and names the field of an unknown reference', async () => {
    const data = commitment('records-quotes', []);
    const id = await insertRecord(db(), 'commitment', data, BY);
    const quoteIds = async () =>
      (
        await db()
          .select({ id: quotes.id })
          .from(quotes)
          .where(eq(quotes.commitmentId, id))
          .orderBy(quotes.position)
      ).map((q) => q.id);
    const before = await quoteIds();
    await writeRecord(db(), 'commitment', id, {
      ...data,
      quotes: [{ ...data.quotes[0]!, text: 'changed words' }, data.quotes[0]!],
    });
    const after = await quoteIds();
    expect(after[0]).toBe(before[0]);
    expect(after).toHaveLength(2);

    await expect(
      writeRecord(db(), 'commitment', id, { ...data, theme: 'no-such-theme' }),
    ).rejects.toEqual(new RecordReferenceError(['theme'], 'theme', 'no-such-theme'));
  });
});

describe("insertRecords: the one batch writer (seed, bench loader, editors' create)", () => {
  const published = (slug: string, parent: string | null) =>
    Commitment.parse({
      ...commitment(slug, [
        {
          effectiveOn: '2024-03-05',
          status: 'in_progress',
          note: 'Later.',
          sources: [SOURCE],
          author: 'E',
        },
        {
          effectiveOn: '2023-07-01',
          status: 'not_yet_rated',
          note: 'First.',
          sources: [],
          author: 'E',
        },
      ]),
      editorialState: 'published',
      parent,
    });

  it('inserts a child listed before its parent, returns ids in the order given, and writes version-1 revisions', async () => {
    const child = published('records-batch-child', 'records-batch-parent');
    const parent = published('records-batch-parent', null);
    const ids = await insertRecords(db(), 'commitment', [child, parent], {
      actor: { id: null, name: 'test' },
      action: 'seed',
    });
    expect(ids).toHaveLength(2);
    const [childLoaded, parentLoaded] = await Promise.all(
      ids.map((id) => loadRecord(db(), 'commitment', id)),
    );
    // Stored in effective-date order, whatever order the history was given in.
    expect(childLoaded?.data).toEqual({ ...child, history: sortHistory(child.history) });
    expect(parentLoaded?.data).toEqual({ ...parent, history: sortHistory(parent.history) });
    const [row] = await db()
      .select({ publishedAt: commitments.publishedAt, status: commitments.status })
      .from(commitments)
      .where(eq(commitments.id, ids[0]!));
    // Published on arrival: dated by its earliest update, not by the order they were listed.
    expect(row?.publishedAt?.toISOString()).toBe('2023-07-01T00:00:00.000Z');
    expect(row?.status).toBe('in_progress');
    const stored = await db()
      .select({ version: revisions.version, snapshot: revisions.snapshot })
      .from(revisions)
      .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, ids[1]!)));
    expect(stored).toEqual([{ version: 1, snapshot: parent }]);
    const [withActor] = await db()
      .select({ action: revisions.action, actorName: revisions.actorName })
      .from(revisions)
      .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, ids[0]!)));
    expect(withActor).toEqual({ action: 'seed', actorName: 'test' });
  });

  it('names the field of an unknown reference', async () => {
    const broken = commitment('records-batch-broken', [
      {
        effectiveOn: '2023-07-01',
        status: 'not_yet_rated',
        note: 'x',
        sources: ['nope'],
        author: 'E',
      },
    ]);
    await expect(insertRecords(db(), 'commitment', [broken], BY)).rejects.toEqual(
      new RecordReferenceError(['history', '0', 'sources'], 'source', 'nope'),
    );
    // A parent that is neither in the list nor in the database.
    await expect(
      insertRecords(db(), 'commitment', [published('records-batch-orphan', 'records-nowhere')], BY),
    ).rejects.toEqual(new RecordReferenceError(['parent'], 'commitment', 'records-nowhere'));
  });

  it('inserts meetings in batches across more than one statement, parents first', async () => {
    const many = Array.from({ length: 1203 }, (_, i) =>
      Meeting.parse({
        slug: `records-batch-meeting-${i}`,
        title: `Meeting ${i}`,
        kind: 'bilateral',
        startsOn: '2024-01-01',
        endsOn: '2024-01-01',
        place: 'Tokyo',
        // Every meeting's parent is the last one listed, so that one goes in a round of its own.
        parentSlug: i < 1202 ? 'records-batch-meeting-1202' : SUMMIT,
        summary: 'S.',
        context: '',
        participants: [{ party: 'jp', name: 'N', office: 'O' }],
      } satisfies MeetingInput),
    );
    const done: number[] = [];
    const ids = await insertRecords(db(), 'meeting', many, BY, { progress: (n) => done.push(n) });
    expect(new Set(ids).size).toBe(1203);
    // The parent alone, then the 1,202 others in two statements.
    expect(done).toEqual([1, 1001, 1203]);
    for (const i of [0, 999, 1000, 1202]) {
      expect((await loadRecord(db(), 'meeting', ids[i]!))?.data).toEqual(many[i]);
    }
  });
});

describe('versions and uses', () => {
  it('claims a version only from the expected one', async () => {
    const id = await idOf(sources, SOURCE);
    const current = (await loadRecord(db(), 'source', id))!.version;
    expect(await claimVersion(db(), 'source', id, current + 1)).toBeNull();
    expect(await claimVersion(db(), 'source', id, current)).toBe(current + 1);
    expect(await claimVersion(db(), 'source', id, current)).toBeNull();
    expect(await claimVersion(db(), 'source', 999_999, 1)).toBeNull();
  });

  it('counts the uses of a record', async () => {
    expect(await countUses(db(), 'source', await idOf(sources, SOURCE))).toBeGreaterThan(0);
    const unused = await extraSource('records-unused');
    expect(await countUses(db(), 'source', unused)).toBe(0);
    expect(await countUses(db(), 'meeting', await idOf(meetings, SUMMIT))).toBeGreaterThan(0);
  });
});
