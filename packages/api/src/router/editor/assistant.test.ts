import { auditLog, commitments, loadRecord, meetings, revisions } from '@accord/db';
import { and, asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  ACCEPT_SENTENCE,
  acceptedProposal,
  ADMIN,
  callOverHttp,
  EDITOR,
  expectTRPCError,
  SEED,
  useTestDb,
} from '../../testing/helpers';
import { MATCH_BATCH_MAX } from './assistant';

const db = useTestDb();
const editor = () => db.caller(EDITOR);
const admin = () => db.caller(ADMIN);

let serial = 0;
const freshSlug = () => `accepted-proposal-${++serial}`;

async function revisionsOf(type: 'commitment' | 'meeting', id: number) {
  return db.db
    .select()
    .from(revisions)
    .where(and(eq(revisions.recordType, type), eq(revisions.recordId, id)))
    .orderBy(asc(revisions.version));
}

async function auditOf(type: 'commitment' | 'meeting', id: number) {
  return db.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.recordType, type), eq(auditLog.recordId, String(id))))
    .orderBy(asc(auditLog.id));
}

async function commitmentCount() {
  const [row] = await db.db.select({ n: count() }).from(commitments);
  return row!.n;
}

async function idOf(slug: string) {
  const [row] = await db.db
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.slug, slug));
  return row!.id;
}

/** A seeded, published commitment an account or status update can be about. */
const PUBLISHED = 'tokyo-startup-hub-with-mit';

const errorText = (answer: { text: string }) => answer.text;

describe('assistant.accept as a new commitment', () => {
  it('creates a draft with the quote, its source and attribution, at revision 1 with an audit entry', async () => {
    const input = acceptedProposal(freshSlug());
    const answer = await callOverHttp(db.db, EDITOR, 'assistant.accept', input);
    expect(answer.status, answer.text).toBe(200);
    const { result } = answer.body as { result: { data: { id: number; type: string } } };
    expect(result.data).toMatchObject({ as: 'commitment', type: 'commitment', version: 1 });
    const id = result.data.id;

    const stored = await loadRecord(db.db, 'commitment', id);
    expect(stored!.version).toBe(1);
    expect(stored!.data).toMatchObject({
      slug: input.draft.slug,
      title: 'A shared chip testing centre',
      theme: 'chips',
      strength: 'committed',
      editorialState: 'draft',
      parties: input.draft.parties,
      target: input.draft.target,
      quotes: [
        {
          text: 'agreed to open a shared chip testing centre by 2027',
          form: 'verbatim',
          attribution: { kind: 'joint_statement', who: 'the two governments', party: null },
          source: SEED.source,
        },
      ],
      history: [],
    });
    expect(ACCEPT_SENTENCE).toContain(stored!.data.quotes[0]!.text);

    const revs = await revisionsOf('commitment', id);
    expect(revs.map((r) => [r.version, r.action, r.actorName])).toEqual([
      [1, 'create', EDITOR.name],
    ]);
    const audit = await auditOf('commitment', id);
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([['commitment.create', EDITOR.name]]);

    // Never published: readers do not see it.
    const [row] = await db.db
      .select({ publishedAt: commitments.publishedAt, state: commitments.editorialState })
      .from(commitments)
      .where(eq(commitments.id, id));
    expect(row).toEqual({ publishedAt: null, state: 'draft' });
    await expectTRPCError(
      db.caller(null).commitment.bySlug({ slug: input.draft.slug }),
      'NOT_FOUND',
    );
  });

  it('refuses a quote that is not the sentence’s exact words, with a 400 that names it', async () => {
    const before = await commitmentCount();
    const input = acceptedProposal(freshSlug());
    // One letter changed: no longer the source's words.
    input.evidence.quote = 'agreed to open a shared chip testing center by 2027';
    const answer = await callOverHttp(db.db, EDITOR, 'assistant.accept', input);
    expect(answer.status).toBe(400);
    expect(errorText(answer)).toContain('exact words from the sentence');
    expect(errorText(answer)).not.toMatch(/at .*\.ts:\d+/);
    expect(await commitmentCount()).toBe(before);
  });

  it('refuses unknown sources, unknown keys, a state and oversized input with 400s', async () => {
    const before = await commitmentCount();
    const base = acceptedProposal(freshSlug());
    const bad: unknown[] = [
      { ...base, evidence: { ...base.evidence, source: 'no-such-source' } },
      { ...base, draft: { ...base.draft, editorialState: 'published' } },
      { ...base, extra: true },
      { ...base, evidence: { ...base.evidence, sentence: 'x'.repeat(2_001) } },
      { ...base, draft: { ...base.draft, title: 'x'.repeat(201) } },
      { ...base, as: 'lineage' },
      {
        ...base,
        draft: {
          ...base.draft,
          parties: Array.from({ length: 41 }, () => ({ party: 'jp', role: 'committer' })),
        },
      },
      {
        ...base,
        draft: {
          ...base.draft,
          parties: [
            { party: 'jp', role: 'committer' },
            { party: 'jp', role: 'partner' },
          ],
        },
      },
    ];
    for (const input of bad) {
      const answer = await callOverHttp(db.db, EDITOR, 'assistant.accept', input);
      expect(answer.status, JSON.stringify(input).slice(0, 200)).toBe(400);
    }
    const unknownSource = await callOverHttp(db.db, EDITOR, 'assistant.accept', bad[0]);
    expect(unknownSource.text).toContain('no-such-source');
    expect(await commitmentCount()).toBe(before);
  });

  it('refuses a caller who is not signed in (401) and writes nothing', async () => {
    const before = await commitmentCount();
    const answer = await callOverHttp(
      db.db,
      null,
      'assistant.accept',
      acceptedProposal(freshSlug()),
    );
    expect(answer.status).toBe(401);
    const matches = await callOverHttp(db.db, null, 'assistant.matches', { texts: ['chips'] });
    expect(matches.status).toBe(401);
    expect(await commitmentCount()).toBe(before);
  });
});

