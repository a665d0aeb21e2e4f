import { commitments } from '@accord/db';
import { encodeAdminCursor, REFERENCE_TYPES, type ReferenceType } from '@accord/domain';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  callOverHttp,
  type Caller,
  countQueries,
  EDITOR,
  expectTRPCError,
  publishCommitment,
  sampleCommitment,
  sampleReference,
  SEED,
  useTestDb,
} from '../../testing/helpers';

const db = useTestDb();

const TYPES = REFERENCE_TYPES;
/** Extra records of each type, so a page can be longer than the seed's themes. */
const EXTRA = 12;

interface Row {
  id: number;
  slug: string;
  usedBy: number;
}
interface RecordPage {
  items: Row[];
  nextCursor: string | null;
  prevCursor: string | null;
}
function listOf(caller: Caller, type: ReferenceType) {
  return (caller.editor[type] as unknown as { list: (input?: object) => Promise<RecordPage> }).list;
}

beforeAll(async () => {
  const admin = db.caller(ADMIN);
  for (const type of TYPES) {
    const sample = sampleReference[type] as (slug: string) => Record<string, unknown>;
    for (let i = 0; i < EXTRA; i++) {
      await (
        admin.editor[type] as unknown as { create: (input: object) => Promise<unknown> }
      ).create({ data: sample(`list-${type}-${String(i).padStart(2, '0')}`) });
    }
  }
  // Commitments to filter: two drafts on chips with "walrus" in the title, one in review on
  // minerals, and a published, overdue one at the seeded meeting.
  for (const [slug, theme] of [
    ['walrus-draft-a', 'chips'],
    ['walrus-draft-b', 'chips'],
    ['walrus-minerals', 'minerals'],
  ] as const) {
    await admin.editor.commitment.create({
      data: sampleCommitment(slug, { theme, title: `Walrus pledge ${slug}` }),
    });
  }
  const [review] = (await admin.editor.commitment.list({ q: 'walrus-minerals' })).items;
  await admin.editor.commitment.submit({ id: review!.id, expectedVersion: review!.version });
  await publishCommitment(
    admin,
    sampleCommitment('walrus-overdue', {
      title: 'Walrus pledge overdue',
      theme: 'ukraine',
      parties: [{ party: 'kr', role: 'committer' }],
      target: { date: '2020-01-01', precision: 'day', qualifier: 'by', note: null },
    }),
  );
}, 600_000);

describe('query counts', () => {
  it('counts the statements a read sends', async () => {
    const { queries } = await countQueries(db.db, () => db.db.execute(sql`select 1`));
    expect(queries).toBe(1);
  });

  for (const type of TYPES) {
    it(`lists ${type} pages in the same number of queries whatever their length`, async () => {
      const list = listOf(db.caller(EDITOR), type);
      const short = await countQueries(db.db, () => list({ limit: 2 }));
      const long = await countQueries(db.db, () => list({ limit: 15 }));
      expect(short.result.items).toHaveLength(2);
      expect(long.result.items).toHaveLength(15);
      // The rows, then one grouped count of their uses (per row, it was 1 + 15).
      expect(long.queries).toBe(2);
      expect(long.queries).toBe(short.queries);
    });
  }

  it('lists a page of commitments in one query', async () => {
    const list = db.caller(EDITOR).editor.commitment.list;
    const short = await countQueries(db.db, () => list({ limit: 2 }));
    const long = await countQueries(db.db, () => list({ limit: 20, theme: 'chips' }));
    expect(long.result.items.length).toBeGreaterThan(2);
    expect([short.queries, long.queries]).toEqual([1, 1]);
  });

  it('counts uses in the list as get does, with the first commitments using it', async () => {
    const editor = db.caller(EDITOR);
    const [chips] = (await editor.editor.theme.list({ q: 'chips' })).items;
    const got = await editor.editor.theme.get({ id: chips!.id });
    const inDb = await db.db
      .select({ slug: commitments.slug })
      .from(commitments)
      .where(eq(commitments.themeId, chips!.id))
      .orderBy(commitments.slug);
    expect(got.usedBy.count).toBe(inDb.length);
    expect(chips!.usedBy).toBe(inDb.length);
    expect(got.usedBy.commitments.map((c) => c.slug)).toEqual(inDb.slice(0, 10).map((c) => c.slug));
    const [source] = (await editor.editor.source.list({ q: SEED.source })).items;
    const cited = await editor.editor.source.get({ id: source!.id });
    expect(cited.usedBy.count).toBe(source!.usedBy);
    expect(cited.usedBy.commitments.length).toBeGreaterThan(0);
  });
});

