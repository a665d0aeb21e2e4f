import { auditLog, revisions } from '@accord/db';
import { type Commitment } from '@accord/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type InputProblem } from '../../errors';
import {
  ADMIN,
  counter,
  EDITOR,
  EDITOR_2,
  expectTRPCError,
  sampleCommitment,
  sampleReference,
  useTestDb,
} from '../../testing/helpers';

const db = useTestDb();
const editor = () => db.caller(EDITOR);
const admin = () => db.caller(ADMIN);

let serial = 0;
const freshSlug = (prefix = 'revision-test') => `${prefix}-${++serial}`;

async function revisionRows(type: 'commitment' | 'party' | 'theme', id: number) {
  return db.db
    .select()
    .from(revisions)
    .where(and(eq(revisions.recordType, type), eq(revisions.recordId, id)))
    .orderBy(asc(revisions.version));
}

/** A draft edited once: version 1 is the original, version 2 the edit. */
async function editedDraft() {
  const v1 = sampleCommitment(freshSlug());
  const { id } = await editor().editor.commitment.create({ data: v1 });
  const v2 = {
    ...v1,
    title: 'Edited title',
    quotes: [{ ...v1.quotes[0]!, text: 'edited words' }],
    target: null,
  };
  await db.caller(EDITOR_2).editor.commitment.update({ id, expectedVersion: 1, data: v2 });
  return { id, v1, v2 };
}

describe('editor.revision.list and get', () => {
  it('lists every version newest first, and returns each snapshot', async () => {
    const { id, v1, v2 } = await editedDraft();
    const list = await editor().editor.revision.list({ type: 'commitment', id });
    expect(list.map((r) => [r.version, r.action, r.actorName])).toEqual([
      [2, 'update', EDITOR_2.name],
      [1, 'create', EDITOR.name],
    ]);
    const first = await editor().editor.revision.get({ type: 'commitment', id, version: 1 });
    expect(first).toMatchObject({ type: 'commitment', id, version: 1, actorName: EDITOR.name });
    expect(first.snapshot).toEqual({ ...v1, editorialState: 'draft', history: [] });
    const second = await editor().editor.revision.get({ type: 'commitment', id, version: 2 });
    expect(second.snapshot).toEqual({ ...v2, editorialState: 'draft', history: [] });
  });

  it('answers NOT_FOUND for a version that does not exist', async () => {
    const { id } = await editedDraft();
    await expectTRPCError(
      editor().editor.revision.get({ type: 'commitment', id, version: 3 }),
      'NOT_FOUND',
    );
    await expectTRPCError(
      editor().editor.revision.get({ type: 'party', id, version: 1 }),
      'NOT_FOUND',
    );
    expect(await editor().editor.revision.list({ type: 'commitment', id: 999_999 })).toEqual([]);
  });
});

