import { commitments } from '@accord/db';
import { REVIEW_DUE_AFTER_DAYS, todayIso } from '@accord/domain';
import { eq, notInArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  EDITOR,
  expectTRPCError,
  insertViewers,
  publishCommitment,
  sampleCommitment,
  sampleReference,
  useTestDb,
} from '../../testing/helpers';

const db = useTestDb();

const FRESHNESS = [
  'dash-never',
  'dash-old',
  'dash-updated-long-ago',
  'dash-fresh',
  'dash-fresh-by-update',
  'dash-draft-never',
];

/** The day `days` from today (negative: before), as YYYY-MM-DD. */
function fromToday(days: number): string {
  const d = new Date(`${todayIso()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const day = (date: string) => ({ date, precision: 'day' as const, qualifier: 'by' as const });
const dispute = (resolved: boolean) => ({
  topic: 'A figure two sources give differently',
  raisedOn: '2024-01-10',
  note: 'We give both.',
  resolved,
  claims: [
    { claim: 'One source gives one figure.', source: 'dash-source', quote: null },
    { claim: 'Another gives another.', source: 'dash-source', quote: null },
  ],
});

beforeAll(async () => {
  await insertViewers(db.db);
  const admin = db.caller(ADMIN);
  await admin.editor.source.create({ data: sampleReference.source('dash-source') });
  const publish = (slug: string, overrides = {}, updates: { effectiveOn: string }[] = []) =>
    publishCommitment(admin, sampleCommitment(slug, { target: null, ...overrides }), updates);
  // Freshness: never reviewed, reviewed 400 days ago, updated 200 days ago, reviewed lately.
  await publish('dash-never');
  await publish('dash-old', { reviewedOn: fromToday(-400) });
  await publish('dash-updated-long-ago', { reviewedOn: '2023-06-01' }, [
    { effectiveOn: fromToday(-REVIEW_DUE_AFTER_DAYS - 17) },
  ]);
  await publish('dash-fresh', { reviewedOn: fromToday(-10) });
  await publish('dash-fresh-by-update', {}, [{ effectiveOn: fromToday(-3) }]);
  await admin.editor.commitment.create({ data: sampleCommitment('dash-draft-never') });
  // Targets: 30 days ahead, 30 days past, 30 days past but delivered, 200 days ahead.
  await publish('dash-target-soon', { target: { ...day(fromToday(30)), note: null } });
  await publish('dash-target-passed', { target: { ...day(fromToday(-30)), note: null } });
  await publish('dash-target-done', { target: { ...day(fromToday(-30)), note: null } }, [
    { effectiveOn: fromToday(-31) },
  ]);
  const { items: done } = await admin.editor.commitment.list({ q: 'dash-target-done' });
  await admin.editor.commitment.recordStatus({
    id: done[0]!.id,
    expectedVersion: done[0]!.version,
    update: {
      effectiveOn: fromToday(-20),
      status: 'delivered',
      note: 'Done.',
      sources: [],
      party: null,
    },
  });
  await publish('dash-target-far', { target: { ...day(fromToday(200)), note: null } });
  // Disputes: one open, one resolved.
  await publish('dash-disputed', { disputes: [dispute(false)] });
  await publish('dash-dispute-resolved', { disputes: [dispute(true)] });
  // Everything else (the seed, which grows, and the other lists' records) counts as freshly
  // reviewed here.
  await db.db
    .update(commitments)
    .set({ reviewedOn: todayIso() })
    .where(notInArray(commitments.slug, FRESHNESS));
}, 120_000);

describe('editor.dashboard: what is due', () => {
  it('lists published commitments without a review in six months, never reviewed first', async () => {
    const { reviewDue } = await db.caller(EDITOR).editor.dashboard();
    const ours = reviewDue.map((c) => c.slug).filter((s) => s.startsWith('dash-'));
    expect(ours.slice(0, 3)).toEqual(['dash-never', 'dash-old', 'dash-updated-long-ago']);
    expect(ours).not.toContain('dash-fresh');
    expect(ours).not.toContain('dash-fresh-by-update');
    expect(ours).not.toContain('dash-draft-never');
    expect(reviewDue.find((c) => c.slug === 'dash-never')?.lastReviewedOn).toBeNull();
    expect(reviewDue.find((c) => c.slug === 'dash-old')?.lastReviewedOn).toBe(fromToday(-400));
    expect(reviewDue.find((c) => c.slug === 'dash-updated-long-ago')?.lastReviewedOn).toBe(
      fromToday(-REVIEW_DUE_AFTER_DAYS - 17),
    );
  });

  it('lists targets in the next 90 days or passed in the last 90, not yet final', async () => {
    const { targetsNear } = await db.caller(EDITOR).editor.dashboard();
    const ours = targetsNear.map((c) => c.slug).filter((s) => s.startsWith('dash-'));
    expect(ours).toEqual(['dash-target-passed', 'dash-target-soon']);
    expect(targetsNear.find((c) => c.slug === 'dash-target-passed')?.overdue).toBe(true);
  });

  it('lists commitments with a dispute not yet resolved', async () => {
    const { disputed } = await db.caller(EDITOR).editor.dashboard();
    expect(disputed.map((c) => c.slug).filter((s) => s.startsWith('dash-'))).toEqual([
      'dash-disputed',
    ]);
  });

  it('gives each editor list item its last review: review date or last update', async () => {
    const { items: list } = await db.caller(EDITOR).editor.commitment.list({ q: 'dash-' });
    const of = (slug: string) => list.find((c) => c.slug === slug)?.lastReviewedOn;
    expect(of('dash-fresh')).toBe(fromToday(-10));
    expect(of('dash-fresh-by-update')).toBe(fromToday(-3));
    expect(of('dash-never')).toBeNull();
  });
});

describe('editor.commitment.recordStatus with a party', () => {
  it('stores a per-party update, which leaves the overall status alone', async () => {
    const admin = db.caller(ADMIN);
    const id = await publishCommitment(admin, sampleCommitment('dash-party-track'), [
      { effectiveOn: '2023-06-01' },
    ]);
    const before = await admin.editor.commitment.get({ id });
    await admin.editor.commitment.recordStatus({
      id,
      expectedVersion: before.version,
      update: {
        effectiveOn: '2025-03-03',
        status: 'stalled',
        note: 'One party paused its part.',
        sources: ['dash-source'],
        party: 'us',
      },
    });
    const after = await admin.editor.commitment.get({ id });
    expect(after.status).toBe('in_progress');
    expect(after.history.map((u) => [u.effectiveOn, u.status, u.party])).toEqual([
      ['2023-06-01', 'in_progress', null],
      ['2025-03-03', 'stalled', 'us'],
    ]);
    const [row] = await db.db
      .select({ status: commitments.status })
      .from(commitments)
      .where(eq(commitments.id, id));
    expect(row?.status).toBe('in_progress');
  });

  it('refuses an unknown party, naming the field', async () => {
    const admin = db.caller(ADMIN);
    const [item] = (await admin.editor.commitment.list({ q: 'dash-party-track' })).items;
    await expectTRPCError(
      admin.editor.commitment.recordStatus({
        id: item!.id,
        expectedVersion: item!.version,
        update: {
          effectiveOn: '2025-04-01',
          status: 'in_progress',
          note: 'x',
          sources: [],
          party: 'no-such-party',
        },
      }),
      'BAD_REQUEST',
      /history\.\d+\.party: Unknown party "no-such-party"/,
    );
  });

  it("refuses a move the party's own track does not allow", async () => {
    const admin = db.caller(ADMIN);
    const [item] = (await admin.editor.commitment.list({ q: 'dash-party-track' })).items;
    await expectTRPCError(
      admin.editor.commitment.recordStatus({
        id: item!.id,
        expectedVersion: item!.version,
        update: {
          effectiveOn: '2025-05-01',
          status: 'not_yet_rated',
          note: 'Back to unrated.',
          sources: [],
          party: 'us',
        },
      }),
      'BAD_REQUEST',
      /us track cannot move/,
    );
  });
});

describe('editor.tags', () => {
  beforeAll(async () => {
    await insertViewers(db.db);
    const editor = db.caller(EDITOR);
    const tagged: [string, string[]][] = [
      ['tags-one', ['tagtest-chips', 'tagtest-fabs']],
      ['tags-two', ['tagtest-chips', 'tagtest-fabs']],
      ['tags-three', ['tagtest-chips', 'tagtest-grants']],
      ['tags-four', ['other-tagtest']],
    ];
    for (const [slug, tags] of tagged) {
      await editor.editor.commitment.create({ data: sampleCommitment(slug, { tags }) });
    }
  });

  it('offers the tags in use that begin with the typed letters, the most used first', async () => {
    const found = await db.caller(EDITOR).editor.tags({ prefix: 'tagtest-' });
    expect(found).toEqual([
      { tag: 'tagtest-chips', uses: 3 },
      { tag: 'tagtest-fabs', uses: 2 },
      { tag: 'tagtest-grants', uses: 1 },
    ]);
    expect(await db.caller(EDITOR).editor.tags({ prefix: 'tagtest-f' })).toEqual([
      { tag: 'tagtest-fabs', uses: 2 },
    ]);
    // A tag that only contains the letters is not offered for them.
    expect(
      (await db.caller(EDITOR).editor.tags({ prefix: 'tagtest' })).map((t) => t.tag),
    ).not.toContain('other-tagtest');
  });

  it('answers at most `limit` tags', async () => {
    expect(await db.caller(EDITOR).editor.tags({ prefix: 'tagtest-', limit: 1 })).toEqual([
      { tag: 'tagtest-chips', uses: 3 },
    ]);
  });

  it('refuses letters no tag can have, and long input, with a 400; readers get 401', async () => {
    const editor = db.caller(EDITOR);
    for (const prefix of ['Chips', 'a%', '_', "x' or 1=1", 'x'.repeat(41)]) {
      await expectTRPCError(editor.editor.tags({ prefix }), 'BAD_REQUEST');
    }
    await expectTRPCError(editor.editor.tags({ prefix: 'a', limit: 21 }), 'BAD_REQUEST');
    await expectTRPCError(db.caller(null).editor.tags({ prefix: 'tagtest' }), 'UNAUTHORIZED');
  });
});