describe('paging', () => {
  it('refuses a page size above 200 or below 1', async () => {
    const editor = db.caller(EDITOR);
    await expectTRPCError(editor.editor.commitment.list({ limit: 201 }), 'BAD_REQUEST');
    await expectTRPCError(editor.editor.source.list({ limit: 0 }), 'BAD_REQUEST');
    await expectTRPCError(editor.editor.source.list({ q: 'x'.repeat(101) }), 'BAD_REQUEST');
    expect((await editor.editor.source.list({ limit: 200 })).items.length).toBeGreaterThan(0);
  });

  for (const type of TYPES) {
    it(`pages through every ${type} forwards and back with cursors`, async () => {
      const list = listOf(db.caller(EDITOR), type);
      const all = (await list({ limit: 200 })).items.map((r) => r.slug);
      expect(all.length).toBeGreaterThan(EXTRA);
      expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const pages: RecordPage[] = [];
      let cursor: string | null = null;
      do {
        const page = await list({ limit: 5, cursor });
        pages.push(page);
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages.flatMap((p) => p.items.map((r) => r.slug))).toEqual(all);
      expect(pages[0]!.prevCursor).toBeNull();
      expect(pages.at(-1)!.nextCursor).toBeNull();
      // Back from the last page, page by page, to the first.
      let back: RecordPage = pages.at(-1)!;
      for (let i = pages.length - 2; i >= 0; i--) {
        back = await list({ limit: 5, cursor: back.prevCursor });
        expect(back.items.map((r) => r.slug)).toEqual(pages[i]!.items.map((r) => r.slug));
      }
      expect(back.prevCursor).toBeNull();
    });
  }

  it('pages commitments newest change first, forwards and back', async () => {
    const list = db.caller(EDITOR).editor.commitment.list;
    const all = (await list({ limit: 200 })).items.map((c) => c.id);
    const first = await list({ limit: 3 });
    const second = await list({ limit: 3, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((c) => c.id)).toEqual(all.slice(0, 6));
    const again = await list({ limit: 3, cursor: second.prevCursor });
    expect(again.items.map((c) => c.id)).toEqual(all.slice(0, 3));
    expect(again.prevCursor).toBeNull();
  });

  it('answers a malformed cursor, or one of another list, with a 400', async () => {
    const editor = db.caller(EDITOR);
    await expectTRPCError(editor.editor.source.list({ cursor: 'not a cursor' }), 'BAD_REQUEST');
    // Well-formed, but a commitment's key (a time and an id) is not a source's (a slug).
    const foreign = (await editor.editor.commitment.list({ limit: 1 })).nextCursor!;
    await expectTRPCError(editor.editor.source.list({ cursor: foreign }), 'BAD_REQUEST');
    const wrongTime = encodeAdminCursor({ d: 'next', k: ['yesterday', 1] });
    await expectTRPCError(editor.editor.commitment.list({ cursor: wrongTime }), 'BAD_REQUEST');
    for (const cursor of ['%%%', foreign]) {
      const answer = await callOverHttp(db.db, EDITOR, 'editor.party.list', { cursor });
      expect(answer.status, answer.text).toBe(400);
      expect(answer.text).toMatch(/cursor is malformed/);
    }
  });
});

describe('commitment filters', () => {
  const slugs = async (input: Parameters<Caller['editor']['commitment']['list']>[0]) =>
    (await db.caller(EDITOR).editor.commitment.list(input)).items.map((c) => c.slug).sort();

  it('filters by words, theme and editorial state', async () => {
    expect(await slugs({ q: 'walrus' })).toEqual([
      'walrus-draft-a',
      'walrus-draft-b',
      'walrus-minerals',
      'walrus-overdue',
    ]);
    expect(await slugs({ q: 'WALRUS PLEDGE', theme: 'chips' })).toEqual([
      'walrus-draft-a',
      'walrus-draft-b',
    ]);
    expect(await slugs({ q: 'walrus', state: 'review' })).toEqual(['walrus-minerals']);
    expect(await slugs({ q: 'walrus', theme: 'chips', state: 'review' })).toEqual([]);
    // An unknown theme matches nothing rather than failing the page.
    expect(await slugs({ theme: 'no-such-theme' })).toEqual([]);
  });

  it('filters by status, overdue, meeting, party and change date', async () => {
    expect(await slugs({ q: 'walrus', overdue: true })).toEqual(['walrus-overdue']);
    expect(await slugs({ q: 'walrus', status: 'in_progress' })).toEqual([]);
    expect(await slugs({ q: 'walrus', status: 'not_yet_rated', party: 'kr' })).toEqual([
      'walrus-overdue',
    ]);
    expect((await slugs({ meeting: SEED.meeting })).length).toBeGreaterThanOrEqual(
      SEED.meetingCommitments,
    );
    expect(await slugs({ q: 'walrus', meeting: SEED.summit })).toEqual([]);
    expect(await slugs({ q: 'walrus', changedSince: '2999-01-01' })).toEqual([]);
    expect((await slugs({ q: 'walrus', changedSince: '2020-01-01' })).length).toBe(4);
  });

  it('shares its filters with the public list', async () => {
    const publicPage = await db.caller().commitment.list({ theme: 'chips', limit: 100 });
    const editorPage = await slugs({ theme: 'chips', state: 'published', limit: 200 });
    expect(publicPage.items.map((c) => c.slug).sort()).toEqual(editorPage);
    const overdue = await db.caller().commitment.list({ overdue: true, limit: 100 });
    expect(overdue.items.map((c) => c.slug)).toContain('walrus-overdue');
  });
});
