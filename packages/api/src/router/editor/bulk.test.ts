/**
 * Bulk actions on commitments (editor.commitment.bulk and bulkMove) and the notes given with
 * a submit or a return to draft, over real HTTP as the web app serves them.
 */
import { auditLog, commitments, revisions } from '@accord/db';
import { BULK_MAX, type BulkResult, WORKFLOW_NOTE_MAX } from '@accord/domain';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  callOverHttp,
  counter,
  EDITOR,
  insertViewers,
  sampleCommitment,
  useTestDb,
} from '../../testing/helpers';

const db = useTestDb();
const editor = () => db.caller(EDITOR);
const admin = () => db.caller(ADMIN);

beforeAll(async () => {
  await insertViewers(db.db);
});

let serial = 0;
async function draft() {
  const saved = await editor().editor.commitment.create({
    data: sampleCommitment(`bulk-test-${++serial}`),
  });
  return { id: saved.id, expectedVersion: saved.version };
}

async function inReview() {
  const d = await draft();
  const submitted = await editor().editor.commitment.submit(d);
  return { id: d.id, expectedVersion: submitted.version };
}

async function revisionsOf(id: number) {
  return db.db
    .select()
    .from(revisions)
    .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, id)))
    .orderBy(asc(revisions.version));
}

async function auditOf(id: number) {
  return db.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.recordType, 'commitment'), eq(auditLog.recordId, String(id))))
    .orderBy(asc(auditLog.id));
}

async function stateOf(id: number) {
  const [row] = await db.db
    .select({ state: commitments.editorialState, version: commitments.version })
    .from(commitments)
    .where(eq(commitments.id, id));
  return row!;
}

const resultOf = (answer: { body: unknown }) =>
  (answer.body as { result: { data: BulkResult } }).result.data;

