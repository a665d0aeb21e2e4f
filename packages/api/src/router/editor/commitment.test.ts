import { auditLog, commitments, quotes, revisions } from '@accord/db';
import { type CommitmentDraft, type StatusUpdateDraft } from '@accord/domain';
import { and, asc, eq } from 'drizzle-orm';
import superjson, { type SuperJSONResult } from 'superjson';
import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import { ConflictProblem, InputProblem } from '../../errors';
import { handleTrpcRequest } from '../../http';
import {
  ADMIN,
  counter,
  EDITOR,
  EDITOR_2,
  expectTRPCError,
  sampleCommitment,
  SEED,
  useTestDb,
} from '../../testing/helpers';
import { type Viewer } from '../../trpc';

const db = useTestDb();
const editor = () => db.caller(EDITOR);
const admin = () => db.caller(ADMIN);
const reader = () => db.caller(null);

let serial = 0;
const freshSlug = (prefix = 'editor-test') => `${prefix}-${++serial}`;

async function createDraft(overrides: Partial<CommitmentDraft> = {}) {
  const data = sampleCommitment(freshSlug(), overrides);
  const saved = await editor().editor.commitment.create({ data });
  return { ...saved, data };
}

/** A commitment an admin has published. */
async function createPublished(overrides: Partial<CommitmentDraft> = {}) {
  const draft = await createDraft(overrides);
  const submitted = await editor().editor.commitment.submit({
    id: draft.id,
    expectedVersion: draft.version,
  });
  const published = await admin().editor.commitment.setState({
    id: draft.id,
    expectedVersion: submitted.version,
    to: 'published',
  });
  return { ...published, data: draft.data };
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

async function storedRow(id: number) {
  const [row] = await db.db
    .select({
      status: commitments.status,
      version: commitments.version,
      title: commitments.title,
      publishedAt: commitments.publishedAt,
      editorialState: commitments.editorialState,
    })
    .from(commitments)
    .where(eq(commitments.id, id));
  return row!;
}

const STATUS: StatusUpdateDraft = {
  effectiveOn: '2024-03-01',
  status: 'in_progress',
  note: 'Work has started.',
  sources: [SEED.source],
  party: null,
  translations: {},
};

interface HttpError {
  message: string;
  data: {
    code: string;
    fieldErrors: { path: string[]; message: string }[] | null;
    conflict: {
      currentVersion: number;
      current: Record<string, unknown>;
      changedBy: string;
      changedAt: string;
    } | null;
  };
}

/** Sends one mutation through the HTTP handler, to see the error shape clients get. */
async function postAs(viewer: Viewer, path: string, input: unknown) {
  const response = await handleTrpcRequest(
    new Request(`http://localhost/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // The API's wire format: superjson around the input and the error.
      body: JSON.stringify(superjson.serialize(input)),
    }),
    { getDb: () => Promise.resolve(db.db), getViewer: () => Promise.resolve(viewer) },
  );
  const wire = (await response.json()) as { error: SuperJSONResult };
  return {
    status: response.status,
    body: { error: superjson.deserialize<HttpError>(wire.error) },
  };
}

describe('editor.commitment.create', () => {
  it('creates a draft at version 1 with its revision and audit entry', async () => {
    const { id, version, data } = await createDraft();
    expect(version).toBe(1);
    const got = await editor().editor.commitment.get({ id });
    expect(got.editorialState).toBe('draft');
    expect(got.status).toBe('not_yet_rated');
    expect(got.publishedAt).toBeNull();
    expect(got.data).toEqual(data);
    expect(got.history).toEqual([]);

    const revs = await revisionsOf(id);
    expect(revs.map((r) => [r.version, r.action, r.actorName])).toEqual([
      [1, 'create', EDITOR.name],
    ]);
    expect(revs[0]!.snapshot).toEqual({ ...data, editorialState: 'draft', history: [] });

    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'commitment.create',
      actorId: EDITOR.id,
      actorName: EDITOR.name,
      before: null,
    });
    expect(audit[0]!.after).toMatchObject({ slug: data.slug, title: data.title });
  });

  it('refuses an unknown reference with 400 naming the field', async () => {
    for (const [overrides, path] of [
      [{ meeting: 'no-such-meeting' }, ['meeting']],
      [{ theme: 'no-such-theme' }, ['theme']],
      [{ parties: [{ party: 'no-such-party', role: 'committer' }] }, ['parties', '0', 'party']],
    ] as [Partial<CommitmentDraft>, string[]][]) {
      const slug = freshSlug();
      const error = await expectTRPCError(
        editor().editor.commitment.create({ data: sampleCommitment(slug, overrides) }),
        'BAD_REQUEST',
      );
      expect(error.cause).toBeInstanceOf(InputProblem);
      expect((error.cause as InputProblem).problems.map((p) => p.path)).toEqual([path]);
      const [row] = await db.db
        .select({ id: commitments.id })
        .from(commitments)
        .where(eq(commitments.slug, slug));
      expect(row, 'nothing is written').toBeUndefined();
    }
  });

  it('refuses a party named twice with 400 on that entry, where the database key gave a 500', async () => {
    const slug = freshSlug();
    const error = await expectTRPCError(
      editor().editor.commitment.create({
        data: sampleCommitment(slug, {
          parties: [
            { party: 'jp', role: 'committer' },
            { party: 'jp', role: 'partner' },
          ],
        }),
      }),
      'BAD_REQUEST',
    );
    expect(error.cause).toBeInstanceOf(ZodError);
    expect((error.cause as ZodError).issues.map((i) => i.path.join('.'))).toEqual([
      'data.parties.1.party',
    ]);
    const [row] = await db.db
      .select({ id: commitments.id })
      .from(commitments)
      .where(eq(commitments.slug, slug));
    expect(row, 'nothing is written').toBeUndefined();
  });

  it('refuses a slug that is taken with 400 on path slug', async () => {
    const error = await expectTRPCError(
      editor().editor.commitment.create({ data: sampleCommitment('tokyo-startup-hub-with-mit') }),
      'BAD_REQUEST',
    );
    expect((error.cause as InputProblem).problems.map((p) => p.path)).toEqual([['slug']]);
  });

  it('refuses keys an editor may not set, rather than ignoring them', async () => {
    for (const extra of [
      { editorialState: 'published' },
      { version: 7 },
      { author: 'Someone' },
      { history: [] },
    ]) {
      const error = await expectTRPCError(
        editor().editor.commitment.create({
          data: { ...sampleCommitment(freshSlug()), ...extra },
        }),
        'BAD_REQUEST',
      );
      expect(error.cause).toBeInstanceOf(ZodError);
      expect(error.message).toContain(Object.keys(extra)[0]);
    }
  });
});

describe('editor.commitment.update', () => {
  it('saves on the right version: version + 1, a revision and an audit entry with before/after', async () => {
    const { id, data } = await createDraft();
    const saved = await editor().editor.commitment.update({
      id,
      expectedVersion: 1,
      data: { ...data, title: 'A better title' },
    });
    expect(saved).toEqual({ id, version: 2 });
    const got = await editor().editor.commitment.get({ id });
    expect(got.version).toBe(2);
    expect(got.data.title).toBe('A better title');
    expect(got.editorialState).toBe('draft');

    const revs = await revisionsOf(id);
    expect(revs.map((r) => [r.version, r.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
    ]);
    expect((revs[1]!.snapshot as CommitmentDraft).title).toBe('A better title');
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['commitment.create', 'commitment.update']);
    expect(audit[1]!.before).toMatchObject({ title: data.title });
    expect(audit[1]!.after).toMatchObject({ title: 'A better title' });
  });

  it('refuses a stale save with CONFLICT carrying the other person’s data, and writes nothing', async () => {
    const { id, data } = await createDraft();
    await db.caller(EDITOR_2).editor.commitment.update({
      id,
      expectedVersion: 1,
      data: { ...data, title: 'Their title' },
    });
    const revsBefore = await revisionsOf(id);
    const auditBefore = await auditOf(id);

    const error = await expectTRPCError(
      editor().editor.commitment.update({
        id,
        expectedVersion: 1,
        data: { ...data, title: 'My title' },
      }),
      'CONFLICT',
    );
    expect(error.message).toContain(EDITOR_2.name);
    expect(error.cause).toBeInstanceOf(ConflictProblem);
    const detail = (error.cause as ConflictProblem).detail;
    expect(detail.currentVersion).toBe(2);
    expect(detail.changedBy).toBe(EDITOR_2.name);
    expect(detail.current).toMatchObject({ title: 'Their title' });

    expect((await storedRow(id)).title).toBe('Their title');
    expect((await storedRow(id)).version).toBe(2);
    expect(await revisionsOf(id)).toEqual(revsBefore);
    expect(await auditOf(id)).toEqual(auditBefore);
  });

  it('sends the conflict to HTTP clients in data.conflict', async () => {
    const { id, data } = await createDraft();
    await db.caller(EDITOR_2).editor.commitment.update({
      id,
      expectedVersion: 1,
      data: { ...data, title: 'Their title' },
    });
    const { status, body } = await postAs(EDITOR, 'editor.commitment.update', {
      id,
      expectedVersion: 1,
      data: { ...data, title: 'My title' },
    });
    expect(status).toBe(409);
    expect(body.error.data.code).toBe('CONFLICT');
    expect(body.error.data.conflict).toMatchObject({
      currentVersion: 2,
      changedBy: EDITOR_2.name,
      current: { title: 'Their title' },
    });
  });

  it('sends reference problems to HTTP clients in data.fieldErrors', async () => {
    const { id, data } = await createDraft();
    const { status, body } = await postAs(EDITOR, 'editor.commitment.update', {
      id,
      expectedVersion: 1,
      data: { ...data, quotes: [{ ...data.quotes[0]!, source: 'no-such-source' }] },
    });
    expect(status).toBe(400);
    expect(body.error.data.fieldErrors?.map((f) => f.path)).toEqual([['quotes', '0', 'source']]);
    expect(body.error.data.fieldErrors?.[0]?.message).toContain('no-such-source');
    expect(body.error.data.conflict).toBeNull();
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    const { id, data } = await createDraft();
    const results = await Promise.allSettled([
      editor().editor.commitment.update({ id, expectedVersion: 1, data: { ...data, title: 'A' } }),
      db
        .caller(EDITOR_2)
        .editor.commitment.update({ id, expectedVersion: 1, data: { ...data, title: 'B' } }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    const winner = results[0].status === 'fulfilled' ? 'A' : 'B';
    expect(await storedRow(id)).toMatchObject({ version: 2, title: winner });
    expect((await revisionsOf(id)).map((r) => r.version)).toEqual([1, 2]);
    expect(await auditOf(id)).toHaveLength(2);
  });

  it('refuses an unknown reference with the field path, and a taken slug on slug', async () => {
    const { id, data } = await createDraft();
    const unknown = await expectTRPCError(
      editor().editor.commitment.update({
        id,
        expectedVersion: 1,
        data: {
          ...data,
          quotes: [
            data.quotes[0]!,
            {
              ...data.quotes[1]!,
              attribution: { ...data.quotes[1]!.attribution, party: 'atlantis' },
            },
          ],
        },
      }),
      'BAD_REQUEST',
    );
    expect((unknown.cause as InputProblem).problems[0]!.path).toEqual([
      'quotes',
      '1',
      'attribution',
      'party',
    ]);
    const taken = await expectTRPCError(
      editor().editor.commitment.update({
        id,
        expectedVersion: 1,
        data: { ...data, slug: 'tokyo-startup-hub-with-mit' },
      }),
      'BAD_REQUEST',
    );
    expect((taken.cause as InputProblem).problems.map((p) => p.path)).toEqual([['slug']]);
    expect(await storedRow(id)).toMatchObject({ version: 1, title: data.title });
    expect(await revisionsOf(id)).toHaveLength(1);
  });

  it('refuses unknown keys in data and in the input', async () => {
    const { id, data } = await createDraft();
    for (const input of [
      { id, expectedVersion: 1, data: { ...data, editorialState: 'published' } },
      { id, expectedVersion: 1, data: { ...data, version: 9 } },
      { id, expectedVersion: 1, data: { ...data, author: 'Someone' } },
      { id, expectedVersion: 1, data, version: 9 },
    ]) {
      await expectTRPCError(editor().editor.commitment.update(input), 'BAD_REQUEST');
    }
    expect(await storedRow(id)).toMatchObject({ version: 1, editorialState: 'draft' });
  });

  it('keeps quote ids when an edit keeps their positions', async () => {
    const { id, data } = await createDraft();
    const idsOf = async () =>
      (
        await db.db
          .select({ id: quotes.id, text: quotes.text })
          .from(quotes)
          .where(eq(quotes.commitmentId, id))
          .orderBy(asc(quotes.position))
      ).map((q) => q.id);
    const before = await idsOf();
    expect(before).toHaveLength(2);
    await editor().editor.commitment.update({
      id,
      expectedVersion: 1,
      data: {
        ...data,
        quotes: [
          { ...data.quotes[0]!, text: 'edited first words' },
          data.quotes[1]!,
          { ...data.quotes[0]!, text: 'a third quote' },
        ],
      },
    });
    const after = await idsOf();
    expect(after.slice(0, 2)).toEqual(before);
    expect(after).toHaveLength(3);
    const got = await editor().editor.commitment.get({ id });
    expect(got.data.quotes.map((q) => q.text)).toEqual([
      'edited first words',
      'second test words',
      'a third quote',
    ]);
    await editor().editor.commitment.update({ id, expectedVersion: 2, data });
    expect(await idsOf()).toEqual(before);
  });

  it('refuses an editor on a published commitment, but lets an admin change it', async () => {
    const { id, version, data } = await createPublished();
    await expectTRPCError(
      editor().editor.commitment.update({
        id,
        expectedVersion: version,
        data: { ...data, title: 'Editor title' },
      }),
      'FORBIDDEN',
    );
    expect((await storedRow(id)).version).toBe(version);
    const saved = await admin().editor.commitment.update({
      id,
      expectedVersion: version,
      data: { ...data, title: 'Admin title' },
    });
    expect(saved.version).toBe(version + 1);
    expect(await storedRow(id)).toMatchObject({
      title: 'Admin title',
      editorialState: 'published',
    });
  });

  it('refuses any change to an archived commitment with PRECONDITION_FAILED', async () => {
    const { id, data } = await createDraft();
    const archived = await admin().editor.commitment.setState({
      id,
      expectedVersion: 1,
      to: 'archived',
    });
    for (const caller of [editor(), admin()]) {
      await expectTRPCError(
        caller.editor.commitment.update({
          id,
          expectedVersion: archived.version,
          data: { ...data, title: 'Changed' },
        }),
        'PRECONDITION_FAILED',
      );
      await expectTRPCError(
        caller.editor.commitment.recordStatus({
          id,
          expectedVersion: archived.version,
          update: STATUS,
        }),
        'PRECONDITION_FAILED',
      );
    }
    expect((await storedRow(id)).version).toBe(archived.version);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await expectTRPCError(
      editor().editor.commitment.update({
        id: 999_999,
        expectedVersion: 1,
        data: sampleCommitment(freshSlug()),
      }),
      'NOT_FOUND',
    );
    await expectTRPCError(editor().editor.commitment.get({ id: 999_999 }), 'NOT_FOUND');
  });
});

describe('status updates', () => {
  it('records a status with the viewer as author and recomputes the stored status', async () => {
    const { id } = await createDraft();
    const saved = await editor().editor.commitment.recordStatus({
      id,
      expectedVersion: 1,
      update: STATUS,
    });
    expect(saved.version).toBe(2);
    const got = await editor().editor.commitment.get({ id });
    expect(got.history).toHaveLength(1);
    expect(got.history[0]).toMatchObject({ ...STATUS, author: EDITOR.name });
    expect(got.status).toBe('in_progress');
    expect((await storedRow(id)).status).toBe('in_progress');

    await db.caller(EDITOR_2).editor.commitment.recordStatus({
      id,
      expectedVersion: 2,
      update: { ...STATUS, effectiveOn: '2024-06-01', status: 'delivered', note: 'Done.' },
    });
    const again = await editor().editor.commitment.get({ id });
    expect(again.history.map((u) => [u.status, u.author])).toEqual([
      ['in_progress', EDITOR.name],
      ['delivered', EDITOR_2.name],
    ]);
    expect((await storedRow(id)).status).toBe('delivered');
    const audit = await auditOf(id);
    expect(audit.at(-1)!.action).toBe('commitment.record');
  });

  it('refuses an author in the update', async () => {
    const { id } = await createDraft();
    await expectTRPCError(
      editor().editor.commitment.recordStatus({
        id,
        expectedVersion: 1,
        update: { ...STATUS, author: 'Somebody Else' } as StatusUpdateDraft,
      }),
      'BAD_REQUEST',
    );
  });

  it('refuses a future-dated update and an illegal status move, writing nothing', async () => {
    const { id } = await createDraft();
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const error = await expectTRPCError(
      editor().editor.commitment.recordStatus({
        id,
        expectedVersion: 1,
        update: { ...STATUS, effectiveOn: future },
      }),
      'BAD_REQUEST',
    );
    expect(error.message).toMatch(/future/);

    const delivered = await editor().editor.commitment.recordStatus({
      id,
      expectedVersion: 1,
      update: { ...STATUS, status: 'delivered' },
    });
    const illegal = await expectTRPCError(
      editor().editor.commitment.recordStatus({
        id,
        expectedVersion: delivered.version,
        update: { ...STATUS, effectiveOn: '2024-05-01', status: 'in_progress' },
      }),
      'BAD_REQUEST',
    );
    expect(illegal.message).toMatch(/cannot move from "delivered" to "in_progress"/);
    expect(await storedRow(id)).toMatchObject({ version: 2, status: 'delivered' });
  });

  it('refuses an update that names an unknown source', async () => {
    const { id } = await createDraft();
    const error = await expectTRPCError(
      editor().editor.commitment.recordStatus({
        id,
        expectedVersion: 1,
        update: { ...STATUS, sources: ['no-such-source'] },
      }),
      'BAD_REQUEST',
    );
    expect((error.cause as InputProblem).problems[0]!.path).toEqual(['history', '0', 'sources']);
    expect((await storedRow(id)).version).toBe(1);
  });

  it('removes a status update and recomputes the status', async () => {
    const { id } = await createDraft();
    await editor().editor.commitment.recordStatus({ id, expectedVersion: 1, update: STATUS });
    await editor().editor.commitment.recordStatus({
      id,
      expectedVersion: 2,
      update: { ...STATUS, effectiveOn: '2024-04-01', status: 'stalled', note: 'Stalled.' },
    });
    const { history } = await editor().editor.commitment.get({ id });
    expect((await storedRow(id)).status).toBe('stalled');

    const saved = await editor().editor.commitment.removeStatus({
      id,
      expectedVersion: 3,
      statusUpdateId: history[1]!.id,
    });
    expect(saved.version).toBe(4);
    const got = await editor().editor.commitment.get({ id });
    expect(got.history.map((u) => u.status)).toEqual(['in_progress']);
    expect(got.history[0]!.id).toBe(history[0]!.id);
    expect((await storedRow(id)).status).toBe('in_progress');
  });

  it('answers NOT_FOUND for a status update of another commitment', async () => {
    const a = await createDraft();
    const b = await createDraft();
    await editor().editor.commitment.recordStatus({ id: b.id, expectedVersion: 1, update: STATUS });
    const { history } = await editor().editor.commitment.get({ id: b.id });
    await expectTRPCError(
      editor().editor.commitment.removeStatus({
        id: a.id,
        expectedVersion: 1,
        statusUpdateId: history[0]!.id,
      }),
      'NOT_FOUND',
    );
  });

  it('refuses a removal that leaves an illegal history', async () => {
    const { id } = await createDraft();
    await editor().editor.commitment.recordStatus({
      id,
      expectedVersion: 1,
      update: { ...STATUS, status: 'abandoned' },
    });
    await editor().editor.commitment.recordStatus({
      id,
      expectedVersion: 2,
      update: { ...STATUS, effectiveOn: '2024-04-01', status: 'in_progress' },
    });
    await editor().editor.commitment.recordStatus({
      id,
      expectedVersion: 3,
      update: { ...STATUS, effectiveOn: '2024-05-01', status: 'delivered' },
    });
    const { history } = await editor().editor.commitment.get({ id });
    // Without the revival, "abandoned" would be followed by "delivered".
    await expectTRPCError(
      editor().editor.commitment.removeStatus({
        id,
        expectedVersion: 4,
        statusUpdateId: history[1]!.id,
      }),
      'BAD_REQUEST',
    );
    expect((await storedRow(id)).version).toBe(4);
  });

  it('lets an editor record a status on a published commitment, which readers see', async () => {
    const published = await createPublished();
    const onPublicChange = counter();
    await db.caller(EDITOR, { onPublicChange }).editor.commitment.recordStatus({
      id: published.id,
      expectedVersion: published.version,
      update: STATUS,
    });
    expect(onPublicChange.calls).toBe(1);
    const page = await reader().commitment.bySlug({ slug: published.data.slug });
    expect(page.status).toBe('in_progress');
    expect(page.history.map((u) => u.author)).toEqual([EDITOR.name]);
  });
});

describe('workflow', () => {
  it('submits only a draft', async () => {
    const { id } = await createDraft();
    const submitted = await editor().editor.commitment.submit({ id, expectedVersion: 1 });
    expect((await storedRow(id)).editorialState).toBe('review');
    await expectTRPCError(
      editor().editor.commitment.submit({ id, expectedVersion: submitted.version }),
      'PRECONDITION_FAILED',
    );
    expect((await revisionsOf(id)).map((r) => r.action)).toEqual(['create', 'submit']);
  });

  it('lets only an admin set the state, and only along allowed moves', async () => {
    const { id } = await createDraft();
    await expectTRPCError(
      editor().editor.commitment.setState({ id, expectedVersion: 1, to: 'review' }),
      'FORBIDDEN',
    );
    const error = await expectTRPCError(
      admin().editor.commitment.setState({ id, expectedVersion: 1, to: 'published' }),
      'PRECONDITION_FAILED',
    );
    expect(error.message).toContain('draft to published');
    await expectTRPCError(
      admin().editor.commitment.setState({ id, expectedVersion: 1, to: 'draft' }),
      'PRECONDITION_FAILED',
    );
    expect(await storedRow(id)).toMatchObject({ version: 1, editorialState: 'draft' });
  });

  it('publishing sets publishedAt once; readers see the commitment only while published', async () => {
    const { id, data } = await createDraft({ theme: 'minerals' });
    const readerSees = async () => {
      const [bySlug, theme, source] = await Promise.all([
        reader()
          .commitment.bySlug({ slug: data.slug })
          .then(() => true)
          .catch((error: { code?: string }) => {
            expect(error.code).toBe('NOT_FOUND');
            return false;
          }),
        reader().theme.bySlug({ slug: 'minerals' }),
        reader().source.bySlug({ slug: SEED.source }),
      ]);
      return {
        bySlug,
        onTheme: theme.commitments.some((c) => c.slug === data.slug),
        quotesOnSource: source.quotes
          .filter((q) => q.commitment.slug === data.slug)
          .map((q) => q.text),
      };
    };
    const hidden = { bySlug: false, onTheme: false, quotesOnSource: [] };
    expect(await readerSees()).toEqual(hidden);

    const review = await editor().editor.commitment.submit({ id, expectedVersion: 1 });
    expect(await readerSees()).toEqual(hidden);

    const published = await admin().editor.commitment.setState({
      id,
      expectedVersion: review.version,
      to: 'published',
    });
    const first = (await storedRow(id)).publishedAt;
    expect(first).toBeInstanceOf(Date);
    expect(await readerSees()).toEqual({
      bySlug: true,
      onTheme: true,
      quotesOnSource: ['first test words', 'second test words'],
    });
    const got = await editor().editor.commitment.get({ id });
    expect(got.publishedAt).toBe(first!.toISOString());

    const unpublished = await admin().editor.commitment.setState({
      id,
      expectedVersion: published.version,
      to: 'draft',
    });
    expect(await readerSees()).toEqual(hidden);

    const again = await editor().editor.commitment.submit({
      id,
      expectedVersion: unpublished.version,
    });
    await admin().editor.commitment.setState({
      id,
      expectedVersion: again.version,
      to: 'published',
    });
    expect((await storedRow(id)).publishedAt).toEqual(first);
    expect((await readerSees()).bySlug).toBe(true);

    const actions = (await revisionsOf(id)).map((r) => r.action);
    expect(actions).toEqual([
      'create',
      'submit',
      'publish',
      'return to draft',
      'submit',
      'publish',
    ]);
  });

  it('calls onPublicChange for changes readers can see, and not for drafts', async () => {
    const onPublicChange = counter();
    const as = (viewer: Viewer) => db.caller(viewer, { onPublicChange });
    const data = sampleCommitment(freshSlug());
    const { id } = await as(EDITOR).editor.commitment.create({ data });
    await as(EDITOR).editor.commitment.update({
      id,
      expectedVersion: 1,
      data: { ...data, title: 'Draft edit' },
    });
    await as(EDITOR).editor.commitment.recordStatus({ id, expectedVersion: 2, update: STATUS });
    await as(EDITOR).editor.commitment.submit({ id, expectedVersion: 3 });
    expect(onPublicChange.calls).toBe(0);

    await as(ADMIN).editor.commitment.setState({ id, expectedVersion: 4, to: 'published' });
    expect(onPublicChange.calls).toBe(1);
    await as(ADMIN).editor.commitment.update({
      id,
      expectedVersion: 5,
      data: { ...data, title: 'Published edit' },
    });
    expect(onPublicChange.calls).toBe(2);
    await as(ADMIN).editor.commitment.setState({ id, expectedVersion: 6, to: 'draft' });
    expect(onPublicChange.calls).toBe(3);
    await as(EDITOR).editor.commitment.update({ id, expectedVersion: 7, data });
    expect(onPublicChange.calls).toBe(3);
    // Each change carries the record before and after it: the web app refreshes the pages
    // of both (a renamed slug or a moved theme leaves the old pages behind otherwise).
    const [published, edited, unpublished] = onPublicChange.changes;
    expect(published).toMatchObject({
      type: 'commitment',
      before: { editorialState: 'review', title: 'Draft edit' },
      after: { editorialState: 'published', slug: data.slug, theme: data.theme },
    });
    expect(edited).toMatchObject({
      before: { title: 'Draft edit' },
      after: { title: 'Published edit' },
    });
    expect(unpublished).toMatchObject({
      before: { editorialState: 'published' },
      after: { editorialState: 'draft' },
    });

    // A refused save changes nothing, so there is nothing to refresh.
    await expectTRPCError(
      as(ADMIN).editor.commitment.update({ id, expectedVersion: 1, data }),
      'CONFLICT',
    );
    expect(onPublicChange.calls).toBe(3);
  });
});

describe('editor lists', () => {
  it('lists by state and query, newest change first', async () => {
    const a = await createDraft({ title: 'Zebra crossing pledge' });
    const b = await createDraft({ title: 'Zebra habitat pledge' });
    const { items: list } = await editor().editor.commitment.list({ q: 'zebra', state: 'draft' });
    expect(list.map((c) => c.id)).toEqual([b.id, a.id]);
    expect(list[0]).toMatchObject({ editorialState: 'draft', status: 'not_yet_rated', version: 1 });
    expect((await editor().editor.commitment.list({ q: 'zebra', state: 'review' })).items).toEqual(
      [],
    );
    // Wildcards in the query are taken literally.
    expect((await editor().editor.commitment.list({ q: '%' })).items).toEqual([]);
  });

  it('shows drafts and items in review on the dashboard', async () => {
    const draft = await createDraft();
    const review = await createDraft();
    await editor().editor.commitment.submit({ id: review.id, expectedVersion: 1 });
    const dashboard = await editor().editor.dashboard();
    expect(dashboard.drafts.map((c) => c.id)).toContain(draft.id);
    expect(dashboard.drafts.map((c) => c.id)).not.toContain(review.id);
    expect(dashboard.inReview.map((c) => c.id)).toContain(review.id);
    expect(dashboard.recentlyChanged[0]!.id).toBe(review.id);
    for (const item of dashboard.overdue) expect(item.overdue).toBe(true);
  });
});
