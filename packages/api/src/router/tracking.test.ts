/**
 * Issue 14's tracking through the public procedures: reads as of a past day, per-party
 * tracks, lineage, disputes, meeting accounts and sub-commitments. Every record here is made
 * through the editors' write path in its own theme and meetings, so nothing depends on the
 * seed's counts.
 */
import { type CommitmentDraft, emptyStatusCounts, todayIso } from '@accord/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  expectTRPCError,
  insertViewers,
  publishCommitment,
  sampleCommitment,
  sampleReference,
  SEEDED_PARTY,
  SEEDED_SPEAKER,
  useTestDb,
} from '../testing/helpers';

const db = useTestDb();

const THEME = 'trk-theme';
const EARLY = 'trk-early-meeting';
const LATER = 'trk-later-meeting';
const ROOT = 'trk-root-meeting';
const SOURCE = 'trk-source';
const UNRELIABLE = 'trk-unreliable-source';

const ours = (slug: string, overrides: Partial<CommitmentDraft> = {}) =>
  sampleCommitment(slug, {
    theme: THEME,
    meeting: EARLY,
    target: null,
    quotes: [
      {
        text: 'words said at the early meeting',
        form: 'verbatim',
        attribution: { kind: 'government_readout', who: 'the White House', party: 'us' },
        source: SOURCE,
      },
    ],
    ...overrides,
  });

beforeAll(async () => {
  await insertViewers(db.db);
  const admin = db.caller(ADMIN);
  await admin.editor.theme.create({ data: sampleReference.theme(THEME) });
  await admin.editor.source.create({ data: sampleReference.source(SOURCE) });
  await admin.editor.source.create({
    data: { ...sampleReference.source(UNRELIABLE), reliability: 'unreliable' },
  });
  await admin.editor.meeting.create({
    data: {
      ...sampleReference.meeting(ROOT),
      parentSlug: null,
      startsOn: '2022-05-23',
      endsOn: '2022-05-23',
    },
  });
  await admin.editor.meeting.create({
    data: {
      ...sampleReference.meeting(EARLY),
      startsOn: '2023-05-18',
      endsOn: '2023-05-18',
      accounts: [
        {
          topic: 'China',
          note: 'The US readout names coercion; the Japanese one speaks of cooperation.',
          quotes: [
            {
              text: 'coercive behavior',
              form: 'verbatim',
              attribution: { kind: 'government_readout', who: 'the White House', party: 'us' },
              source: SOURCE,
            },
            {
              text: 'cooperating with China on shared challenges',
              form: 'verbatim',
              attribution: { kind: 'government_readout', who: 'the Foreign Ministry', party: 'jp' },
              source: UNRELIABLE,
            },
          ],
        },
      ],
    },
  });
  await admin.editor.meeting.create({
    data: {
      ...sampleReference.meeting(LATER),
      parentSlug: null,
      startsOn: '2025-10-28',
      endsOn: '2025-10-28',
    },
  });

  // Delivered on 2023-05-21, its target day: never overdue.
  await publishCommitment(
    admin,
    ours('trk-trilateral', {
      target: { date: '2023-05-21', precision: 'day', qualifier: 'by', note: null },
      lineage: [
        {
          translations: {},
          relation: 'builds_on',
          meeting: ROOT,
          on: '2022-05-23',
          source: SOURCE,
          quote: null,
          note: 'The same pledge a year earlier.',
        },
        {
          translations: {},
          relation: 'restated_in',
          meeting: LATER,
          on: '2025-10-28',
          source: SOURCE,
          quote: {
            text: 'we reaffirm our trilateral cooperation',
            form: 'verbatim',
            attribution: { kind: 'joint_statement', who: 'the two leaders', party: null },
          },
          note: null,
        },
      ],
    }),
    [
      { effectiveOn: '2023-05-18', status: 'in_progress' },
      { effectiveOn: '2023-05-21', status: 'delivered' },
    ],
  );
  // Target 30 June 2024, delivered only on 1 August 2024: overdue in July 2024.
  await publishCommitment(
    admin,
    ours('trk-late', {
      target: { date: '2024-06-30', precision: 'day', qualifier: 'by', note: null },
      reviewedOn: '2025-01-15',
    }),
    [
      { effectiveOn: '2023-06-01', status: 'in_progress' },
      { effectiveOn: '2024-08-01', status: 'delivered' },
    ],
  );
  // Two party tracks that part ways in 2025; the overall call stays "in progress".
  await publishCommitment(
    admin,
    ours('trk-ukraine', {
      disputes: [
        {
          translations: {},
          topic: 'Whether the United States asked for a pause',
          raisedOn: '2025-11-20',
          note: 'We report both and state neither as fact.',
          resolved: false,
          claims: [
            {
              translations: {},
              claim: 'A newspaper reported a request to pause.',
              source: UNRELIABLE,
              quote: {
                text: 'asked to pause',
                attribution: { kind: 'press_report', who: 'a newspaper', party: null },
              },
            },
            {
              translations: {},
              claim: 'The government denied the report.',
              source: SOURCE,
              quote: null,
            },
          ],
        },
      ],
    }),
    [
      { effectiveOn: '2023-05-18', status: 'in_progress' },
      { effectiveOn: '2023-06-01', status: 'in_progress', party: 'jp' },
      { effectiveOn: '2023-06-01', status: 'in_progress', party: 'us' },
      { effectiveOn: '2025-03-03', status: 'stalled', party: 'us' },
    ],
  );
  // A dated sub-commitment made at the later meeting.
  await publishCommitment(
    admin,
    ours('trk-ministerial', {
      meeting: LATER,
      parent: 'trk-trilateral',
      target: { date: '2026-04-26', precision: 'day', qualifier: 'by', note: null },
    }),
  );
}, 120_000);

