import { randomUUID } from 'node:crypto';
import { accounts, auditLog, sessions, users } from '@accord/db';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type InputProblem } from '../../errors';
import { ADMIN, EDITOR, expectTRPCError, insertViewers, useTestDb } from '../../testing/helpers';
import { type Viewer } from '../../trpc';

const db = useTestDb();
const admin = () => db.caller(ADMIN);

beforeAll(async () => {
  await insertViewers(db.db);
});

let serial = 0;
const freshEmail = () => `user-test-${++serial}@example.org`;
const PASSWORD = 'correct horse battery';

async function createUser(role: 'editor' | 'admin' = 'editor') {
  const email = freshEmail();
  const { id } = await admin().admin.user.create({
    email,
    name: 'Test User',
    role,
    password: PASSWORD,
  });
  return { id, email };
}

async function addSessions(
  userId: string,
  n: number,
  expiresAt = new Date(Date.now() + 3_600_000),
) {
  for (let i = 0; i < n; i++) {
    await db.db
      .insert(sessions)
      .values({ id: randomUUID(), token: randomUUID(), userId, expiresAt });
  }
}

async function sessionCount(userId: string) {
  return (await db.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId)))
    .length;
}

async function auditFor(userId: string) {
  return db.db
    .select({
      action: auditLog.action,
      actorName: auditLog.actorName,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(eq(auditLog.recordType, 'user'), eq(auditLog.recordId, userId)))
    .orderBy(asc(auditLog.id));
}

async function passwordHash(userId: string) {
  const [row] = await db.db
    .select({ password: accounts.password })
    .from(accounts)
    .where(eq(accounts.userId, userId));
  return row!.password!;
}

async function userRow(id: string) {
  const [row] = await db.db
    .select({ role: users.role, disabledAt: users.disabledAt, email: users.email })
    .from(users)
    .where(eq(users.id, id));
  return row!;
}

describe('admin.user.create', () => {
  it('creates an account with a hashed password and an audit entry', async () => {
    const { id, email } = await createUser();
    expect(await userRow(id)).toMatchObject({ role: 'editor', disabledAt: null, email });
    // Signing in with it is tested in packages/auth; here: stored, and only as a hash.
    const hash = await passwordHash(id);
    expect(hash.length).toBeGreaterThan(40);
    expect(hash).not.toContain(PASSWORD);
    const audit = await auditFor(id);
    expect(audit).toEqual([
      {
        action: 'user.create',
        actorName: ADMIN.name,
        before: null,
        after: { email, name: 'Test User', role: 'editor' },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });

  it('normalises the email and refuses a duplicate on path email', async () => {
    const { email } = await createUser();
    const error = await expectTRPCError(
      admin().admin.user.create({
        email: `  ${email.toUpperCase()} `,
        name: 'Again',
        role: 'editor',
        password: PASSWORD,
      }),
      'BAD_REQUEST',
    );
    expect((error.cause as InputProblem).problems.map((p) => p.path)).toEqual([['email']]);
    expect((await db.db.select().from(users).where(eq(users.email, email))).length).toBe(1);
  });

  it('refuses a short password, a bad email, a bad name and unknown keys', async () => {
    for (const input of [
      { email: freshEmail(), name: 'X', role: 'editor', password: 'short' },
      { email: 'not-an-email', name: 'X', role: 'editor', password: PASSWORD },
      { email: freshEmail(), name: 'X', role: 'owner', password: PASSWORD },
      { email: freshEmail(), name: 'X', role: 'editor', password: PASSWORD, disabled: false },
      { email: freshEmail(), name: 'Accord\u0000editors', role: 'editor', password: PASSWORD },
      { email: freshEmail(), name: 'Accord\neditors', role: 'editor', password: PASSWORD },
      { email: freshEmail(), name: 'x'.repeat(101), role: 'editor', password: PASSWORD },
    ]) {
      await expectTRPCError(
        admin().admin.user.create(
          input as Parameters<ReturnType<typeof admin>['admin']['user']['create']>[0],
        ),
        'BAD_REQUEST',
      );
    }
  });
});

describe('admin.user.list', () => {
  it('lists users with their active (unexpired) sessions', async () => {
    const { id, email } = await createUser();
    await addSessions(id, 2);
    await addSessions(id, 1, new Date(Date.now() - 60_000));
    const { items: list } = await admin().admin.user.list({ limit: 200 });
    expect(list.find((u) => u.id === id)).toMatchObject({
      email,
      role: 'editor',
      disabled: false,
      activeSessions: 2,
    });
    expect(list.find((u) => u.id === EDITOR.id)?.activeSessions).toBe(0);
    const emails = list.map((u) => u.email);
    expect(emails).toEqual([...emails].sort());
  });

  it('finds users by words of the name or email, a page at a time', async () => {
    const made = [];
    for (const n of [1, 2, 3]) {
      const email = freshEmail();
      const { id } = await admin().admin.user.create({
        email,
        name: `Pager Person ${n}`,
        role: 'editor',
        password: PASSWORD,
      });
      made.push({ id, email });
    }
    const found = await admin().admin.user.list({ q: 'pager person' });
    expect(found.items.map((u) => u.id).sort()).toEqual(made.map((u) => u.id).sort());
    const first = await admin().admin.user.list({ q: 'pager person', limit: 2 });
    const second = await admin().admin.user.list({ q: 'pager person', cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((u) => u.email)).toEqual(
      found.items.map((u) => u.email),
    );
    expect(second.nextCursor).toBeNull();
  });
});

describe('changes to a user', () => {
  it('renames a user, trimmed, with an audit entry that says from what to what', async () => {
    const { id, email } = await createUser();
    await admin().admin.user.rename({ id, name: '  Aiko Tanaka ' });
    expect(
      (await admin().admin.user.list({ limit: 200 })).items.find((u) => u.id === id)?.name,
    ).toBe('Aiko Tanaka');
    const audit = await auditFor(id);
    expect(audit.at(-1)).toEqual({
      action: 'user.rename',
      actorName: ADMIN.name,
      before: { email, name: 'Test User', role: 'editor', disabled: false },
      after: { name: 'Aiko Tanaka' },
    });
  });

  it('refuses a name readers should not see: empty, too long, control characters, NUL, bidi tricks', async () => {
    const { id } = await createUser();
    for (const name of [
      '',
      '   ',
      'x'.repeat(101),
      'x'.repeat(10 * 1024 * 1024),
      'Accord\u0000editors',
      'Accord\neditors',
      'Accord\teditors',
      'Accord\u007feditors',
      'Accord \u202eeditors',
      'broken \ud800 half',
    ]) {
      await expectTRPCError(admin().admin.user.rename({ id, name }), 'BAD_REQUEST');
    }
    expect(
      (await admin().admin.user.list({ limit: 200 })).items.find((u) => u.id === id)?.name,
    ).toBe('Test User');
    expect((await auditFor(id)).map((a) => a.action)).toEqual(['user.create']);
    await admin().admin.user.rename({ id, name: 'x'.repeat(100) });
  });

  it('lets only admins rename, an editor not even themself', async () => {
    await expectTRPCError(
      db.caller(EDITOR).admin.user.rename({ id: EDITOR.id, name: 'Accord editors' }),
      'FORBIDDEN',
    );
    await expectTRPCError(
      admin().admin.user.rename({ id: 'no-such-user', name: 'Nobody' }),
      'NOT_FOUND',
    );
  });

  it('sets the role, with an audit entry', async () => {
    const { id } = await createUser();
    await admin().admin.user.setRole({ id, role: 'admin' });
    expect((await userRow(id)).role).toBe('admin');
    await admin().admin.user.setRole({ id, role: 'editor' });
    expect((await userRow(id)).role).toBe('editor');
    expect((await auditFor(id)).map((a) => [a.action, a.after])).toEqual([
      ['user.create', expect.anything()],
      ['user.role', { role: 'admin' }],
      ['user.role', { role: 'editor' }],
    ]);
  });

  it('disables a user and ends their sessions at once; enabling lets them back', async () => {
    const { id } = await createUser();
    await addSessions(id, 3);
    const other = await createUser();
    await addSessions(other.id, 1);
    await admin().admin.user.disable({ id });
    expect((await userRow(id)).disabledAt).toBeInstanceOf(Date);
    expect(await sessionCount(id)).toBe(0);
    expect(await sessionCount(other.id), 'other users keep their sessions').toBe(1);
    await admin().admin.user.enable({ id });
    expect((await userRow(id)).disabledAt).toBeNull();
    const audit = await auditFor(id);
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.disable', 'user.enable']);
    expect(audit[1]!.after).toEqual({ disabled: true, sessionsEnded: 3 });
    expect(
      (await admin().admin.user.list({ limit: 200 })).items.find((u) => u.id === id)?.disabled,
    ).toBe(false);
  });

  it('sets a new password and ends the user’s sessions', async () => {
    const { id } = await createUser();
    await addSessions(id, 2);
    const oldHash = await passwordHash(id);
    await admin().admin.user.setPassword({ id, password: 'a brand new password' });
    const hash = await passwordHash(id);
    expect(hash).not.toBe(oldHash);
    expect(hash).not.toContain('a brand new password');
    expect(await sessionCount(id)).toBe(0);
    const audit = await auditFor(id);
    expect(audit.at(-1)).toMatchObject({ action: 'user.password', after: { password: 'changed' } });
    expect(JSON.stringify(audit)).not.toContain('a brand new password');
    await expectTRPCError(
      admin().admin.user.setPassword({ id, password: 'too short' }),
      'BAD_REQUEST',
    );
  });

  it('revokes every session of a user, with an audit entry', async () => {
    const { id } = await createUser();
    await addSessions(id, 2);
    await admin().admin.user.revokeSessions({ id });
    expect(await sessionCount(id)).toBe(0);
    expect((await auditFor(id)).at(-1)).toMatchObject({
      action: 'user.sessions',
      after: { sessionsEnded: 2 },
    });
  });

  it('answers NOT_FOUND for an unknown user and writes no audit entry', async () => {
    const before = (await db.db.select({ id: auditLog.id }).from(auditLog)).length;
    for (const call of [
      () => admin().admin.user.setRole({ id: 'nobody', role: 'admin' }),
      () => admin().admin.user.disable({ id: 'nobody' }),
      () => admin().admin.user.enable({ id: 'nobody' }),
      () => admin().admin.user.setPassword({ id: 'nobody', password: PASSWORD }),
      () => admin().admin.user.revokeSessions({ id: 'nobody' }),
    ]) {
      // One at a time: a rejection nobody awaits yet would be reported as unhandled.
      await expectTRPCError(call(), 'NOT_FOUND');
    }
    expect((await db.db.select({ id: auditLog.id }).from(auditLog)).length).toBe(before);
  });
});

describe('the newsroom keeps an admin', () => {
  it('refuses an admin disabling themselves', async () => {
    await addSessions(ADMIN.id, 1);
    const error = await expectTRPCError(
      admin().admin.user.disable({ id: ADMIN.id }),
      'PRECONDITION_FAILED',
    );
    expect(error.message).toMatch(/yourself/);
    expect((await userRow(ADMIN.id)).disabledAt).toBeNull();
    expect(await sessionCount(ADMIN.id)).toBe(1);
  });

  it('refuses to demote or disable the last active admin', async () => {
    // Only ADMIN and admins made here are admins; make a second one, then take it away.
    const second = await createUser('admin');
    const asSecond = db.caller({
      id: second.id,
      name: 'Second Admin',
      email: second.email,
      role: 'admin',
    } satisfies Viewer);
    await admin().admin.user.setRole({ id: second.id, role: 'editor' });

    // ADMIN is now the last active admin: a second admin signed in before the change cannot
    // demote or disable them.
    await expectTRPCError(
      asSecond.admin.user.setRole({ id: ADMIN.id, role: 'editor' }),
      'PRECONDITION_FAILED',
      /last active admin/,
    );
    await expectTRPCError(
      asSecond.admin.user.disable({ id: ADMIN.id }),
      'PRECONDITION_FAILED',
      /last active admin/,
    );
    expect(await userRow(ADMIN.id)).toMatchObject({ role: 'admin', disabledAt: null });

    // A disabled admin does not count as the one that stays.
    await admin().admin.user.setRole({ id: second.id, role: 'admin' });
    await admin().admin.user.disable({ id: second.id });
    await expectTRPCError(
      admin().admin.user.setRole({ id: ADMIN.id, role: 'editor' }),
      'PRECONDITION_FAILED',
    );
    // With another active admin, the change goes through.
    await admin().admin.user.enable({ id: second.id });
    await admin().admin.user.setRole({ id: ADMIN.id, role: 'editor' });
    expect((await userRow(ADMIN.id)).role).toBe('editor');
    await asSecond.admin.user.setRole({ id: ADMIN.id, role: 'admin' });
  });
});