describe('assistant.accept as an account', () => {
  it('adds the quote to the meeting of the commitment, with a revision and an audit entry', async () => {
    const commitmentId = await idOf(PUBLISHED);
    const commitment = (await loadRecord(db.db, 'commitment', commitmentId))!;
    const [meetingRow] = await db.db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.slug, commitment.data.meeting));
    const meetingId = meetingRow!.id;
    const meetingBefore = (await loadRecord(db.db, 'meeting', meetingId))!;
    const input = {
      as: 'account' as const,
      commitmentId,
      topic: 'Startup hub',
      note: 'The Japanese readout names the hub; our note says how the sides differ.',
      evidence: {
        sentence: 'Tokyo said it will host a startup hub with a university partner.',
        quote: 'will host a startup hub',
        attribution: {
          kind: 'government_readout' as const,
          who: 'the Japanese government',
          party: 'jp',
        },
        source: SEED.source,
      },
    };
    const saved = await editor().assistant.accept(input);
    expect(saved).toMatchObject({
      as: 'account',
      type: 'meeting',
      id: meetingId,
      version: meetingBefore.version,
      commitmentId,
    });
    expect(saved.pendingId).toEqual(expect.any(Number));

    // Waiting for review: the meeting is as it was, with no new revision; the proposal is
    // audited and in the reviewers' queue.
    const waiting = (await loadRecord(db.db, 'meeting', meetingId))!;
    expect(waiting.version).toBe(meetingBefore.version);
    expect(waiting.data).toEqual(meetingBefore.data);
    expect((await revisionsOf('meeting', meetingId)).at(-1)!.version).toBe(meetingBefore.version);
    expect((await auditOf('meeting', meetingId)).at(-1)).toMatchObject({
      action: 'meeting.propose',
      actorName: EDITOR.name,
    });
    const queued = await editor().assistant.pending({ commitmentId });
    expect(queued.find((p) => p.id === saved.pendingId)).toMatchObject({
      kind: 'account',
      record: { type: 'meeting', id: meetingId, version: meetingBefore.version },
      commitment: { id: commitmentId, slug: PUBLISHED },
      proposedBy: EDITOR.name,
    });

    const approved = await admin().assistant.approve({
      id: saved.pendingId!,
      expectedVersion: saved.version,
    });
    expect(approved).toMatchObject({ kind: 'account', type: 'meeting', recordId: meetingId });
    expect(approved.version).toBe(meetingBefore.version + 1);
    const meeting = (await loadRecord(db.db, 'meeting', meetingId))!;
    const row = meeting.data.accounts.find((a) => a.topic === 'Startup hub');
    expect(row).toEqual({
      topic: 'Startup hub',
      note: input.note,
      quotes: [
        {
          text: 'will host a startup hub',
          form: 'verbatim',
          attribution: input.evidence.attribution,
          source: SEED.source,
        },
      ],
      // Written in English by the assistant's accept; a translation comes later, by an editor.
      translations: {},
    });
    expect(meeting.data.accounts).toHaveLength(meetingBefore.data.accounts.length + 1);
    const revs = await revisionsOf('meeting', meetingId);
    expect(revs.at(-1)).toMatchObject({
      version: approved.version,
      action: 'approve account',
      actorName: ADMIN.name,
    });
    expect((await auditOf('meeting', meetingId)).at(-1)).toMatchObject({
      action: 'meeting.approve',
      actorName: ADMIN.name,
    });

    // A second account on the same topic stands beside the first, in the same row.
    const second = await editor().assistant.accept({
      ...input,
      topic: 'startup HUB',
      evidence: {
        ...input.evidence,
        attribution: { kind: 'government_readout', who: 'the White House', party: 'us' },
      },
    });
    await admin().assistant.approve({ id: second.pendingId!, expectedVersion: second.version });
    const again = (await loadRecord(db.db, 'meeting', meetingId))!;
    expect(again.data.accounts).toHaveLength(meetingBefore.data.accounts.length + 1);
    expect(
      again.data.accounts
        .find((a) => a.topic === 'Startup hub')!
        .quotes.map((q) => q.attribution.who),
    ).toEqual(['the Japanese government', 'the White House']);

    // The commitment itself is untouched, still as published as it was.
    expect((await loadRecord(db.db, 'commitment', commitmentId))!.version).toBe(commitment.version);
  });

  it('refuses an empty note, a long topic, a quote not in the sentence and a missing commitment', async () => {
    const commitmentId = await idOf(PUBLISHED);
    const valid = {
      as: 'account' as const,
      commitmentId,
      topic: 'Startup hub',
      note: 'A note.',
      evidence: {
        sentence: 'Tokyo said it will host a startup hub.',
        quote: 'will host a startup hub',
        attribution: { kind: 'government_readout' as const, who: 'Tokyo', party: null },
        source: SEED.source,
      },
    };
    for (const input of [
      { ...valid, note: '' },
      { ...valid, topic: 'x'.repeat(81) },
      { ...valid, evidence: { ...valid.evidence, quote: 'will build a startup hub' } },
    ]) {
      const answer = await callOverHttp(db.db, EDITOR, 'assistant.accept', input);
      expect(answer.status).toBe(400);
    }
    const missing = await callOverHttp(db.db, EDITOR, 'assistant.accept', {
      ...valid,
      commitmentId: 2_000_000_000,
    });
    expect(missing.status).toBe(404);
  });
});