describe('commitment.list as of a day', () => {
  const list = (asOf?: string, extra: Record<string, unknown> = {}) =>
    db.caller().commitment.list({ theme: THEME, limit: 100, asOf, ...extra });
  const bySlug = <T extends { slug: string }>(items: T[], slug: string) =>
    items.find((i) => i.slug === slug);

  it('gives the status that stood at the end of that day', async () => {
    const before = (await list('2023-05-20')).items;
    expect(bySlug(before, 'trk-trilateral')).toMatchObject({
      status: 'in_progress',
      statusSince: '2023-05-18',
    });
    const on = (await list('2023-05-21')).items;
    expect(bySlug(on, 'trk-trilateral')).toMatchObject({
      status: 'delivered',
      statusSince: '2023-05-21',
      overdue: false,
    });
  });

  it('judges overdue on that day, against the status then', async () => {
    expect(bySlug((await list('2024-06-30')).items, 'trk-late')?.overdue).toBe(false);
    expect(bySlug((await list('2024-07-15')).items, 'trk-late')).toMatchObject({
      status: 'in_progress',
      overdue: true,
    });
    expect(bySlug((await list()).items, 'trk-late')).toMatchObject({
      status: 'delivered',
      overdue: false,
    });
  });

  it('filters by status and overdue as they stood then', async () => {
    const overdueThen = await list('2024-07-15', { overdue: true });
    expect(overdueThen.items.map((i) => i.slug)).toEqual(['trk-late']);
    const overdueNow = await list(undefined, { overdue: true });
    expect(overdueNow.items.map((i) => i.slug)).not.toContain('trk-late');
    const deliveredThen = await list('2023-05-21', { status: 'delivered' });
    expect(deliveredThen.items.map((i) => i.slug)).toEqual(['trk-trilateral']);
    const deliveredBefore = await list('2023-05-20', { status: 'delivered' });
    expect(deliveredBefore.items).toEqual([]);
    const notOverdueThen = await list('2024-07-15', { overdue: false });
    expect(notOverdueThen.items.map((i) => i.slug)).not.toContain('trk-late');
  });

  it('leaves out commitments made at a later meeting', async () => {
    const then = (await list('2024-01-01')).items.map((i) => i.slug);
    expect(then).not.toContain('trk-ministerial');
    expect(then).toContain('trk-trilateral');
    const later = (await list('2025-10-28')).items.map((i) => i.slug);
    expect(later).toContain('trk-ministerial');
    // Nothing had been made before the first meeting.
    expect((await list('2023-05-17')).items).toEqual([]);
  });

  it('counts only overall updates: a party track does not move the status', async () => {
    const item = bySlug((await list()).items, 'trk-ukraine');
    expect(item).toMatchObject({ status: 'in_progress', statusSince: '2023-05-18' });
    // The party update of 2025 is still a review.
    expect(item?.lastReviewedOn).toBe('2025-03-03');
  });

  it('dates the last review by the review date or the last update, as of the day read', async () => {
    expect(bySlug((await list()).items, 'trk-late')?.lastReviewedOn).toBe('2025-01-15');
    expect(bySlug((await list('2024-12-31')).items, 'trk-late')?.lastReviewedOn).toBe('2024-08-01');
    expect(bySlug((await list('2023-05-18')).items, 'trk-late')?.lastReviewedOn).toBeNull();
  });

  it('refuses a future day and a day before 2000', async () => {
    await expectTRPCError(list('2999-01-01'), 'BAD_REQUEST', /future/);
    await expectTRPCError(list('1999-12-31'), 'BAD_REQUEST', /2000-01-01/);
    await expectTRPCError(list('2023-02-30'), 'BAD_REQUEST');
  });

  it('allows today, the same as no date', async () => {
    const today = await list(todayIso());
    const plain = await list();
    expect(today.items).toEqual(plain.items);
  });
});

