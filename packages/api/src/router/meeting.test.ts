import { commitments, meetings } from '@accord/db';
import { COMMITMENT_STATUSES, emptyStatusCounts } from '@accord/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectTRPCError, SEED, SEEDED_PARTY, useTestDb } from '../testing/helpers';

const db = useTestDb();

describe('meeting.list', () => {
  it('lists meetings newest first, with parent and published commitment counts', async () => {
    const meetings = (await db.caller().meeting.list({ limit: 100 })).items;
    // The later meetings the commitments were restated at are records too (startsOn desc).
    expect(meetings.map((m) => m.slug)).toEqual([
      'trump-takaichi-summit-2025',
      'trump-ishiba-summit-2025',
      'lima-trilateral-summit-2024',
      'us-japan-2plus2-tokyo-2024',
      'japan-ukraine-accord-apulia-2024',
      'global-partners-for-the-future-2024',
      'camp-david-summit-2023',
      'kishida-biden-camp-david-2023',
      'us-japan-rok-hiroshima-trilateral-2023',
      SEED.summit,
      SEED.meeting,
      'us-japan-critical-minerals-agreement-2023',
      'japan-us-summit-tokyo-2022',
    ]);
    const summit = meetings.find((m) => m.slug === SEED.summit);
    const bilateral = meetings.find((m) => m.slug === SEED.meeting);
    expect(summit).toMatchObject({
      title: 'G7 Hiroshima Summit',
      kind: 'summit',
      startsOn: '2023-05-19',
      endsOn: '2023-05-21',
      place: 'Hiroshima, Japan',
      parentSlug: null,
      commitmentCount: 0,
    });
    expect(bilateral).toMatchObject({
      title: 'Kishida–Biden meeting in Hiroshima',
      kind: 'bilateral',
      startsOn: '2023-05-18',
      endsOn: '2023-05-18',
      parentSlug: SEED.summit,
      commitmentCount: SEED.meetingCommitments,
    });
    for (const m of meetings) {
      expect(m.summary.length).toBeGreaterThan(0);
      expect(m).not.toHaveProperty('context');
      expect(m).not.toHaveProperty('participants');
    }
  });

  it('orders by published commitments, most first and the newest first among equals, with order=commitments', async () => {
    const caller = db.caller();
    const newest = (await caller.meeting.list({ limit: 100 })).items;
    const byCount = (await caller.meeting.list({ limit: 100, order: 'commitments' })).items;
    // The same meetings, sorted as the home page's main meeting is chosen: the order the
    // newest-first list gives, stably re-sorted by count.
    const expected = [...newest].sort((a, b) => b.commitmentCount - a.commitmentCount);
    expect(byCount.map((m) => [m.slug, m.commitmentCount])).toEqual(
      expected.map((m) => [m.slug, m.commitmentCount]),
    );
    expect(byCount[0]).toMatchObject({
      slug: SEED.meeting,
      commitmentCount: SEED.meetingCommitments,
    });
    // Paging agrees with the whole list, and the total is the same.
    const first = await caller.meeting.list({ limit: 3, order: 'commitments' });
    const second = await caller.meeting.list({
      limit: 3,
      order: 'commitments',
      cursor: first.nextCursor,
    });
    expect([...first.items, ...second.items].map((m) => m.slug)).toEqual(
      byCount.slice(0, 6).map((m) => m.slug),
    );
    expect(first.total).toBe(newest.length);
  });

  it('counts only published commitments when ordering by them', async () => {
    const caller = db.caller();
    const before = (await caller.meeting.list({ limit: 100, order: 'commitments' })).items;
    const second = before.find((m) => m.commitmentCount < before[0]!.commitmentCount)!;
    // Drafts do not count: unpublish enough of the leader's commitments for another to lead.
    const leader = before[0]!;
    const [meeting] = await db.db.select().from(meetings).where(eq(meetings.slug, leader.slug));
    const ids = (
      await db.db
        .select({ id: commitments.id })
        .from(commitments)
        .where(
          and(eq(commitments.meetingId, meeting!.id), eq(commitments.editorialState, 'published')),
        )
        .orderBy(asc(commitments.id))
        .limit(leader.commitmentCount - second.commitmentCount + 1)
    ).map((r) => r.id);
    await db.db
      .update(commitments)
      .set({ editorialState: 'draft' })
      .where(inArray(commitments.id, ids));
    try {
      const after = (await caller.meeting.list({ limit: 100, order: 'commitments' })).items;
      expect(after[0]!.slug).toBe(second.slug);
      expect(after.find((m) => m.slug === leader.slug)!.commitmentCount).toBe(
        second.commitmentCount - 1,
      );
    } finally {
      await db.db
        .update(commitments)
        .set({ editorialState: 'published' })
        .where(inArray(commitments.id, ids));
    }
  });

  it('refuses an unknown order with a clear error', async () => {
    await expectTRPCError(
      // @ts-expect-error: not an order the list knows
      db.caller().meeting.list({ order: 'alphabetical' }),
      'BAD_REQUEST',
    );
  });

  it('agrees with commitment.list filtered by meeting', async () => {
    const caller = db.caller();
    for (const m of (await caller.meeting.list({ limit: 100 })).items) {
      const page = await caller.commitment.list({ meeting: m.slug, limit: 100 });
      expect(page.items.length, m.slug).toBe(m.commitmentCount);
    }
  });
});

