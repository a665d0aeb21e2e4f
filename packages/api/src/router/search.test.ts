import {
  commitmentParties,
  commitments,
  meetings,
  parties,
  quotes,
  sources,
  themes,
} from '@accord/db';
import {
  type CommitmentListItem,
  encodeCursor,
  type HighlightSegment,
  SEARCH_MAX_LENGTH,
  SEARCH_MAX_RESULTS,
} from '@accord/domain';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightSegments, searchCommitments } from '../queries/search';
import { expectTRPCError, SEED, useTestDb } from '../testing/helpers';

const db = useTestDb();

const slugs = (items: CommitmentListItem[]) => items.map((c) => c.slug);
const marked = (segments: HighlightSegment[] | undefined) =>
  (segments ?? []).filter((s) => s.match).map((s) => s.text);
const plain = (segments: HighlightSegment[] | undefined) =>
  (segments ?? []).map((s) => s.text).join('');

/** Words no seeded record uses, so each test knows exactly what should match. */
const QUOTE_ONLY = 'quote-only-commitment';
const PARTY_ONLY = 'party-only-commitment';
const DRAFT = 'draft-zanzibar-commitment';
const HOSTILE = 'hostile-title-commitment';

async function idOf(table: typeof themes | typeof meetings | typeof parties, slug: string) {
  const [row] = await db.db.select({ id: table.id }).from(table).where(eq(table.slug, slug));
  if (!row) throw new Error(`no ${slug}`);
  return row.id;
}

beforeAll(async () => {
  const themeId = await idOf(themes, 'ukraine');
  const meetingId = await idOf(meetings, SEED.meeting);
  const [source] = await db.db
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.slug, SEED.source));
  const [party] = await db.db
    .insert(parties)
    .values({
      slug: 'zanzibar-institute',
      name: 'Zanzibar Institute',
      shortName: 'ZI',
      kind: 'organisation',
    })
    .returning({ id: parties.id });
  const base = {
    meetingId,
    themeId,
    strength: 'plans' as const,
    status: 'not_yet_rated' as const,
  };
  const rows = await db.db
    .insert(commitments)
    .values([
      {
        ...base,
        slug: QUOTE_ONLY,
        title: 'Plain title',
        summary: 'Plain summary.',
        editorialState: 'published',
      },
      {
        ...base,
        slug: PARTY_ONLY,
        title: 'Another title',
        summary: 'Another summary.',
        editorialState: 'published',
      },
      {
        ...base,
        slug: DRAFT,
        title: 'Zanzibar draft about Micron',
        summary: 'Not yet public.',
        editorialState: 'draft',
      },
      {
        ...base,
        slug: HOSTILE,
        title: 'Xylophone <script>alert(1)</script> \u0002marked\u0003 & more',
        summary: 'Xylophone summary with <b>tags</b>.',
        editorialState: 'published',
      },
    ])
    .returning({ id: commitments.id, slug: commitments.slug });
  const id = (slug: string) => rows.find((r) => r.slug === slug)!.id;
  await db.db.insert(quotes).values({
    commitmentId: id(QUOTE_ONLY),
    sourceId: source!.id,
    text: 'we will build the quasar observatory together',
    form: 'verbatim',
    attributionKind: 'press_report',
    attributedTo: 'a diplomat',
  });
  for (const slug of [PARTY_ONLY, DRAFT]) {
    await db.db
      .insert(commitmentParties)
      .values({ commitmentId: id(slug), partyId: party!.id, role: 'partner' });
  }
});