describe('commitment.bySlug', () => {
  it('shows each party track with its latest status and since when', async () => {
    const c = await db.caller().commitment.bySlug({ slug: 'trk-ukraine' });
    expect(c.status).toBe('in_progress');
    expect(c.tracks).toEqual([
      {
        party: SEEDED_PARTY.jp,
        status: 'in_progress',
        statusSince: '2023-06-01',
      },
      {
        party: SEEDED_PARTY.us,
        status: 'stalled',
        statusSince: '2025-03-03',
      },
    ]);
    expect(c.history.map((u) => [u.effectiveOn, u.status, u.party?.slug ?? null])).toEqual([
      ['2023-05-18', 'in_progress', null],
      ['2023-06-01', 'in_progress', 'jp'],
      ['2023-06-01', 'in_progress', 'us'],
      ['2025-03-03', 'stalled', 'us'],
    ]);
    const then = await db.caller().commitment.bySlug({ slug: 'trk-ukraine', asOf: '2024-12-31' });
    expect(then.tracks.map((t) => [t.party.slug, t.status])).toEqual([
      ['jp', 'in_progress'],
      ['us', 'in_progress'],
    ]);
    expect(then.history).toHaveLength(3);
    expect(then.asOf).toBe('2024-12-31');
  });

  it('returns disputes with every side and its source, reliability included', async () => {
    const c = await db.caller().commitment.bySlug({ slug: 'trk-ukraine' });
    expect(c.disputes).toHaveLength(1);
    const [dispute] = c.disputes;
    expect(dispute).toMatchObject({
      topic: 'Whether the United States asked for a pause',
      raisedOn: '2025-11-20',
      resolved: false,
    });
    expect(dispute!.claims.map((k) => [k.source.slug, k.source.reliability])).toEqual([
      [UNRELIABLE, 'unreliable'],
      [SOURCE, 'standard'],
    ]);
    expect(dispute!.claims[0]!.quote).toEqual({
      text: 'asked to pause',
      attribution: {
        kind: 'press_report',
        who: 'a newspaper',
        party: null,
        partyName: null,
        translations: {},
      },
    });
    expect(dispute!.claims[1]!.quote).toBeNull();
    // Raised in November 2025: not there a year earlier.
    const then = await db.caller().commitment.bySlug({ slug: 'trk-ukraine', asOf: '2024-11-20' });
    expect(then.disputes).toEqual([]);
  });

  it('returns lineage back to its root and forward to its restatement', async () => {
    const c = await db.caller().commitment.bySlug({ slug: 'trk-trilateral' });
    expect(c.lineage.map((l) => [l.relation, l.meeting.slug, l.on])).toEqual([
      ['builds_on', ROOT, '2022-05-23'],
      ['restated_in', LATER, '2025-10-28'],
    ]);
    expect(c.lineage[0]).toMatchObject({
      meeting: { startsOn: '2022-05-23' },
      source: { slug: SOURCE, reliability: 'standard' },
      quote: null,
      note: 'The same pledge a year earlier.',
    });
    expect(c.lineage[1]!.quote).toEqual({
      text: 'we reaffirm our trilateral cooperation',
      form: 'verbatim',
      attribution: {
        kind: 'joint_statement',
        who: 'the two leaders',
        party: null,
        partyName: null,
        translations: {},
      },
    });
    const then = await db
      .caller()
      .commitment.bySlug({ slug: 'trk-trilateral', asOf: '2024-01-01' });
    expect(then.lineage.map((l) => l.relation)).toEqual(['builds_on']);
  });

  it('links a sub-commitment and its parent, each with status, target and overdue', async () => {
    const parent = await db.caller().commitment.bySlug({ slug: 'trk-trilateral' });
    expect(parent.parent).toBeNull();
    expect(parent.subCommitments).toEqual([
      {
        slug: 'trk-ministerial',
        title: 'Test commitment trk-ministerial',
        translations: {},
        status: 'not_yet_rated',
        target: { date: '2026-04-26', precision: 'day', qualifier: 'by', note: null },
        overdue: todayIso() > '2026-04-26',
      },
    ]);
    const child = await db.caller().commitment.bySlug({ slug: 'trk-ministerial' });
    expect(child.parent).toEqual({
      slug: 'trk-trilateral',
      title: 'Test commitment trk-trilateral',
      translations: {},
      status: 'delivered',
      target: { date: '2023-05-21', precision: 'day', qualifier: 'by', note: null },
      overdue: false,
    });
    // Before the later meeting the sub-commitment did not exist.
    const then = await db
      .caller()
      .commitment.bySlug({ slug: 'trk-trilateral', asOf: '2024-01-01' });
    expect(then.subCommitments).toEqual([]);
  });

  it('is the status of that day as of a day, and a 404 before the meeting', async () => {
    const caller = db.caller();
    const before = await caller.commitment.bySlug({ slug: 'trk-trilateral', asOf: '2023-05-20' });
    expect(before).toMatchObject({ status: 'in_progress', overdue: false });
    expect(before.history.map((u) => u.status)).toEqual(['in_progress']);
    const on = await caller.commitment.bySlug({ slug: 'trk-trilateral', asOf: '2023-05-21' });
    expect(on).toMatchObject({ status: 'delivered', statusSince: '2023-05-21' });
    const late = await caller.commitment.bySlug({ slug: 'trk-late', asOf: '2024-07-01' });
    expect(late).toMatchObject({ status: 'in_progress', overdue: true, reviewedOn: null });
    expect((await caller.commitment.bySlug({ slug: 'trk-late' })).reviewedOn).toBe('2025-01-15');
    await expectTRPCError(
      caller.commitment.bySlug({ slug: 'trk-ministerial', asOf: '2025-10-27' }),
      'NOT_FOUND',
      /as of 2025-10-27/,
    );
    await expectTRPCError(
      caller.commitment.bySlug({ slug: 'trk-trilateral', asOf: '2999-01-01' }),
      'BAD_REQUEST',
    );
  });
});

