import { randomUUID } from 'node:crypto';
import { accounts, type Database, sessions, users } from '@accord/db';
import { type UserRole } from '@accord/domain';
import { hashPassword } from 'better-auth/crypto';
import { and, eq } from 'drizzle-orm';

/**
 * Account writes made by admins (and the create-admin command). They go straight to the
 * tables better-auth reads, inside the caller's transaction, so each change commits with its
 * audit entry. Passwords are hashed with better-auth's own scrypt parameters.
 */

export const CREDENTIAL_PROVIDER = 'credential';

export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`An account with the email ${email} already exists`);
    this.name = 'EmailTakenError';
  }
}

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  password: string;
}

export async function createUserAccount(db: Database, input: NewUser): Promise<string> {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (taken) throw new EmailTakenError(input.email);
  const id = randomUUID();
  const hash = await hashPassword(input.password);
  await db.insert(users).values({
    id,
    email: input.email,
    name: input.name,
    role: input.role,
    emailVerified: true,
  });
  await db.insert(accounts).values({
    id: randomUUID(),
    accountId: id,
    providerId: CREDENTIAL_PROVIDER,
    userId: id,
    password: hash,
  });
  return id;
}

/** Ends every session of a user at once: sessions live in the database only. */
export async function revokeUserSessions(db: Database, userId: string): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return gone.length;
}

/** Changes a user's role, name or disabled time (the admin's edits; audited by the caller). */
export async function updateUserAccount(
  db: Database,
  userId: string,
  change: { role?: UserRole; name?: string; disabledAt?: Date | null },
): Promise<void> {
  await db
    .update(users)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

export async function setUserPassword(db: Database, userId: string, password: string) {
  const hash = await hashPassword(password);
  const updated = await db
    .update(accounts)
    .set({ password: hash, updatedAt: new Date() })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, CREDENTIAL_PROVIDER)))
    .returning({ id: accounts.id });
  if (updated.length === 0) {
    await db.insert(accounts).values({
      id: randomUUID(),
      accountId: userId,
      providerId: CREDENTIAL_PROVIDER,
      userId,
      password: hash,
    });
  }
  await revokeUserSessions(db, userId);
}