describe('assistant.accept as a lineage link', () => {
  const lineageInput = (commitmentId: number) => ({
    as: 'lineage' as const,
    commitmentId,
    meeting: SEED.summit,
    on: '2023-05-21',
    note: 'The summit restates the startup hub; our words.',
    evidence: {
      sentence: 'The leaders said Tokyo will host a startup hub with a university partner.',
      quote: 'will host a startup hub',
      attribution: { kind: 'joint_statement' as const, who: 'the G7 leaders', party: null },
      source: SEED.source,
    },
  });

  it('adds a "restated in" link to the existing commitment, with meeting, date, source and quote, revision and audit', async () => {
    const commitmentId = await idOf(PUBLISHED);
    const before = (await loadRecord(db.db, 'commitment', commitmentId))!;
    const input = lineageInput(commitmentId);
    const saved = await editor().assistant.accept(input);
    expect(saved).toEqual({
      as: 'lineage',
      type: 'commitment',
      id: commitmentId,
      version: before.version,
      commitmentId,
      pendingId: expect.any(Number) as number,
    });
    // Waiting for review: the commitment is as it was.
    expect((await loadRecord(db.db, 'commitment', commitmentId))!.data).toEqual(before.data);
    const approved = await admin().assistant.approve({
      id: saved.pendingId!,
      expectedVersion: before.version,
    });
    expect(approved.version).toBe(before.version + 1);
    const after = (await loadRecord(db.db, 'commitment', commitmentId))!;
    expect(after.data.lineage).toHaveLength(before.data.lineage.length + 1);
    expect(after.data.lineage.at(-1)).toEqual({
      relation: 'restated_in',
      meeting: SEED.summit,
      on: '2023-05-21',
      source: SEED.source,
      quote: {
        text: 'will host a startup hub',
        form: 'verbatim',
        attribution: input.evidence.attribution,
      },
      note: input.note,
      translations: {},
    });
    // The rest of the record is as it was: still published, same quotes and history.
    expect(after.data.editorialState).toBe(before.data.editorialState);
    expect(after.data.quotes).toEqual(before.data.quotes);
    expect(after.data.history).toEqual(before.data.history);
    expect((await revisionsOf('commitment', commitmentId)).at(-1)).toMatchObject({
      version: approved.version,
      action: 'approve lineage',
      actorName: ADMIN.name,
    });
    expect((await auditOf('commitment', commitmentId)).slice(-2)).toMatchObject([
      { action: 'commitment.propose', actorName: EDITOR.name },
      { action: 'commitment.approve', actorName: ADMIN.name },
    ]);
  });

  it('links a new draft too, and takes "builds on" when the editor says so', async () => {
    const draft = await editor().assistant.accept(acceptedProposal(freshSlug()));
    const link = await editor().assistant.accept({
      ...lineageInput(draft.id),
      relation: 'builds_on',
    });
    await admin().assistant.approve({ id: link.pendingId!, expectedVersion: link.version });
    const stored = (await loadRecord(db.db, 'commitment', draft.id))!;
    expect(stored.data.lineage.map((l) => [l.relation, l.meeting])).toEqual([
      ['builds_on', SEED.summit],
    ]);
    expect(stored.data.editorialState).toBe('draft');
  });

  it('refuses the commitment’s own meeting, an unknown meeting or source, a bad date, a quote not in the sentence and extra keys (400), a missing commitment (404)', async () => {
    const commitmentId = await idOf(PUBLISHED);
    const before = (await loadRecord(db.db, 'commitment', commitmentId))!;
    const valid = lineageInput(commitmentId);
    const cases: [string, unknown][] = [
      ['own meeting', { ...valid, meeting: before.data.meeting }],
      ['unknown meeting', { ...valid, meeting: 'no-such-meeting' }],
      ['unknown source', { ...valid, evidence: { ...valid.evidence, source: 'no-such-source' } }],
      ['bad date', { ...valid, on: '2023-13-40' }],
      ['bad relation', { ...valid, relation: 'copies' }],
      ['quote', { ...valid, evidence: { ...valid.evidence, quote: 'will build a startup hub' } }],
      ['extra key', { ...valid, parent: null }],
      ['long note', { ...valid, note: 'x'.repeat(601) }],
    ];
    for (const [label, input] of cases) {
      const answer = await callOverHttp(db.db, EDITOR, 'assistant.accept', input);
      expect(answer.status, label).toBe(400);
    }
    const own = await callOverHttp(db.db, EDITOR, 'assistant.accept', cases[0]![1]);
    expect(errorText(own)).toContain('another meeting');
    const missing = await callOverHttp(db.db, EDITOR, 'assistant.accept', {
      ...valid,
      commitmentId: 2_000_000_000,
    });
    expect(missing.status).toBe(404);
    expect((await loadRecord(db.db, 'commitment', commitmentId))!.version).toBe(before.version);
  });
});

