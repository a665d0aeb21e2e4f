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
  COMMITMENT_STATUSES,
  type CommitmentListInput,
  type CommitmentListItem,
  encodeCursor,
  isOverdue,
  todayIso,
} from '@accord/domain';
import { eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, expectTRPCError, SEED, SEEDED_SPEAKER, useTestDb } from '../testing/helpers';

const db = useTestDb();

/** Published commitments in seed (= insertion = id) order. */
const SEED_ORDER = [
  'strengthen-japan-us-alliance',
  'us-extended-nuclear-deterrence',
  'north-korea-nuclear-missile-programs',
  'counter-china-coercion',
  'address-china-coercive-behavior',
  'taiwan-strait-peace-and-stability',
  'trilateral-meeting-with-south-korea',
  'g7-nuclear-disarmament-and-economic-security',
  'semiconductor-and-ai-cooperation',
  'quantum-and-chip-partnerships',
  'tokyo-startup-hub-with-mit',
  'support-micron-hiroshima-plant',
  'critical-minerals-supply-chains',
  'continue-supporting-ukraine',
  'us-japan-minerals-investment-ministerial',
  'us-japan-minerals-project-financing',
];
/** The ones made at the Hiroshima meeting itself (the rest are later sub-commitments). */
const MEETING_ORDER = SEED_ORDER.slice(0, SEED.meetingCommitments);

/** Follows nextCursor until it is null; returns every item and the number of pages. */
async function walk(
  caller: Caller,
  input: CommitmentListInput,
): Promise<{ items: CommitmentListItem[]; pages: number }> {
  const items: CommitmentListItem[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await caller.commitment.list({ ...input, cursor });
    pages++;
    expect(page.items.length).toBeLessThanOrEqual(input.limit ?? 20);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (pages > 100) throw new Error('pagination does not end');
  } while (cursor !== null);
  return { items, pages };
}

const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);

