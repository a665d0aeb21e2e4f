import { apiKeys, type Database, sessions, users } from '@accord/db';
import { TRPCError } from '@trpc/server';
import { and, asc, count, desc, eq, gt, isNull, ne } from 'drizzle-orm';

/**
 * The admin pages' reads of accounts and API keys. Writes to them are @accord/auth's
 * (users.ts, api-keys.ts).
 */

/** Every user by email, with how many unexpired sessions each has. */
export async function userList(db: Database) {
  const active = db
    .select({ userId: sessions.userId, n: count().as('n') })
    .from(sessions)
    .where(gt(sessions.expiresAt, new Date()))
    .groupBy(sessions.userId)
    .as('active');
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      activeSessions: active.n,
    })
    .from(users)
    .leftJoin(active, eq(active.userId, users.id))
    .orderBy(asc(users.email));
  return rows.map(({ disabledAt, ...u }) => ({
    ...u,
    disabled: disabledAt !== null,
    createdAt: u.createdAt.toISOString(),
    activeSessions: Number(u.activeSessions ?? 0),
  }));
}

/** A user as the admin's changes see them, or NOT_FOUND. */
export async function findUser(db: Database, id: string) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: `No user with id ${id}.` });
  return user;
}

/** How many active admins there are besides this user. */
export async function otherActiveAdmins(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, userId)));
  return row?.n ?? 0;
}

/** The email of a user, for the audit line of a key issued to them. */
export async function emailOf(db: Database, userId: string): Promise<string | undefined> {
  const [owner] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return owner?.email;
}

/** The newest `limit` API keys with their owners (never the key or its hash). */
export function apiKeyRows(db: Database, limit: number) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      ownerId: apiKeys.userId,
      ownerName: users.name,
      ownerEmail: users.email,
      scope: apiKeys.scope,
      createdAt: apiKeys.createdAt,
      expiresAt: apiKeys.expiresAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(limit);
}

/** What the audit line of a revocation names, or undefined when there is no such key. */
export async function findApiKey(db: Database, id: string) {
  const [key] = await db
    .select({ name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.id, id))
    .limit(1);
  return key;
}