describe('assistant.accept as a status update', () => {
  it('records the update on the commitment with the source, the editor as author, revision and audit', async () => {
    const draft = await editor().assistant.accept(acceptedProposal(freshSlug()));
    const saved = await editor().assistant.accept({
      as: 'status',
      commitmentId: draft.id,
      source: SEED.source,
      update: {
        effectiveOn: '2024-03-01',
        status: 'in_progress',
        note: 'The centre’s site was chosen (“work began”, the two governments).',
        party: null,
      },
    });
    expect(saved).toEqual({
      as: 'status',
      type: 'commitment',
      id: draft.id,
      version: 1,
      commitmentId: draft.id,
      pendingId: expect.any(Number) as number,
    });
    expect((await loadRecord(db.db, 'commitment', draft.id))!.data.history).toEqual([]);
    await admin().assistant.approve({ id: saved.pendingId!, expectedVersion: 1 });
    const stored = (await loadRecord(db.db, 'commitment', draft.id))!;
    expect(stored.data.history).toEqual([
      {
        effectiveOn: '2024-03-01',
        status: 'in_progress',
        note: 'The centre’s site was chosen (“work began”, the two governments).',
        sources: [SEED.source],
        author: EDITOR.name,
        party: null,
        translations: {},
      },
    ]);
    // Still a draft: approving an update publishes nothing.
    expect(stored.data.editorialState).toBe('draft');
    expect((await revisionsOf('commitment', draft.id)).map((r) => r.action)).toEqual([
      'create',
      'approve status',
    ]);
    expect((await auditOf('commitment', draft.id)).map((a) => a.action)).toEqual([
      'commitment.create',
      'commitment.propose',
      'commitment.approve',
    ]);
  });

  it('on a published commitment, leaves its editorial state as it was', async () => {
    const id = await idOf(PUBLISHED);
    const before = (await loadRecord(db.db, 'commitment', id))!;
    await editor().assistant.accept({
      as: 'status',
      commitmentId: id,
      source: SEED.source,
      update: {
        effectiveOn: '2024-06-01',
        status: 'in_progress',
        note: 'Work goes on.',
        party: null,
      },
    });
    const after = (await loadRecord(db.db, 'commitment', id))!;
    expect(after.data.editorialState).toBe(before.data.editorialState);
    // Waiting for review, the update is not in the record.
    expect(after.data.history).toHaveLength(before.data.history.length);
    expect(after.version).toBe(before.version);
  });

  it('refuses a future date, an unknown status, an unknown source and extra keys with 400s', async () => {
    const draft = await editor().assistant.accept(acceptedProposal(freshSlug()));
    const valid = {
      as: 'status' as const,
      commitmentId: draft.id,
      source: SEED.source,
      update: { effectiveOn: '2024-03-01', status: 'in_progress', note: 'A note.', party: null },
    };
    for (const input of [
      { ...valid, update: { ...valid.update, effectiveOn: '2999-01-01' } },
      { ...valid, update: { ...valid.update, status: 'finished' } },
      { ...valid, source: 'no-such-source' },
      { ...valid, update: { ...valid.update, author: 'Someone else' } },
      { ...valid, update: { ...valid.update, note: 'x'.repeat(4_001) } },
    ]) {
      const answer = await callOverHttp(db.db, EDITOR, 'assistant.accept', input);
      expect(answer.status, JSON.stringify(input.update)).toBe(400);
    }
    expect((await loadRecord(db.db, 'commitment', draft.id))!.version).toBe(1);
  });
});

describe('assistant.matches', () => {
  it('finds the commitment a proposal restates first, and at most five', async () => {
    const input = acceptedProposal(freshSlug());
    input.draft.title = 'A shared quantum metrology laboratory';
    input.draft.summary = 'Japan and the United States plan a quantum metrology laboratory.';
    const { id } = await editor().assistant.accept(input);
    const { matches } = await editor().assistant.matches({
      texts: [
        'The two governments reaffirmed their quantum metrology laboratory plan.',
        'chip',
        '!!! ... ---',
      ],
    });
    expect(matches[0]![0]).toMatchObject({ id, slug: input.draft.slug, editorialState: 'draft' });
    expect(matches[1]!.length).toBeGreaterThan(0);
    expect(matches[1]!.length).toBeLessThanOrEqual(5);
    expect(matches[2]).toEqual([]);
  });

  it('refuses too many texts and too long a text with 400s', async () => {
    for (const input of [
      { texts: Array.from({ length: MATCH_BATCH_MAX + 1 }, () => 'chips') },
      { texts: ['x'.repeat(2_001)] },
      { texts: [] },
    ]) {
      const answer = await callOverHttp(db.db, EDITOR, 'assistant.matches', input);
      expect(answer.status).toBe(400);
    }
  });
});