describe('commitment.list', () => {
  it('lists every published commitment in stable id order on one default page', async () => {
    const page = await db.caller().commitment.list({});
    expect(slugs(page.items)).toEqual(SEED_ORDER);
    expect(page.nextCursor).toBeNull();
  });

  it('treats a call without input as the first default page', async () => {
    const page = await db.caller().commitment.list();
    expect(slugs(page.items)).toEqual(SEED_ORDER);
  });

  it('returns list items with theme, meeting, parties and target', async () => {
    const { items } = await db.caller().commitment.list({});
    const hub = items.find((i) => i.slug === 'tokyo-startup-hub-with-mit');
    expect(hub).toMatchObject({
      title: 'A start-up hub in Tokyo with MIT, from 2028 at the earliest',
      strength: 'considering',
      status: 'in_progress',
      theme: { slug: 'chips', title: 'Chips, AI and emerging technology' },
      meeting: { slug: SEED.meeting, startsOn: '2023-05-18' },
      parties: [
        { slug: 'jp', role: 'committer', shortName: 'Japan' },
        { slug: 'mit', role: 'partner', shortName: 'MIT' },
      ],
      target: {
        date: '2028-04-01',
        precision: 'month',
        qualifier: 'not_before',
        note: 'fiscal 2028 (from April 2028), per the Cabinet Secretariat',
      },
      overdue: false,
      tags: ['start-ups', 'universities'],
    });
    for (const item of items) {
      expect(item.updatedAt, item.slug).toBeInstanceOf(Date);
      expect(Number.isNaN(item.updatedAt.getTime()), item.slug).toBe(false);
      expect(item.parties.length, item.slug).toBeGreaterThan(0);
    }
  });

  it('marks overdue exactly as the domain rule isOverdue does', async () => {
    const { items } = await db.caller().commitment.list({});
    const today = todayIso();
    for (const item of items)
      expect(item.overdue, item.slug).toBe(isOverdue(item.target, item.status, today));
    expect(slugs(items.filter((i) => i.overdue))).toEqual(SEED.subCommitments);
  });

  describe('filters', () => {
    it('by theme', async () => {
      for (const [theme, count] of Object.entries(SEED.themeCounts)) {
        const page = await db.caller().commitment.list({ theme });
        expect(page.items.length, theme).toBe(count);
        expect(
          page.items.every((i) => i.theme.slug === theme),
          theme,
        ).toBe(true);
      }
    });

    it('by status', async () => {
      const inProgress = await db.caller().commitment.list({ status: 'in_progress' });
      expect(slugs(inProgress.items)).toEqual(
        SEED_ORDER.filter(
          (s) =>
            !SEED.subCommitments.includes(s) &&
            ![
              'trilateral-meeting-with-south-korea',
              'g7-nuclear-disarmament-and-economic-security',
              'quantum-and-chip-partnerships',
            ].includes(s),
        ),
      );
      let sum = 0;
      for (const status of COMMITMENT_STATUSES) {
        const page = await db.caller().commitment.list({ status });
        expect(
          page.items.every((i) => i.status === status),
          status,
        ).toBe(true);
        sum += page.items.length;
      }
      expect(sum).toBe(SEED.publishedCommitments);
      expect(slugs((await db.caller().commitment.list({ status: 'delivered' })).items)).toEqual([
        'trilateral-meeting-with-south-korea',
        'g7-nuclear-disarmament-and-economic-security',
        'quantum-and-chip-partnerships',
      ]);
    });

    it('by party', async () => {
      const expected: Record<string, number> = {
        jp: 16,
        us: 15,
        cn: 4,
        kp: 1,
        kr: 1,
        tw: 1,
        ua: 1,
        ru: 1,
        mit: 1,
        micron: 1,
        g7: 1,
      };
      for (const [party, count] of Object.entries(expected)) {
        const page = await db.caller().commitment.list({ party });
        expect(page.items.length, party).toBe(count);
        expect(
          page.items.every((i) => i.parties.some((p) => p.slug === party)),
          party,
        ).toBe(true);
      }
      expect(slugs((await db.caller().commitment.list({ party: 'mit' })).items)).toEqual([
        'tokyo-startup-hub-with-mit',
      ]);
    });

    it('by meeting', async () => {
      const bilateral = await db.caller().commitment.list({ meeting: SEED.meeting });
      expect(slugs(bilateral.items)).toEqual(MEETING_ORDER);
      const summit = await db.caller().commitment.list({ meeting: SEED.summit });
      expect(summit).toEqual({ items: [], nextCursor: null });
    });

    it('by overdue, agreeing with isOverdue for each item', async () => {
      const today = todayIso();
      const overdue = await db.caller().commitment.list({ overdue: true });
      const onTrack = await db.caller().commitment.list({ overdue: false });
      expect(slugs(overdue.items)).toEqual(SEED.subCommitments);
      for (const item of overdue.items) {
        expect(item.overdue, item.slug).toBe(true);
        expect(isOverdue(item.target, item.status, today), item.slug).toBe(true);
      }
      for (const item of onTrack.items) {
        expect(item.overdue, item.slug).toBe(false);
        expect(isOverdue(item.target, item.status, today), item.slug).toBe(false);
      }
      // Together they are the whole list, in order.
      expect(new Set([...slugs(overdue.items), ...slugs(onTrack.items)])).toEqual(
        new Set(SEED_ORDER),
      );
      expect(overdue.items.length + onTrack.items.length).toBe(SEED.publishedCommitments);
      // "2028 at the earliest" can never be missed.
      expect(slugs(onTrack.items)).toContain('tokyo-startup-hub-with-mit');
    });

    it('combines filters', async () => {
      const mineralsOverdue = await db
        .caller()
        .commitment.list({ theme: 'minerals', overdue: true });
      expect(mineralsOverdue.items.length).toBe(2);
      expect((await db.caller().commitment.list({ theme: 'chips', overdue: true })).items).toEqual(
        [],
      );
      const chipsUs = await db
        .caller()
        .commitment.list({ theme: 'chips', party: 'us', status: 'in_progress' });
      expect(slugs(chipsUs.items)).toEqual([
        'semiconductor-and-ai-cooperation',
        'support-micron-hiroshima-plant',
      ]);
      const mitAtSummit = await db.caller().commitment.list({ party: 'mit', meeting: SEED.summit });
      expect(mitAtSummit.items).toEqual([]);
    });

    it.each([
      ['theme', { theme: 'no-such-theme' }],
      ['party', { party: 'no-such-party' }],
      ['meeting', { meeting: 'no-such-meeting' }],
    ] as const)('answers NOT_FOUND for an unknown %s slug, naming it', async (field, input) => {
      const slug = Object.values(input)[0];
      const error = await expectTRPCError(db.caller().commitment.list(input), 'NOT_FOUND');
      expect(error.message).toContain(`"${slug}"`);
      expect(error.message).toMatch(new RegExp(`^${field}: `));
    });
  });

  describe('cursor pagination', () => {
    it('walks every published commitment exactly once with limit 2, ascending and stable', async () => {
      const { items, pages } = await walk(db.caller(), { limit: 2 });
      expect(pages).toBe(Math.ceil(SEED.publishedCommitments / 2));
      expect(slugs(items)).toEqual(SEED_ORDER);
      expect(new Set(slugs(items)).size).toBe(items.length);
      // Stable: a second walk sees the same sequence.
      expect(slugs((await walk(db.caller(), { limit: 2 })).items)).toEqual(SEED_ORDER);
    });

    it('gives nextCursor null on the last page, and only there', async () => {
      const caller = db.caller();
      let page = await caller.commitment.list({ limit: 2 });
      const cursors: string[] = [];
      while (page.nextCursor !== null) {
        expect(page.items.length).toBe(2);
        cursors.push(page.nextCursor);
        page = await caller.commitment.list({ limit: 2, cursor: page.nextCursor });
      }
      expect(page.items.length).toBe(SEED.publishedCommitments % 2 || 2);
      expect(new Set(cursors).size).toBe(cursors.length);
    });

    it('paginates a filtered list', async () => {
      const { items } = await walk(db.caller(), { theme: 'security', limit: 2 });
      expect(slugs(items)).toEqual(SEED_ORDER.slice(0, SEED.themeCounts.security));
      const { items: us } = await walk(db.caller(), { party: 'us', limit: 5 });
      expect(slugs(us)).toEqual(SEED_ORDER.filter((s) => s !== 'tokyo-startup-hub-with-mit'));
    });

    it('has no extra empty page when the list fills the last page exactly', async () => {
      const exact = await db.caller().commitment.list({ limit: SEED.publishedCommitments });
      expect(exact.items.length).toBe(SEED.publishedCommitments);
      expect(exact.nextCursor).toBeNull();
      const oneShort = await db.caller().commitment.list({ limit: SEED.publishedCommitments - 1 });
      expect(oneShort.nextCursor).not.toBeNull();
      const rest = await db.caller().commitment.list({ limit: 100, cursor: oneShort.nextCursor });
      expect(slugs(rest.items)).toEqual([SEED_ORDER.at(-1)]);
      expect(rest.nextCursor).toBeNull();
    });

    it('accepts limits 1 and 100', async () => {
      expect((await db.caller().commitment.list({ limit: 1 })).items.length).toBe(1);
      expect((await db.caller().commitment.list({ limit: 100 })).items.length).toBe(
        SEED.publishedCommitments,
      );
    });

    it('returns an empty last page for a well-formed cursor past the end', async () => {
      const page = await db.caller().commitment.list({ cursor: encodeCursor(999_999) });
      expect(page).toEqual({ items: [], nextCursor: null });
    });
  });

  describe('bad input', () => {
    it.each([
      ['limit 0', { limit: 0 }, ['limit']],
      ['limit 101', { limit: 101 }, ['limit']],
      ['a fractional limit', { limit: 1.5 }, ['limit']],
      ['a non-numeric string limit', { limit: 'ten' }, ['limit']],
      ['an empty string limit', { limit: '' }, ['limit']],
      ['a malformed cursor', { cursor: 'not-a-cursor' }, ['cursor']],
      ['a cursor with a bad body', { cursor: 'c1.!!!' }, ['cursor']],
      ['a cursor for position 0', { cursor: 'c1.MA' }, ['cursor']],
      ['an overlong cursor', { cursor: `c1.${'A'.repeat(80)}` }, ['cursor']],
      ['an invalid theme slug', { theme: 'Chips & AI' }, ['theme']],
      ['an invalid party slug', { party: 'JP' }, ['party']],
      ['an invalid meeting slug', { meeting: '-g7-' }, ['meeting']],
      ['an unknown status', { status: 'done' }, ['status']],
      ['a string overdue', { overdue: 'yes' }, ['overdue']],
      ['an unknown key', { page: 2 }, []],
    ])('answers BAD_REQUEST for %s', async (_name, input, path) => {
      const error = await expectTRPCError(
        db.caller().commitment.list(input as unknown as CommitmentListInput),
        'BAD_REQUEST',
      );
      expect(error.cause).toBeInstanceOf(ZodError);
      const issues = (error.cause as ZodError).issues;
      expect(issues.map((i) => i.path.map(String))).toContainEqual(path);
    });

    it('reads a numeric string limit as a number, as a REST query string sends it', async () => {
      const page = await db
        .caller()
        .commitment.list({ limit: '2' } as unknown as CommitmentListInput);
      expect(page.items).toHaveLength(2);
    });

    it('reads overdue "true" and "false" from a query string as the booleans', async () => {
      const caller = db.caller();
      for (const overdue of [true, false]) {
        const asString = await caller.commitment.list({
          overdue: String(overdue) as 'true' | 'false',
          limit: 100,
        });
        expect(asString).toEqual(await caller.commitment.list({ overdue, limit: 100 }));
      }
    });

    it('answers BAD_REQUEST when the input is not an object', async () => {
      await expectTRPCError(
        db.caller().commitment.list('all' as unknown as CommitmentListInput),
        'BAD_REQUEST',
      );
    });
  });
});

