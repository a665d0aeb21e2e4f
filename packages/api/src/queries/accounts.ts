import { apiKeys, type Database, sessions, users } from '@accord/db';
import { TRPCError } from '@trpc/server';
import { and, count, eq, gt, ilike, isNull, ne, or, sql } from 'drizzle-orm';
import { containsPattern, keysetPage, timestampKey } from './paging';

/**
 * The admin pages' reads of accounts and API keys. Writes to them are @accord/auth's
 * (users.ts, api-keys.ts).
 */

/** Users by email a page at a time, by words of the name or email, with their live sessions. */
export async function userList(
  db: Database,
  page: { q?: string; cursor?: string | null; limit: number },
) {
  const active = db
    .select({ userId: sessions.userId, n: count().as('n') })
    .from(sessions)
    .where(gt(sessions.expiresAt, new Date()))
    .groupBy(sessions.userId)
    .as('active');
  const words = page.q
    ? or(ilike(users.email, containsPattern(page.q)), ilike(users.name, containsPattern(page.q)))
    : undefined;
  const result = await keysetPage(
    { columns: [{ sql: sql`${users.email}`, kind: 'text' }], descending: false },
    page,
    (where, orderBy, limit) =>
      db
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
        .where(and(where, words))
        .orderBy(...orderBy)
        .limit(limit),
    (u) => [u.email],
  );
  return {
    ...result,
    items: result.items.map(({ disabledAt, ...u }) => ({
      ...u,
      disabled: disabledAt !== null,
      createdAt: u.createdAt.toISOString(),
      activeSessions: Number(u.activeSessions ?? 0),
    })),
  };
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
/** API keys newest first, a page at a time, by words of the key's name, prefix or owner. */
export function apiKeyRows(
  db: Database,
  page: { q?: string; cursor?: string | null; limit: number },
) {
  const pattern = page.q ? containsPattern(page.q) : undefined;
  const words = pattern
    ? or(
        ilike(apiKeys.name, pattern),
        ilike(apiKeys.prefix, pattern),
        ilike(users.email, pattern),
        ilike(users.name, pattern),
      )
    : undefined;
  return keysetPage(
    {
      columns: [
        { sql: sql`${apiKeys.createdAt}`, kind: 'timestamptz' },
        { sql: sql`${apiKeys.id}`, kind: 'text' },
      ],
      descending: true,
    },
    page,
    (where, orderBy, limit) =>
      db
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
          key: timestampKey(apiKeys.createdAt),
        })
        .from(apiKeys)
        .innerJoin(users, eq(users.id, apiKeys.userId))
        .where(and(where, words))
        .orderBy(...orderBy)
        .limit(limit),
    (r) => [r.key, r.id],
  );
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
