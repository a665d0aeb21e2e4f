import { auditLog, revisions } from '@accord/db';
import { type Meeting, type ReferenceType } from '@accord/domain';
import { and, asc, eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import { type ConflictProblem, type InputProblem } from '../../errors';
import {
  ADMIN,
  type Caller,
  counter,
  EDITOR,
  EDITOR_2,
  expectTRPCError,
  sampleCommitment,
  sampleReference,
  SEED,
  useTestDb,
} from '../../testing/helpers';
import { type Viewer } from '../../trpc';

const db = useTestDb();

let serial = 0;
const freshSlug = (type: string) => `ref-${type}-${++serial}`;

/** The same procedures for every reference type, called without losing the test's types. */
function routerOf(caller: Caller, type: ReferenceType) {
  return caller.editor[type] as unknown as {
    list: (input?: { q?: string; cursor?: string | null; limit?: number }) => Promise<{
      items: { id: number; slug: string; usedBy: number; version: number }[];
      nextCursor: string | null;
      prevCursor: string | null;
    }>;
    get: (input: { id: number }) => Promise<{
      id: number;
      version: number;
      data: unknown;
      usedBy: { count: number; commitments: { id: number; slug: string; title: string }[] };
    }>;
    create: (input: { data: unknown }) => Promise<{ id: number; version: number }>;
    update: (input: {
      id: number;
      expectedVersion: number;
      data: unknown;
    }) => Promise<{ id: number; version: number }>;
    delete: (input: { id: number; expectedVersion: number }) => Promise<{ id: number }>;
  };
}

/** A field each type has that an edit can change. */
const EDIT = {
  meeting: { title: 'Edited meeting' },
  party: { name: 'Edited party' },
  source: { title: 'Edited source' },
  theme: { title: 'Edited theme' },
} as const;

/** A record of each type that seeded commitments use. */
const IN_USE = { meeting: SEED.meeting, party: 'jp', source: SEED.source, theme: 'chips' } as const;

/** Who may write each type: themes are for admins. */
const WRITER: Record<ReferenceType, Viewer> = {
  meeting: EDITOR,
  party: EDITOR,
  source: EDITOR,
  theme: ADMIN,
};

async function historyOf(type: ReferenceType, id: number) {
  const [revs, audit] = await Promise.all([
    db.db
      .select({ version: revisions.version, action: revisions.action })
      .from(revisions)
      .where(and(eq(revisions.recordType, type), eq(revisions.recordId, id)))
      .orderBy(asc(revisions.version)),
    db.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.recordType, type), eq(auditLog.recordId, String(id))))
      .orderBy(asc(auditLog.id)),
  ]);
  return { revs, audit };
}