describe('commitment.bySlug', () => {
  it('returns the commitment with attributed quotes, their source, and its history', async () => {
    const c = await db.caller().commitment.bySlug({ slug: 'strengthen-japan-us-alliance' });
    expect(c).toMatchObject({
      slug: 'strengthen-japan-us-alliance',
      strength: 'reaffirmed',
      status: 'in_progress',
      theme: { slug: 'security' },
      meeting: { slug: SEED.meeting, title: 'Kishida–Biden meeting in Hiroshima' },
      parties: [
        { slug: 'jp', role: 'committer' },
        { slug: 'us', role: 'committer' },
      ],
      target: null,
      overdue: false,
      version: 1,
      publishedAt: new Date('2023-05-18T00:00:00.000Z'),
    });
    expect(c.quotes.map((q) => q.text)).toEqual([
      'reaffirmed the importance of strengthening the bilateral security alliance',
      'The Japan-U.S. alliance is a cornerstone of peace and stability in the Indo-Pacific region',
      'the whole world is safer',
    ]);
    expect(c.quotes.map((q) => q.attribution)).toEqual([
      { kind: 'anonymous_official', who: 'a Japanese official', ...SEEDED_SPEAKER.jp },
      {
        kind: 'on_record_remark',
        who: 'Fumio Kishida, at the start of the talks',
        ...SEEDED_SPEAKER.jp,
      },
      { kind: 'on_record_remark', who: 'Joe Biden', ...SEEDED_SPEAKER.us },
    ]);
    expect(c.quotes.map((q) => q.form)).toEqual(['reported', 'verbatim', 'verbatim']);
    for (const q of c.quotes) {
      expect(q.source).toEqual({
        slug: SEED.source,
        title: 'Kishida, Biden agree to step up advanced technology cooperation',
        publisher: 'Kyodo News',
        url: null,
        publishedOn: '2023-05-19',
        reliability: 'standard',
        language: 'en',
      });
    }
    // The 18 May 2023 record first, then the dated follow-ups.
    expect(c.history).toHaveLength(8);
    expect(c.history[0]).toMatchObject({
      effectiveOn: '2023-05-18',
      status: 'in_progress',
      author: 'Accord editors',
      sources: [{ slug: SEED.source, publishedOn: '2023-05-19' }],
    });
    expect(c.history[0]?.note).toMatch(/in progress/);
  });

  it('gives quotes without a speaking party a null party', async () => {
    const c = await db.caller().commitment.bySlug({ slug: 'semiconductor-and-ai-cooperation' });
    expect(c.quotes).toHaveLength(1);
    expect(c.quotes[0]?.attribution).toEqual({
      kind: 'press_report',
      who: 'the report’s own summary',
      party: null,
      partyName: null,
      translations: {},
    });
  });

  it('returns the target and overdue flag', async () => {
    const hub = await db.caller().commitment.bySlug({ slug: 'tokyo-startup-hub-with-mit' });
    expect(hub.target).toEqual({
      date: '2028-04-01',
      precision: 'month',
      qualifier: 'not_before',
      note: 'fiscal 2028 (from April 2028), per the Cabinet Secretariat',
    });
    expect(hub.overdue).toBe(false);
    expect(hub.quotes.map((q) => q.attribution.who)).toEqual([
      'the Japanese Foreign Ministry',
      'the Japanese Foreign Ministry',
      'JNN/TBS, on the day of the meeting',
    ]);
    const trilateral = await db
      .caller()
      .commitment.bySlug({ slug: 'trilateral-meeting-with-south-korea' });
    expect(trilateral.target).toMatchObject({
      date: '2023-05-21',
      precision: 'day',
      qualifier: 'by',
    });
    expect(trilateral.overdue).toBe(isOverdue(trilateral.target, trilateral.status));
    // Delivered on 21 May 2023: a passed target with a final status is not overdue.
    expect(trilateral.status).toBe('delivered');
    expect(trilateral.overdue).toBe(false);
  });

  it('agrees with the list item for every published commitment', async () => {
    const caller = db.caller();
    const { items } = await caller.commitment.list({ limit: 100 });
    for (const item of items) {
      const detail = await caller.commitment.bySlug({ slug: item.slug });
      const {
        quotes: detailQuotes,
        history,
        version,
        publishedAt,
        tracks: _tracks,
        lineage: _lineage,
        disputes: _disputes,
        parent: _parent,
        subCommitments: _subCommitments,
        reviewedOn: _reviewedOn,
        asOf: _asOf,
        ...asItem
      } = detail;
      expect(asItem, item.slug).toEqual(item);
      // Sub-commitments made at later meetings may have no quote of their own.
      if (!SEED.subCommitments.includes(item.slug)) {
        expect(detailQuotes.length, item.slug).toBeGreaterThan(0);
      }
      for (const q of detailQuotes) {
        expect(q.attribution.who.length, item.slug).toBeGreaterThan(0);
        expect(q.source.slug.length, item.slug).toBeGreaterThan(0);
      }
      expect(history.at(-1)?.status, item.slug).toBe(item.status);
      expect(version, item.slug).toBeGreaterThanOrEqual(1);
      expect(publishedAt, item.slug).not.toBeNull();
    }
  });

  it('answers NOT_FOUND naming an unknown slug', async () => {
    const error = await expectTRPCError(
      db.caller().commitment.bySlug({ slug: 'no-such-commitment' }),
      'NOT_FOUND',
    );
    expect(error.message).toBe('No commitment with slug "no-such-commitment".');
  });

  it.each([
    ['an invalid slug', { slug: 'Strengthen Alliance' }],
    ['an empty slug', { slug: '' }],
    ['a trailing hyphen', { slug: 'alliance-' }],
    ['an unknown key', { slug: 'strengthen-japan-us-alliance', version: 1 }],
    ['no slug', {}],
  ])('answers BAD_REQUEST for %s', async (_name, input) => {
    await expectTRPCError(db.caller().commitment.bySlug(input as { slug: string }), 'BAD_REQUEST');
  });
});