describe('bulk publish', () => {
  it('publishes four of five, reports the stale one as a conflict, and refreshes each', async () => {
    const items = [];
    for (let i = 0; i < 5; i++) items.push(await inReview());
    // Someone saves the third after the list was loaded: its version is now stale.
    const stale = items[2]!;
    const edited = await editor().editor.commitment.update({
      id: stale.id,
      expectedVersion: stale.expectedVersion,
      data: sampleCommitment(`bulk-test-stale-${stale.id}`),
    });
    const purges = counter();

    const answer = await callOverHttp(
      db.db,
      ADMIN,
      'editor.commitment.bulkMove',
      { to: 'published', items },
      { onPublicChange: purges },
    );

    expect(answer.status).toBe(200);
    const { outcomes } = resultOf(answer);
    expect(outcomes.map((o) => o.id)).toEqual(items.map((i) => i.id));
    expect(outcomes[2]).toMatchObject({
      id: stale.id,
      ok: false,
      code: 'CONFLICT',
      currentVersion: edited.version,
    });
    for (const [i, item] of items.entries()) {
      if (i === 2) continue;
      expect(outcomes[i]).toEqual({ id: item.id, ok: true, version: item.expectedVersion + 1 });
      expect(await stateOf(item.id)).toEqual({
        state: 'published',
        version: item.expectedVersion + 1,
      });
      const revs = await revisionsOf(item.id);
      expect(revs.at(-1)).toMatchObject({
        version: item.expectedVersion + 1,
        action: 'publish',
        actorName: ADMIN.name,
      });
      expect((await auditOf(item.id)).at(-1)).toMatchObject({
        action: 'commitment.publish',
        actorName: ADMIN.name,
      });
    }
    // The stale one is untouched: still in review at the other editor's version.
    expect(await stateOf(stale.id)).toEqual({ state: 'review', version: edited.version });
    expect((await revisionsOf(stale.id)).map((r) => r.action)).not.toContain('publish');
    // The public pages are refreshed once, after the last write, with the changes of the four
    // published records (a brief that shows several of them is re-rendered once).
    expect(purges.calls).toBe(1);
    expect(purges.changes).toHaveLength(4);
    expect(purges.changes.map((c) => c.after && 'editorialState' in c.after)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('is for admins only: an editor gets 403 and nothing changes', async () => {
    const item = await inReview();
    const answer = await callOverHttp(db.db, EDITOR, 'editor.commitment.bulkMove', {
      to: 'published',
      items: [item],
    });
    expect(answer.status).toBe(403);
    expect(await stateOf(item.id)).toEqual({ state: 'review', version: item.expectedVersion });
  });

  it('answers 401 to a reader who is not signed in', async () => {
    const item = await inReview();
    for (const [path, input] of [
      ['editor.commitment.bulkMove', { to: 'published', items: [item] }],
      ['editor.commitment.bulk', { action: 'submit', items: [item] }],
    ] as const) {
      const answer = await callOverHttp(db.db, null, path, input);
      expect(answer.status, path).toBe(401);
    }
    expect(await stateOf(item.id)).toEqual({ state: 'review', version: item.expectedVersion });
  });

  it(`refuses more than ${BULK_MAX} records, or one listed twice, with a 400`, async () => {
    const item = await inReview();
    const tooMany = Array.from({ length: BULK_MAX + 1 }, (_, i) => ({
      id: item.id + i,
      expectedVersion: 1,
    }));
    const over = await callOverHttp(db.db, ADMIN, 'editor.commitment.bulkMove', {
      to: 'published',
      items: tooMany,
    });
    expect(over.status).toBe(400);
    expect(over.text).toContain(`at most ${BULK_MAX}`);
    const twice = await callOverHttp(db.db, ADMIN, 'editor.commitment.bulkMove', {
      to: 'published',
      items: [item, item],
    });
    expect(twice.status).toBe(400);
    expect(await stateOf(item.id)).toEqual({ state: 'review', version: item.expectedVersion });
  });
});

describe('bulk submit and retag (editors)', () => {
  it('submits drafts with a note, refusing the one that is not a draft', async () => {
    const a = await draft();
    const b = await draft();
    const c = await inReview();
    const answer = await callOverHttp(db.db, EDITOR, 'editor.commitment.bulk', {
      action: 'submit',
      note: '  Both checked against the source.  ',
      items: [a, c, b],
    });
    expect(answer.status).toBe(200);
    const { outcomes } = resultOf(answer);
    expect(outcomes.map((o) => [o.id, o.ok])).toEqual([
      [a.id, true],
      [c.id, false],
      [b.id, true],
    ]);
    expect(outcomes[1]).toMatchObject({ code: 'PRECONDITION_FAILED', currentVersion: null });
    for (const d of [a, b]) {
      expect((await stateOf(d.id)).state).toBe('review');
      expect((await auditOf(d.id)).at(-1)).toMatchObject({
        action: 'commitment.submit',
        note: 'Both checked against the source.',
      });
    }
  });

  it('adds a tag to drafts but not to a published record, which editors may not change', async () => {
    const d = await draft();
    const p = await inReview();
    const published = await admin().editor.commitment.setState({ ...p, to: 'published' });
    const answer = await callOverHttp(db.db, EDITOR, 'editor.commitment.bulk', {
      action: 'addTag',
      tag: 'bulk-tagged',
      items: [d, { id: p.id, expectedVersion: published.version }],
    });
    expect(answer.status).toBe(200);
    const { outcomes } = resultOf(answer);
    expect(outcomes[0]).toEqual({ id: d.id, ok: true, version: d.expectedVersion + 1 });
    expect(outcomes[1]).toMatchObject({ id: p.id, ok: false, code: 'FORBIDDEN' });
    expect((await editor().editor.commitment.get({ id: d.id })).data.tags).toContain('bulk-tagged');
    expect((await revisionsOf(d.id)).at(-1)?.action).toBe('tag bulk-tagged');

    const removed = await callOverHttp(db.db, EDITOR, 'editor.commitment.bulk', {
      action: 'removeTag',
      tag: 'bulk-tagged',
      items: [{ id: d.id, expectedVersion: d.expectedVersion + 1 }],
    });
    expect(resultOf(removed).outcomes[0]).toMatchObject({ ok: true });
    expect((await editor().editor.commitment.get({ id: d.id })).data.tags).not.toContain(
      'bulk-tagged',
    );
  });
});

describe('workflow notes', () => {
  it('shows the author the note an admin gave when returning a draft, and audits it', async () => {
    const item = await inReview();
    const answer = await callOverHttp(db.db, ADMIN, 'editor.commitment.setState', {
      ...item,
      to: 'draft',
      note: 'The target date needs a source.',
    });
    expect(answer.status).toBe(200);
    const seen = await editor().editor.commitment.get({ id: item.id });
    expect(seen.editorialState).toBe('draft');
    expect(seen.workflowNote).toMatchObject({
      action: 'commitment.return',
      by: ADMIN.name,
      note: 'The target date needs a source.',
    });
    expect((await auditOf(item.id)).at(-1)).toMatchObject({
      action: 'commitment.return',
      note: 'The target date needs a source.',
    });
    // Other saves keep it shown; the next submit without a note replaces it with none.
    const current = await editor().editor.commitment.get({ id: item.id });
    const edited = await editor().editor.commitment.update({
      id: item.id,
      expectedVersion: current.version,
      data: { ...current.data, summary: 'Now with a source for the date.' },
    });
    expect((await editor().editor.commitment.get({ id: item.id })).workflowNote?.note).toBe(
      'The target date needs a source.',
    );
    await editor().editor.commitment.submit({ id: item.id, expectedVersion: edited.version });
    expect((await editor().editor.commitment.get({ id: item.id })).workflowNote).toBeNull();
  });

  it('takes a note on a single submit; a blank note is no note', async () => {
    const d = await draft();
    const submitted = await callOverHttp(db.db, EDITOR, 'editor.commitment.submit', {
      ...d,
      note: 'Ready: two sources agree.',
    });
    expect(submitted.status).toBe(200);
    expect((await editor().editor.commitment.get({ id: d.id })).workflowNote?.note).toBe(
      'Ready: two sources agree.',
    );
    const other = await draft();
    await callOverHttp(db.db, EDITOR, 'editor.commitment.submit', { ...other, note: '   ' });
    expect((await auditOf(other.id)).at(-1)).toMatchObject({ action: 'commitment.submit' });
    expect((await auditOf(other.id)).at(-1)?.note).toBeNull();
    expect((await editor().editor.commitment.get({ id: other.id })).workflowNote).toBeNull();
  });

  it(`refuses a note over ${WORKFLOW_NOTE_MAX} characters with a 400`, async () => {
    const d = await draft();
    const answer = await callOverHttp(db.db, EDITOR, 'editor.commitment.submit', {
      ...d,
      note: 'x'.repeat(WORKFLOW_NOTE_MAX + 1),
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('note');
    expect((await stateOf(d.id)).state).toBe('draft');
  });
});