for (const type of ['meeting', 'party', 'source', 'theme'] as const) {
  const sample = sampleReference[type] as (slug: string) => Record<string, unknown>;
  const writer = () => routerOf(db.caller(WRITER[type]), type);
  const admin = () => routerOf(db.caller(ADMIN), type);

  describe(`editor.${type}`, () => {
    it('creates, lists, gets and updates, with a revision and audit entry for each write', async () => {
      const data = sample(freshSlug(type));
      const onPublicChange = counter();
      const as = () => routerOf(db.caller(WRITER[type], { onPublicChange }), type);
      const { id, version } = await as().create({ data });
      expect(version).toBe(1);
      expect(onPublicChange.calls).toBe(1);
      expect(await as().get({ id })).toMatchObject({ id, version: 1, data });
      const listed = (await as().list({ q: data.slug as string })).items.find((r) => r.id === id);
      expect(listed).toMatchObject({ slug: data.slug, version: 1, usedBy: 0 });

      const edited = { ...data, ...EDIT[type] };
      expect(await as().update({ id, expectedVersion: 1, data: edited })).toEqual({
        id,
        version: 2,
      });
      expect(onPublicChange.calls).toBe(2);
      expect(await as().get({ id })).toMatchObject({ version: 2, data: edited });

      const { revs, audit } = await historyOf(type, id);
      expect(revs).toEqual([
        { version: 1, action: 'create' },
        { version: 2, action: 'update' },
      ]);
      expect(audit.map((a) => a.action)).toEqual([`${type}.create`, `${type}.update`]);
      expect(audit[1]!.before).toEqual(data);
      expect(audit[1]!.after).toEqual(edited);
    });

    it('refuses a stale update with CONFLICT and the current data', async () => {
      const data = sample(freshSlug(type));
      const { id } = await writer().create({ data });
      const theirs = { ...data, ...EDIT[type] };
      await routerOf(db.caller(type === 'theme' ? ADMIN : EDITOR_2), type).update({
        id,
        expectedVersion: 1,
        data: theirs,
      });
      const error = await expectTRPCError(
        writer().update({ id, expectedVersion: 1, data }),
        'CONFLICT',
      );
      expect((error.cause as ConflictProblem).detail).toMatchObject({
        currentVersion: 2,
        current: theirs,
      });
      expect((await writer().get({ id })).data).toEqual(theirs);
      expect((await historyOf(type, id)).revs).toHaveLength(2);
    });

    it('refuses a taken slug on path slug, and unknown keys', async () => {
      const data = sample(freshSlug(type));
      const { id } = await writer().create({ data });
      const taken = await expectTRPCError(
        writer().update({ id, expectedVersion: 1, data: { ...data, slug: IN_USE[type] } }),
        'BAD_REQUEST',
      );
      expect((taken.cause as InputProblem).problems.map((p) => p.path)).toEqual([['slug']]);
      const takenOnCreate = await expectTRPCError(
        writer().create({ data: sample(IN_USE[type]) }),
        'BAD_REQUEST',
      );
      expect((takenOnCreate.cause as InputProblem).problems.map((p) => p.path)).toEqual([['slug']]);
      for (const extra of [{ version: 5 }, { id: 1 }, { usedBy: 0 }]) {
        const unknown = await expectTRPCError(
          writer().update({ id, expectedVersion: 1, data: { ...data, ...extra } }),
          'BAD_REQUEST',
        );
        expect(unknown.cause).toBeInstanceOf(ZodError);
      }
      expect((await writer().get({ id })).version).toBe(1);
    });

    it(
      type === 'theme'
        ? 'takes the slug “more”: themes have no index page of their own'
        : 'refuses the slug “more”, which the index’s later pages use (/…/more/<cursor>)',
      async () => {
        if (type === 'theme') {
          const { id } = await writer().create({ data: sample('more') });
          await admin().delete({ id, expectedVersion: 1 });
          return;
        }
        const refused = await expectTRPCError(
          writer().create({ data: sample('more') }),
          'BAD_REQUEST',
        );
        const issues = (refused.cause as ZodError).issues;
        expect(issues.map((i) => i.path)).toEqual([['data', 'slug']]);
        expect(issues[0]?.message).toMatch(/“more” is kept for the later pages/);
        const data = sample(freshSlug(type));
        const { id } = await writer().create({ data });
        await expectTRPCError(
          writer().update({ id, expectedVersion: 1, data: { ...data, slug: 'more' } }),
          'BAD_REQUEST',
        );
        expect((await writer().get({ id })).data).toEqual(data);
      },
    );

    it('refuses to delete a record in use, and deletes an unused one with an audit entry', async () => {
      const used = (await admin().list({ q: IN_USE[type] })).items.find(
        (r) => r.slug === IN_USE[type],
      )!;
      expect(used.usedBy).toBeGreaterThan(0);
      const refused = await expectTRPCError(
        admin().delete({ id: used.id, expectedVersion: used.version }),
        'PRECONDITION_FAILED',
      );
      expect(refused.message).toMatch(new RegExp(`still used in ${used.usedBy} place`));
      const got = await admin().get({ id: used.id });
      expect(got).toMatchObject({ id: used.id, usedBy: { count: used.usedBy } });
      expect(got.usedBy.commitments.length).toBeGreaterThan(0);

      const data = sample(freshSlug(type));
      const { id } = await writer().create({ data });
      await writer().update({ id, expectedVersion: 1, data: { ...data, ...EDIT[type] } });
      await expectTRPCError(admin().delete({ id, expectedVersion: 1 }), 'CONFLICT');
      const onPublicChange = counter();
      await routerOf(db.caller(ADMIN, { onPublicChange }), type).delete({
        id,
        expectedVersion: 2,
      });
      expect(onPublicChange.changes).toEqual([
        { type, before: { ...data, ...EDIT[type] }, after: null },
      ]);
      await expectTRPCError(admin().get({ id }), 'NOT_FOUND');
      const { revs, audit } = await historyOf(type, id);
      expect(
        revs.map((r) => r.version),
        'revisions outlive the record',
      ).toEqual([1, 2]);
      expect(audit.at(-1)).toMatchObject({
        action: `${type}.delete`,
        before: { ...data, ...EDIT[type] },
        after: null,
      });
      await expectTRPCError(admin().delete({ id, expectedVersion: 2 }), 'NOT_FOUND');
    });

    it('counts a draft commitment as a use', async () => {
      if (type === 'meeting' || type === 'theme') {
        const data = sample(freshSlug(type));
        const { id } = await admin().create({ data });
        await db.caller(EDITOR).editor.commitment.create({
          data: sampleCommitment(freshSlug('commitment'), { [type]: data.slug as string }),
        });
        await expectTRPCError(admin().delete({ id, expectedVersion: 1 }), 'PRECONDITION_FAILED');
      }
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      await expectTRPCError(admin().get({ id: 999_999 }), 'NOT_FOUND');
      await expectTRPCError(
        admin().update({ id: 999_999, expectedVersion: 1, data: sample(freshSlug(type)) }),
        'NOT_FOUND',
      );
    });
  });
}