describe('editor.revision.restore', () => {
  it('writes the old content as a new version, keeping the workflow state and all history', async () => {
    const { id, v1 } = await editedDraft();
    await editor().editor.commitment.submit({ id, expectedVersion: 2 });
    const before = await revisionRows('commitment', id);

    const restored = await editor().editor.revision.restore({
      type: 'commitment',
      id,
      version: 1,
      expectedVersion: 3,
    });
    expect(restored).toEqual({ id, version: 4 });

    const got = await editor().editor.commitment.get({ id });
    expect(got.version).toBe(4);
    expect(got.data).toEqual(v1);
    expect(got.editorialState).toBe('review');

    const after = await revisionRows('commitment', id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((r) => [r.version, r.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
      [3, 'submit'],
      [4, 'restore v1'],
    ]);
    expect(after[3]!.snapshot).toEqual({ ...v1, editorialState: 'review', history: [] });
    const [audit] = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordType, 'commitment'), eq(auditLog.recordId, String(id))))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(audit).toMatchObject({ action: 'commitment.restore', actorName: EDITOR.name });
    expect(audit!.before).toMatchObject({ title: 'Edited title' });
    expect(audit!.after).toMatchObject({ title: v1.title });
  });

  it('refuses a restore based on a stale version', async () => {
    const { id } = await editedDraft();
    await expectTRPCError(
      editor().editor.revision.restore({ type: 'commitment', id, version: 1, expectedVersion: 1 }),
      'CONFLICT',
    );
    expect(await revisionRows('commitment', id)).toHaveLength(2);
  });

  it('refuses an editor restoring a published commitment or a theme', async () => {
    const { id } = await editedDraft();
    await editor().editor.commitment.submit({ id, expectedVersion: 2 });
    await admin().editor.commitment.setState({ id, expectedVersion: 3, to: 'published' });
    await expectTRPCError(
      editor().editor.revision.restore({ type: 'commitment', id, version: 1, expectedVersion: 4 }),
      'FORBIDDEN',
    );
    const onPublicChange = counter();
    await db
      .caller(ADMIN, { onPublicChange })
      .editor.revision.restore({ type: 'commitment', id, version: 1, expectedVersion: 4 });
    expect(onPublicChange.calls).toBe(1);

    const theme = sampleReference.theme(freshSlug('revision-theme'));
    const created = await admin().editor.theme.create({ data: theme });
    await admin().editor.theme.update({
      id: created.id,
      expectedVersion: 1,
      data: { ...theme, title: 'Retitled' },
    });
    await expectTRPCError(
      editor().editor.revision.restore({
        type: 'theme',
        id: created.id,
        version: 1,
        expectedVersion: 2,
      }),
      'FORBIDDEN',
    );
    await admin().editor.revision.restore({
      type: 'theme',
      id: created.id,
      version: 1,
      expectedVersion: 2,
    });
    expect((await admin().editor.theme.get({ id: created.id })).data).toEqual(theme);
  });

  it('does not call onPublicChange when restoring a draft', async () => {
    const { id } = await editedDraft();
    const onPublicChange = counter();
    await db
      .caller(EDITOR, { onPublicChange })
      .editor.revision.restore({ type: 'commitment', id, version: 1, expectedVersion: 2 });
    expect(onPublicChange.calls).toBe(0);
  });

  it('restores a reference record', async () => {
    const party = sampleReference.party(freshSlug('revision-party'));
    const { id } = await editor().editor.party.create({ data: party });
    await editor().editor.party.update({
      id,
      expectedVersion: 1,
      data: { ...party, name: 'Renamed', description: 'Now described' },
    });
    await editor().editor.revision.restore({ type: 'party', id, version: 1, expectedVersion: 2 });
    const got = await editor().editor.party.get({ id });
    expect(got).toMatchObject({ version: 3, data: party });
  });

  it('refuses with a field error a version that refers to something deleted since', async () => {
    const party = sampleReference.party(freshSlug('revision-gone'));
    const created = await admin().editor.party.create({ data: party });
    const v1: Omit<Commitment, 'editorialState' | 'history'> = sampleCommitment(freshSlug(), {
      parties: [{ party: party.slug, role: 'committer' }],
    });
    const { id } = await editor().editor.commitment.create({ data: v1 });
    await editor().editor.commitment.update({
      id,
      expectedVersion: 1,
      data: { ...v1, parties: [{ party: 'jp', role: 'committer' }] },
    });
    await admin().editor.party.delete({ id: created.id, expectedVersion: 1 });
    const error = await expectTRPCError(
      editor().editor.revision.restore({ type: 'commitment', id, version: 1, expectedVersion: 2 }),
      'BAD_REQUEST',
    );
    expect((error.cause as InputProblem).problems[0]!.path).toEqual(['parties', '0', 'party']);
    expect((await editor().editor.commitment.get({ id })).version).toBe(2);
  });
});

describe('history is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on revisions and audit_log through the app’s connection', async () => {
    const { id } = await editedDraft();
    const before = await revisionRows('commitment', id);
    const auditCount = async () => (await db.db.select({ id: auditLog.id }).from(auditLog)).length;
    const audits = await auditCount();
    for (const statement of [
      sql`update revisions set action = 'tampered' where record_id = ${id}`,
      sql`update revisions set snapshot = '{}'::jsonb`,
      sql`delete from revisions where record_id = ${id}`,
      sql`truncate revisions`,
      sql`update audit_log set summary = 'tampered'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await expect(db.db.execute(statement)).rejects.toThrow();
    }
    expect(await revisionRows('commitment', id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });
});