describe('meeting.bySlug', () => {
  it("shows each government's account side by side, each quote with its source", async () => {
    const m = await db.caller().meeting.bySlug({ slug: EARLY });
    expect(m.accounts.map((a) => [a.topic, a.note])).toEqual([
      ['China', 'The US readout names coercion; the Japanese one speaks of cooperation.'],
    ]);
    const quotes = m.accounts[0]!.quotes;
    expect(
      quotes.map((q) => [q.text, q.form, q.attribution, q.source.slug, q.source.reliability]),
    ).toEqual([
      [
        'coercive behavior',
        'verbatim',
        {
          kind: 'government_readout',
          who: 'the White House',
          ...SEEDED_SPEAKER.us,
        },
        SOURCE,
        'standard',
      ],
      [
        'cooperating with China on shared challenges',
        'verbatim',
        {
          kind: 'government_readout',
          who: 'the Foreign Ministry',
          ...SEEDED_SPEAKER.jp,
        },
        UNRELIABLE,
        'unreliable',
      ],
    ]);
  });

  it('lists the commitments of other meetings restated there', async () => {
    const later = await db.caller().meeting.bySlug({ slug: LATER });
    expect(later.lineage).toEqual([
      {
        relation: 'restated_in',
        on: '2025-10-28',
        source: {
          slug: SOURCE,
          title: `Test source ${SOURCE}`,
          publisher: 'Test Wire',
          url: 'https://example.org/story',
          publishedOn: '2023-05-19',
          reliability: 'standard',
          language: 'en',
        },
        quote: {
          text: 'we reaffirm our trilateral cooperation',
          attribution: {
            kind: 'joint_statement',
            who: 'the two leaders',
            party: null,
            partyName: null,
            translations: {},
          },
        },
        commitment: {
          slug: 'trk-trilateral',
          title: 'Test commitment trk-trilateral',
          translations: {},
          status: 'delivered',
          target: { date: '2023-05-21', precision: 'day', qualifier: 'by', note: null },
          overdue: false,
          meeting: { slug: EARLY, title: `Test meeting ${EARLY}`, translations: {} },
        },
      },
    ]);
    // Its own commitment (the sub-commitment) is among its commitments, not its lineage.
    expect(later.commitments.map((c) => c.slug)).toEqual(['trk-ministerial']);
    const root = await db.caller().meeting.bySlug({ slug: ROOT });
    expect(root.lineage.map((l) => [l.relation, l.commitment.slug])).toEqual([
      ['builds_on', 'trk-trilateral'],
    ]);
  });

  it('as of a day: statuses then, and a 404 for a meeting not yet held', async () => {
    const m = await db.caller().meeting.bySlug({ slug: EARLY, asOf: '2023-05-20' });
    expect(m.commitments.find((c) => c.slug === 'trk-trilateral')?.status).toBe('in_progress');
    expect(m.statusCounts.delivered).toBe(0);
    await expectTRPCError(
      db.caller().meeting.bySlug({ slug: LATER, asOf: '2025-01-01' }),
      'NOT_FOUND',
      /as of 2025-01-01/,
    );
  });
});