describe('themes are for admins', () => {
  it('refuses an editor creating, updating or deleting a theme', async () => {
    const editor = db.caller(EDITOR);
    const data = sampleReference.theme(freshSlug('theme'));
    await expectTRPCError(editor.editor.theme.create({ data }), 'FORBIDDEN');
    const { id } = await db.caller(ADMIN).editor.theme.create({ data });
    await expectTRPCError(
      editor.editor.theme.update({ id, expectedVersion: 1, data: { ...data, title: 'No' } }),
      'FORBIDDEN',
    );
    await expectTRPCError(editor.editor.theme.delete({ id, expectedVersion: 1 }), 'FORBIDDEN');
    expect((await editor.editor.theme.get({ id })).version).toBe(1);
  });

  it('shows an edited brief to readers at once', async () => {
    const admin = db.caller(ADMIN);
    const theme = (await admin.editor.theme.list()).items.find((t) => t.slug === 'ukraine')!;
    const current = await admin.editor.theme.get({ id: theme.id });
    await admin.editor.theme.update({
      id: theme.id,
      expectedVersion: current.version,
      data: { ...current.data, brief: 'A **new** brief.' },
    });
    expect((await db.caller(null).theme.bySlug({ slug: 'ukraine' })).brief).toBe(
      'A **new** brief.',
    );
  });
});

describe('editor.meeting rules', () => {
  it('refuses a meeting that is its own parent, an unknown parent and an unknown participant', async () => {
    const editor = db.caller(EDITOR);
    const data = sampleReference.meeting(freshSlug('meeting'));
    const { id } = await editor.editor.meeting.create({ data });
    for (const [change, path] of [
      [{ parentSlug: data.slug }, ['parentSlug']],
      [{ parentSlug: 'no-such-meeting' }, ['parentSlug']],
      [
        { participants: [{ party: 'atlantis', name: 'Nobody', office: 'None' }] },
        ['participants', '0', 'party'],
      ],
    ] as [Partial<Meeting>, string[]][]) {
      const error = await expectTRPCError(
        editor.editor.meeting.update({ id, expectedVersion: 1, data: { ...data, ...change } }),
        'BAD_REQUEST',
      );
      expect((error.cause as InputProblem).problems.map((p) => p.path)).toEqual([path]);
    }
  });

  it('refuses the same participant twice with a field error, not a server error', async () => {
    const editor = db.caller(EDITOR);
    const data = sampleReference.meeting(freshSlug('meeting'));
    const { id } = await editor.editor.meeting.create({ data });
    const error = await expectTRPCError(
      editor.editor.meeting.update({
        id,
        expectedVersion: 1,
        data: { ...data, participants: [data.participants[0]!, data.participants[0]!] },
      }),
      'BAD_REQUEST',
    );
    expect((error.cause as InputProblem).problems.map((p) => p.path)).toEqual([['participants']]);
    expect((await editor.editor.meeting.get({ id })).version).toBe(1);
  });
});

describe('editor.options', () => {
  it('offers every theme, meeting, party and source by slug', async () => {
    const options = await db.caller(EDITOR).editor.options();
    expect(options.themes.map((t) => t.slug)).toEqual(expect.arrayContaining([...SEED.themeOrder]));
    expect(options.meetings.map((m) => m.slug)).toContain(SEED.meeting);
    expect(options.parties.map((p) => p.slug)).toEqual(
      expect.arrayContaining([...SEED.partySlugs]),
    );
    expect(options.sources.map((s) => s.slug)).toContain(SEED.source);
  });
});