describe('meeting.bySlug', () => {
  it('returns the bilateral with its parent G7 summit and participants Kishida and Biden', async () => {
    const m = await db.caller().meeting.bySlug({ slug: SEED.meeting });
    expect(m).toMatchObject({
      slug: SEED.meeting,
      title: 'Kishida–Biden meeting in Hiroshima',
      kind: 'bilateral',
      place: 'Hiroshima, Japan',
      parent: { slug: SEED.summit, title: 'G7 Hiroshima Summit' },
      children: [],
    });
    expect(m.participants).toEqual([
      {
        name: 'Fumio Kishida',
        office: 'Prime Minister',
        party: SEEDED_PARTY.jp,
        translations: {
          ja: { name: { text: '岸田文雄', stale: false }, office: { text: '首相', stale: false } },
        },
      },
      {
        name: 'Joe Biden',
        office: 'President',
        party: SEEDED_PARTY.us,
        translations: {
          ja: {
            name: { text: 'ジョー・バイデン', stale: false },
            office: { text: '大統領', stale: false },
          },
        },
      },
    ]);
    expect(m.context).toContain('Not commitments');
    expect(m).not.toHaveProperty('parentSlug');
  });

  it('lists its published commitments with a status breakdown that adds up', async () => {
    const m = await db.caller().meeting.bySlug({ slug: SEED.meeting });
    expect(m.commitments).toHaveLength(SEED.meetingCommitments);
    expect(m.commitments.every((c) => c.meeting.slug === SEED.meeting)).toBe(true);
    expect(m.statusCounts).toEqual({ ...emptyStatusCounts(), in_progress: 11, delivered: 3 });
    for (const status of COMMITMENT_STATUSES) {
      expect(m.statusCounts[status], status).toBe(
        m.commitments.filter((c) => c.status === status).length,
      );
    }
    const all = await db.caller().commitment.list({ meeting: SEED.meeting, limit: 100 });
    expect(m.commitments.map((c) => c.slug)).toEqual(all.items.map((c) => c.slug));
  });

  it('returns the summit with its child meetings, three participants and no commitments', async () => {
    const m = await db.caller().meeting.bySlug({ slug: SEED.summit });
    expect(m.parent).toBeNull();
    expect(m.children).toEqual([
      {
        slug: SEED.meeting,
        title: 'Kishida–Biden meeting in Hiroshima',
        translations: {
          ja: { title: { text: '広島での日米首脳会談（岸田首相・バイデン大統領）', stale: false } },
        },
      },
      {
        slug: 'us-japan-rok-hiroshima-trilateral-2023',
        title: 'US–Japan–South Korea meeting in Hiroshima',
        translations: { ja: { title: { text: '広島での日米韓首脳会談', stale: false } } },
      },
    ]);
    expect(m.participants.map((p) => [p.party.slug, p.name])).toEqual([
      ['jp', 'Fumio Kishida'],
      ['us', 'Joe Biden'],
      ['kr', 'Yoon Suk Yeol'],
    ]);
    expect(m.commitments).toEqual([]);
    expect(m.statusCounts).toEqual(emptyStatusCounts());
  });

  it('answers NOT_FOUND naming an unknown slug', async () => {
    const error = await expectTRPCError(
      db.caller().meeting.bySlug({ slug: 'g7-tokyo-summit-1979' }),
      'NOT_FOUND',
    );
    expect(error.message).toBe('No meeting with slug "g7-tokyo-summit-1979".');
  });

  it.each([
    ['an invalid slug', { slug: 'G7 Hiroshima' }],
    ['an empty slug', { slug: '' }],
    ['an unknown key', { slug: SEED.meeting, include: 'commitments' }],
    ['a null slug', { slug: null }],
  ])('answers BAD_REQUEST for %s', async (_name, input) => {
    await expectTRPCError(db.caller().meeting.bySlug(input as { slug: string }), 'BAD_REQUEST');
  });
});
