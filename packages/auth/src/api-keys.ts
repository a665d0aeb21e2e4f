import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { apiKeys, type Database, users } from '@accord/db';
import { type UserRole } from '@accord/domain';
import { and, eq, isNull, lt, or } from 'drizzle-orm';

/**
 * API keys for scripts and programs: `Authorization: Bearer acc_…`.
 *
 * A key is `acc_` and 32 random bytes in base64url (47 characters). The database keeps only
 * its SHA-256 (a key has 256 bits of entropy, so a fast hash is enough: nothing to guess)
 * and its first 12 characters, shown so people can tell keys apart. A key acts as its owner,
 * with the lower of its scope and the owner's current role: it never grants more than it was
 * issued for, and demoting or disabling the owner takes effect on the next request.
 *
 * Why not better-auth's API-key plugin: in 1.7 it is the separate `@better-auth/api-key`,
 * whose newest release (1.7.5) pins `better-call` 1.4.0 and `@better-auth/utils` 0.4.2 as exact
 * peers while better-auth 1.7.25 uses 1.4.5 and 0.5.1; installing it would put a second copy
 * of both beside better-auth. It also scopes keys by free-form permissions rather than our
 * two roles, and would need its endpoints served over HTTP, where this app serves only
 * sign-in and sign-out. One small table and these functions do what is needed.
 */

export const API_KEY_PREFIX = 'acc_';
/** The characters of a key kept and shown: `acc_` and 8 more. */
export const API_KEY_VISIBLE = 12;
export const API_KEY_PATTERN = /^acc_[A-Za-z0-9_-]{43}$/;
/** last_used_at is written at most this often per key, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key (never stored) with its id, visible prefix and hash. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, API_KEY_VISIBLE), hash: hashApiKey(key) };
}

export interface NewApiKey {
  userId: string;
  name: string;
  scope: UserRole;
  expiresAt: Date | null;
  /** Who issued it (the admin's user id). */
  createdBy: string;
}

export class ApiKeyScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiKeyScopeError';
  }
}

const RANK: Record<UserRole, number> = { editor: 1, admin: 2 };

/** The lower of two roles. */
export function lowerRole(a: UserRole, b: UserRole): UserRole {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * Issues a key, inside the caller's transaction. The owner must exist and be active, and the
 * scope may not be above the owner's role or the issuer's. Returns the key: the only time it
 * is ever seen.
 */
export async function createApiKey(
  db: Database,
  input: NewApiKey & { issuerRole: UserRole },
): Promise<{ id: string; key: string; prefix: string }> {
  const [owner] = await db
    .select({ role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, input.userId))
    .limit(1);
  if (!owner) throw new ApiKeyScopeError('No such user.');
  if (owner.disabledAt) throw new ApiKeyScopeError('This account is disabled.');
  if (RANK[input.scope] > RANK[owner.role]) {
    throw new ApiKeyScopeError(`A key for an ${owner.role} cannot have the ${input.scope} scope.`);
  }
  if (RANK[input.scope] > RANK[input.issuerRole]) {
    throw new ApiKeyScopeError('A key cannot have a higher scope than yours.');
  }
  const { key, prefix, hash } = generateApiKey();
  const id = randomUUID();
  await db.insert(apiKeys).values({
    id,
    name: input.name,
    prefix,
    hash,
    userId: input.userId,
    scope: input.scope,
    createdBy: input.createdBy,
    expiresAt: input.expiresAt,
  });
  return { id, key, prefix };
}

/** Revokes a key at once; true when it was active. */
export async function revokeApiKey(db: Database, id: string, at = new Date()): Promise<boolean> {
  const done = await db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return done.length > 0;
}

export interface ApiKeyUser {
  keyId: string;
  id: string;
  name: string;
  email: string;
  /** The lower of the key's scope and its owner's role now. */
  role: UserRole;
}

export type ApiKeyResolution =
  | { ok: true; user: ApiKeyUser }
  | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' | 'expired' | 'disabled' };

/** What a caller whose key was refused is told (a 401). */
export const API_KEY_REFUSALS: Record<Exclude<ApiKeyResolution, { ok: true }>['reason'], string> = {
  malformed:
    'The Authorization header must be "Bearer <API key>", with a key issued under Admin › API keys.',
  unknown: 'This API key is not known. Ask an admin for a key.',
  revoked: 'This API key has been revoked. Ask an admin for a new one.',
  expired: 'This API key has expired. Ask an admin for a new one.',
  disabled: 'The account this API key belongs to is disabled.',
};

export type BearerKey = { key: string } | 'malformed' | null;

/**
 * The key in a request's `Authorization: Bearer <key>` header: null without the header,
 * 'malformed' when it is something else (another scheme, not one of our keys).
 */
export function bearerKeyOf(headers: Headers): BearerKey {
  const header = headers.get('authorization');
  if (header === null) return null;
  const match = /^Bearer[ \t]+(\S{1,200})[ \t]*$/i.exec(header);
  if (!match || !API_KEY_PATTERN.test(match[1]!)) return 'malformed';
  return { key: match[1]! };
}

/**
 * The user and role a key acts as, or why it is refused. Records when it was last used (at
 * most once a minute per key).
 */
export async function resolveApiKey(
  db: Database,
  key: string,
  now = new Date(),
): Promise<ApiKeyResolution> {
  if (!API_KEY_PATTERN.test(key)) return { ok: false, reason: 'malformed' };
  const hash = hashApiKey(key);
  const [row] = await db
    .select({
      id: apiKeys.id,
      hash: apiKeys.hash,
      scope: apiKeys.scope,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.hash, hash))
    .limit(1);
  // The lookup is by hash; the comparison is constant-time all the same.
  if (!row || !timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex'))) {
    return { ok: false, reason: 'unknown' };
  }
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) {
    return { ok: false, reason: 'expired' };
  }
  if (row.disabledAt) return { ok: false, reason: 'disabled' };
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, row.id),
        or(
          isNull(apiKeys.lastUsedAt),
          lt(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)),
        ),
      ),
    );
  return {
    ok: true,
    user: {
      keyId: row.id,
      id: row.userId,
      name: row.name,
      email: row.email,
      role: lowerRole(row.scope, row.role),
    },
  };
}