describe('unpublished commitments are invisible to readers', () => {
  const UPDATED = 'tokyo-startup-hub-with-mit';
  const INSERTED = 'draft-chip-export-controls';
  const NON_PUBLISHED = ['draft', 'review', 'archived'] as const;

  beforeAll(async () => {
    // One seeded commitment taken back to draft, and one new draft with a party and a quote.
    await db.db
      .update(commitments)
      .set({ editorialState: 'draft' })
      .where(eq(commitments.slug, UPDATED));
    const [theme] = await db.db
      .select({ id: themes.id })
      .from(themes)
      .where(eq(themes.slug, 'chips'));
    const [meeting] = await db.db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.slug, SEED.meeting));
    const [micron] = await db.db
      .select({ id: parties.id })
      .from(parties)
      .where(eq(parties.slug, 'micron'));
    const [source] = await db.db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.slug, SEED.source));
    if (!theme || !meeting || !micron || !source) throw new Error('seed rows missing');
    const [row] = await db.db
      .insert(commitments)
      .values({
        slug: INSERTED,
        meetingId: meeting.id,
        themeId: theme.id,
        title: 'Draft: align chip export controls',
        summary: 'An editor is still writing this one.',
        strength: 'plans',
        status: 'not_yet_rated',
        targetDate: '2023-06-01',
        targetPrecision: 'day',
        targetQualifier: 'by',
        editorialState: 'draft',
      })
      .returning({ id: commitments.id });
    if (!row) throw new Error('insert failed');
    await db.db
      .insert(commitmentParties)
      .values({ commitmentId: row.id, partyId: micron.id, role: 'committer' });
    await db.db.insert(quotes).values({
      commitmentId: row.id,
      sourceId: source.id,
      text: 'draft quote text',
      form: 'verbatim',
      attributionKind: 'press_report',
      attributedTo: 'nobody yet',
    });
  });

  afterAll(async () => {
    await db.db
      .update(commitments)
      .set({ editorialState: 'published' })
      .where(eq(commitments.slug, UPDATED));
    await db.db.delete(commitments).where(eq(commitments.slug, INSERTED));
  });

  it('leaves them out of commitment.list, with and without filters', async () => {
    const caller = db.caller();
    const expected = SEED_ORDER.filter((s) => s !== UPDATED);
    expect(slugs((await caller.commitment.list({ limit: 100 })).items)).toEqual(expected);
    expect(slugs((await walk(caller, { limit: 2 })).items)).toEqual(expected);
    expect(slugs((await caller.commitment.list({ theme: 'chips' })).items)).not.toContain(UPDATED);
    expect((await caller.commitment.list({ party: 'mit' })).items).toEqual([]);
    expect(slugs((await caller.commitment.list({ party: 'micron' })).items)).toEqual([
      'support-micron-hiroshima-plant',
    ]);
    // The inserted draft would be overdue; the overdue filter still skips it.
    expect(slugs((await caller.commitment.list({ overdue: true })).items)).not.toContain(INSERTED);
    expect(slugs((await caller.commitment.list({ overdue: false })).items)).not.toContain(UPDATED);
    expect(slugs((await caller.commitment.list({ status: 'not_yet_rated' })).items)).not.toContain(
      INSERTED,
    );
  });

  it('answers NOT_FOUND from commitment.bySlug', async () => {
    for (const slug of [UPDATED, INSERTED]) {
      const error = await expectTRPCError(db.caller().commitment.bySlug({ slug }), 'NOT_FOUND');
      expect(error.message).toContain(`"${slug}"`);
    }
  });

  it('leaves them out of theme counts and theme pages', async () => {
    const caller = db.caller();
    const chips = (await caller.theme.list({ limit: 100 })).items.find((t) => t.slug === 'chips');
    expect(chips?.commitmentCount).toBe(3);
    expect(chips?.statusCounts.in_progress).toBe(2);
    const detail = await caller.theme.bySlug({ slug: 'chips' });
    expect(detail.commitments.map((c) => c.slug)).not.toContain(UPDATED);
    expect(detail.commitments.map((c) => c.slug)).not.toContain(INSERTED);
    expect(detail.statusCounts.in_progress).toBe(2);
  });

  it('leaves them out of meetings', async () => {
    const caller = db.caller();
    const bilateral = (await caller.meeting.list({ limit: 100 })).items.find(
      (m) => m.slug === SEED.meeting,
    );
    expect(bilateral?.commitmentCount).toBe(SEED.meetingCommitments - 1);
    const detail = await caller.meeting.bySlug({ slug: SEED.meeting });
    expect(detail.commitments).toHaveLength(SEED.meetingCommitments - 1);
    expect(detail.statusCounts.in_progress).toBe(10);
  });

  it('leaves them out of parties', async () => {
    const caller = db.caller();
    const counts = new Map(
      (await caller.party.list({ limit: 100 })).items.map((p) => [p.slug, p.commitmentCount]),
    );
    expect(counts.get('mit')).toBe(0);
    expect(counts.get('micron')).toBe(1);
    expect(counts.get('jp')).toBe(15);
    expect((await caller.party.bySlug({ slug: 'mit' })).commitments).toEqual([]);
    expect((await caller.party.bySlug({ slug: 'micron' })).commitments.map((c) => c.slug)).toEqual([
      'support-micron-hiroshima-plant',
    ]);
  });

  it('leaves their quotes out of sources', async () => {
    const caller = db.caller();
    const source = await caller.source.bySlug({ slug: SEED.source });
    const quoted = new Set(source.quotes.map((q) => q.commitment.slug));
    expect(quoted.has(UPDATED)).toBe(false);
    expect(quoted.has(INSERTED)).toBe(false);
    expect(source.quotes.map((q) => q.text)).not.toContain('draft quote text');
    expect(source.quotes.map((q) => q.text)).not.toContain('in 2028 at the earliest');
    // The seed has more than 100 sources: look through every page for the article.
    let summary: { slug: string; quoteCount: number } | undefined;
    let cursor: string | null = null;
    do {
      const page = await caller.source.list({ limit: 100, cursor });
      summary ??= page.items.find((s) => s.slug === SEED.source);
      cursor = page.nextCursor;
    } while (cursor);
    expect(summary?.quoteCount).toBe(source.quotes.length);
    expect(summary?.quoteCount).toBe(25 - 2);
  });

  it('hides every non-published editorial state, and shows the commitment again once published', async () => {
    for (const state of NON_PUBLISHED) {
      await db.db
        .update(commitments)
        .set({ editorialState: state })
        .where(eq(commitments.slug, INSERTED));
      await expectTRPCError(db.caller().commitment.bySlug({ slug: INSERTED }), 'NOT_FOUND');
      expect(slugs((await db.caller().commitment.list({ limit: 100 })).items), state).not.toContain(
        INSERTED,
      );
    }
    await db.db
      .update(commitments)
      .set({ editorialState: 'published' })
      .where(eq(commitments.slug, INSERTED));
    const shown = await db.caller().commitment.bySlug({ slug: INSERTED });
    expect(shown.parties.map((p) => p.slug)).toEqual(['micron']);
    expect(shown.quotes.map((q) => q.text)).toEqual(['draft quote text']);
    expect(shown.overdue).toBe(true);
    await db.db
      .update(commitments)
      .set({ editorialState: 'draft' })
      .where(eq(commitments.slug, INSERTED));
  });
});