describe('theme.bySlug', () => {
  it('counts statuses as of a day', async () => {
    const now = await db.caller().theme.bySlug({ slug: THEME });
    expect(now.statusCounts).toEqual({
      ...emptyStatusCounts(),
      delivered: 2,
      in_progress: 1,
      not_yet_rated: 1,
    });
    expect(now.asOf).toBeNull();
    const then = await db.caller().theme.bySlug({ slug: THEME, asOf: '2023-05-20' });
    expect(then.statusCounts).toEqual({ ...emptyStatusCounts(), in_progress: 2, not_yet_rated: 1 });
    expect(then.commitments.map((c) => c.slug).sort()).toEqual([
      'trk-late',
      'trk-trilateral',
      'trk-ukraine',
    ]);
    expect(then.asOf).toBe('2023-05-20');
  });

  it('draws a timeline: the counts on each day they changed, ending today or on asOf', async () => {
    const now = await db.caller().theme.bySlug({ slug: THEME });
    expect(now.timeline).toEqual([
      { on: '2023-05-18', counts: { ...emptyStatusCounts(), in_progress: 2, not_yet_rated: 1 } },
      {
        on: '2023-05-21',
        counts: { ...emptyStatusCounts(), in_progress: 1, delivered: 1, not_yet_rated: 1 },
      },
      { on: '2023-06-01', counts: { ...emptyStatusCounts(), in_progress: 2, delivered: 1 } },
      { on: '2024-08-01', counts: { ...emptyStatusCounts(), in_progress: 1, delivered: 2 } },
      {
        on: '2025-10-28',
        counts: { ...emptyStatusCounts(), in_progress: 1, delivered: 2, not_yet_rated: 1 },
      },
      { on: todayIso(), counts: now.statusCounts },
    ]);
    const then = await db.caller().theme.bySlug({ slug: THEME, asOf: '2023-05-20' });
    expect(then.timeline).toEqual([
      { on: '2023-05-18', counts: then.statusCounts },
      { on: '2023-05-20', counts: then.statusCounts },
    ]);
  });
});

describe('party.bySlug as of a day', () => {
  it('counts only the commitments that existed then', async () => {
    const caller = db.caller();
    const now = await caller.party.bySlug({ slug: 'jp' });
    const then = await caller.party.bySlug({ slug: 'jp', asOf: '2024-01-01' });
    expect(now.commitments.map((c) => c.slug)).toContain('trk-ministerial');
    expect(then.commitments.map((c) => c.slug)).not.toContain('trk-ministerial');
    expect(now.commitmentCount - then.commitmentCount).toBeGreaterThanOrEqual(1);
  });
});