describe('commitment.list with q (full-text search)', () => {
  it('finds "Micron" and ranks the commitment with it in its title first, highlighted', async () => {
    const page = await db.caller().commitment.list({ q: 'Micron' });
    expect(page.items[0]?.slug).toBe('support-micron-hiroshima-plant');
    const top = page.items[0]!;
    expect(marked(top.search?.title)).toEqual(['Micron']);
    expect(plain(top.search?.title)).toBe(top.title);
    expect(top.search?.rank).toBeGreaterThan(0);
    for (let i = 1; i < page.items.length; i++) {
      expect(page.items[i]!.search!.rank).toBeLessThanOrEqual(page.items[i - 1]!.search!.rank);
    }
  });

  it('stems English words: "semiconductor" finds titles and tags that say "semiconductors"', async () => {
    const found = slugs((await db.caller().commitment.list({ q: 'semiconductor' })).items);
    expect(found).toContain('semiconductor-and-ai-cooperation');
    expect(found).toContain('support-micron-hiroshima-plant'); // by its tag only
  });

  it('needs every word (two words), and reads "quoted words" as a phrase', async () => {
    const caller = db.caller();
    expect(slugs((await caller.commitment.list({ q: 'Micron Hiroshima' })).items)).toEqual([
      'support-micron-hiroshima-plant',
    ]);
    expect((await caller.commitment.list({ q: 'Micron Ukraine' })).items).toEqual([]);
    expect((await caller.commitment.list({ q: '"plant Micron"' })).items).toEqual([]);
    const without = slugs((await caller.commitment.list({ q: 'semiconductor -micron' })).items);
    expect(without).toContain('semiconductor-and-ai-cooperation');
    expect(without).not.toContain('support-micron-hiroshima-plant');
  });

  it('finds a commitment by words only in one of its quotes, showing that quote', async () => {
    const [item] = (await db.caller().commitment.list({ q: 'quasar observatory' })).items;
    expect(item?.slug).toBe(QUOTE_ONLY);
    expect(item?.search?.excerptFrom).toBe('quote');
    expect(marked(item?.search?.excerpt)).toEqual(['quasar', 'observatory']);
  });

  it("finds a commitment by its party's name, and never a draft", async () => {
    const found = slugs((await db.caller().commitment.list({ q: 'Zanzibar' })).items);
    expect(found).toEqual([PARTY_ONLY]);
    expect(slugs((await db.caller().commitment.list({ q: 'micron' })).items)).not.toContain(DRAFT);
  });

  it('filters by theme and status like the list does', async () => {
    const caller = db.caller();
    expect(slugs((await caller.commitment.list({ q: 'Micron', theme: 'ukraine' })).items)).toEqual(
      [],
    );
    const chips = await caller.commitment.list({ q: 'chips', theme: 'chips' });
    expect(chips.items.length).toBeGreaterThan(0);
    for (const c of chips.items) expect(c.theme.slug).toBe('chips');
    const status = chips.items[0]!.status;
    const byStatus = await caller.commitment.list({ q: 'chips', status });
    expect(byStatus.items.length).toBeGreaterThan(0);
    for (const c of byStatus.items) expect(c.status).toBe(status);
  });

  it('pages through ranked results once each, in the order of one big page', async () => {
    const caller = db.caller();
    const all = slugs((await caller.commitment.list({ q: 'japan', limit: 100 })).items);
    expect(all.length).toBeGreaterThan(3);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await caller.commitment.list({ q: 'japan', limit: 2, cursor });
      walked.push(...slugs(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all);
    const past = await caller.commitment.list({
      q: 'japan',
      cursor: encodeCursor(SEARCH_MAX_RESULTS),
    });
    expect(past).toEqual({ items: [], nextCursor: null });
  });

  it('gives highlights as plain text segments: markup and control characters in the data stay text', async () => {
    const [item] = (await db.caller().commitment.list({ q: 'xylophone' })).items;
    expect(item?.slug).toBe(HOSTILE);
    expect(plain(item?.search?.title)).toBe('Xylophone <script>alert(1)</script> marked & more');
    expect(marked(item?.search?.title)).toEqual(['Xylophone']);
    expect(plain(item?.search?.excerpt)).toBe('Xylophone summary with <b>tags</b>.');
  });

  it('treats a blank q as no search', async () => {
    const caller = db.caller();
    const plainList = await caller.commitment.list({ limit: 100 });
    expect(await caller.commitment.list({ q: '  ', limit: 100 })).toEqual(plainList);
    expect(plainList.items.every((c) => c.search === undefined)).toBe(true);
  });

  describe('bad input gets results or a clear BAD_REQUEST, never a 500', () => {
    it(`refuses more than ${SEARCH_MAX_LENGTH} characters, saying so`, async () => {
      await expectTRPCError(
        db.caller().commitment.list({ q: 'micron '.repeat(300) }),
        'BAD_REQUEST',
        new RegExp(`at most ${SEARCH_MAX_LENGTH} characters`),
      );
      await expectTRPCError(db.caller().commitment.list({ q: 'x'.repeat(2000) }), 'BAD_REQUEST');
    });

    it.each([
      ['operators', 'micron & | ! <-> :* ( ) or -'],
      ['unbalanced quotes', '"micron'],
      ['SQL fragments', "micron'; drop table commitments; --"],
      ['only stop words', 'the and of'],
      ['only punctuation', '&&& ||| !!!'],
      ['tsquery syntax', "'micron':* & !plant"],
      ['a backslash', 'micron\\'],
    ])('answers %s with a page', async (_what, q) => {
      const page = await db.caller().commitment.list({ q });
      expect(Array.isArray(page.items)).toBe(true);
    });

    it.each([
      ['a NUL character', 'mic\u0000ron', /NUL character/],
      ['a lone surrogate', 'micron \ud800', /broken character/],
    ])(
      'refuses %s, which the database cannot take, with a clear BAD_REQUEST',
      async (_what, q, message) => {
        await expectTRPCError(db.caller().commitment.list({ q }), 'BAD_REQUEST', message);
      },
    );

    it('still finds the words around SQL and operators', async () => {
      const page = await db.caller().commitment.list({ q: "micron'; drop table commitments; --" });
      expect(page.items).toEqual([]); // every word must match: "drop", "tabl" do not
      const found = await db.caller().commitment.list({ q: '!micron!' });
      expect(slugs(found.items)).toContain('support-micron-hiroshima-plant');
      expect((await db.caller().commitment.list({})).items.length).toBeGreaterThan(0);
    });
  });
});

describe('the cost bound', () => {
  const BROAD = 'semiconductor or security or ukraine or minerals or japan';
  it('ranks at most `candidates` matching rows of each kind, whatever the database holds', async () => {
    // These words match many commitments by their own text; with a bound of one row
    // per kind (commitments, quotes, party links), at most three can be ranked.
    const all = await searchCommitments(db.db, BROAD, {}, 0, 50);
    expect(all.items.length).toBeGreaterThan(3);
    const bounded = await searchCommitments(db.db, BROAD, {}, 0, 50, 1);
    expect(bounded.items.length).toBeGreaterThan(0);
    expect(bounded.items.length).toBeLessThanOrEqual(3);
    expect(slugs(all.items)).toEqual(expect.arrayContaining(slugs(bounded.items)));
  });
});

describe('highlightSegments', () => {
  it('splits marked text into matching and plain segments', () => {
    expect(highlightSegments('a \u0002chip\u0003 \u0002plant\u0003 b')).toEqual([
      { text: 'a ', match: false },
      { text: 'chip', match: true },
      { text: ' ', match: false },
      { text: 'plant', match: true },
      { text: ' b', match: false },
    ]);
    expect(highlightSegments('')).toEqual([]);
    expect(highlightSegments('\u0002open')).toEqual([{ text: 'open', match: true }]);
  });
});
