import { apiKeys, type DbHandle, users } from '@accord/db';
import { createTestDb } from '@accord/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiKeyScopeError,
  bearerKeyOf,
  createApiKey,
  generateApiKey,
  hashApiKey,
  LAST_USED_RESOLUTION_MS,
  resolveApiKey,
  revokeApiKey,
} from './api-keys';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb({ seed: false });
  await handle.db.insert(users).values([
    { id: 'u-admin', name: 'Ada Admin', email: 'ada@example.org', role: 'admin' },
    { id: 'u-editor', name: 'Eddie Editor', email: 'eddie@example.org', role: 'editor' },
  ]);
}, 600_000);
afterAll(async () => {
  await handle.close();
}, 600_000);

const T0 = new Date('2026-06-01T10:00:00Z');

function issue(over: Partial<Parameters<typeof createApiKey>[1]> = {}) {
  return createApiKey(handle.db, {
    userId: 'u-editor',
    name: 'newsroom script',
    scope: 'editor',
    expiresAt: null,
    createdBy: 'u-admin',
    issuerRole: 'admin',
    ...over,
  });
}

describe('API keys', () => {
  it('are random, prefixed, and stored only as their SHA-256', async () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^acc_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.prefix).toBe(a.key.slice(0, 12));
    const { id, key } = await issue();
    const [row] = await handle.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(row!.hash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);
  });

  it('resolve to their owner with the key scope, and record the last use once a minute', async () => {
    const { id, key } = await issue();
    const resolved = await resolveApiKey(handle.db, key, T0);
    expect(resolved).toEqual({
      ok: true,
      user: {
        keyId: id,
        id: 'u-editor',
        name: 'Eddie Editor',
        email: 'eddie@example.org',
        role: 'editor',
      },
    });
    const lastUsed = async () =>
      (await handle.db.select().from(apiKeys).where(eq(apiKeys.id, id)))[0]!.lastUsedAt;
    expect(await lastUsed()).toEqual(T0);
    await resolveApiKey(handle.db, key, new Date(T0.getTime() + 1000));
    expect(await lastUsed()).toEqual(T0);
    const later = new Date(T0.getTime() + LAST_USED_RESOLUTION_MS + 1);
    await resolveApiKey(handle.db, key, later);
    expect(await lastUsed()).toEqual(later);
  });

  it('never grant more than their scope, nor more than the owner has now', async () => {
    const { key } = await createApiKey(handle.db, {
      userId: 'u-admin',
      name: 'editor-scoped key of an admin',
      scope: 'editor',
      expiresAt: null,
      createdBy: 'u-admin',
      issuerRole: 'admin',
    });
    const asEditor = await resolveApiKey(handle.db, key, T0);
    expect(asEditor.ok && asEditor.user.role).toBe('editor');

    await handle.db.insert(users).values({
      id: 'u-demoted',
      name: 'Demoted',
      email: 'demoted@example.org',
      role: 'admin',
    });
    const admin = await issue({ userId: 'u-demoted', scope: 'admin' });
    const before = await resolveApiKey(handle.db, admin.key, T0);
    expect(before.ok && before.user.role).toBe('admin');
    await handle.db.update(users).set({ role: 'editor' }).where(eq(users.id, 'u-demoted'));
    const after = await resolveApiKey(handle.db, admin.key, T0);
    expect(after.ok && after.user.role).toBe('editor');
  });

  it('cannot be issued above the owner or the issuer, nor to a disabled account', async () => {
    await expect(issue({ scope: 'admin' })).rejects.toThrow(ApiKeyScopeError);
    await expect(
      issue({ userId: 'u-admin', scope: 'admin', issuerRole: 'editor' }),
    ).rejects.toThrow(ApiKeyScopeError);
    await expect(issue({ userId: 'nobody' })).rejects.toThrow(ApiKeyScopeError);
  });

  it('are refused when unknown, malformed, revoked, expired, or their owner is disabled', async () => {
    expect(await resolveApiKey(handle.db, generateApiKey().key, T0)).toEqual({
      ok: false,
      reason: 'unknown',
    });
    expect(await resolveApiKey(handle.db, 'acc_short', T0)).toEqual({
      ok: false,
      reason: 'malformed',
    });

    const revoked = await issue();
    expect(await revokeApiKey(handle.db, revoked.id)).toBe(true);
    expect(await revokeApiKey(handle.db, revoked.id)).toBe(false);
    expect(await resolveApiKey(handle.db, revoked.key, T0)).toEqual({
      ok: false,
      reason: 'revoked',
    });

    const expiring = await issue({ expiresAt: new Date(T0.getTime() + 1000) });
    expect((await resolveApiKey(handle.db, expiring.key, T0)).ok).toBe(true);
    expect(await resolveApiKey(handle.db, expiring.key, new Date(T0.getTime() + 1000))).toEqual({
      ok: false,
      reason: 'expired',
    });

    await handle.db.insert(users).values({
      id: 'u-gone',
      name: 'Gone',
      email: 'gone@example.org',
      role: 'editor',
    });
    const gone = await issue({ userId: 'u-gone' });
    await handle.db.update(users).set({ disabledAt: T0 }).where(eq(users.id, 'u-gone'));
    expect(await resolveApiKey(handle.db, gone.key, T0)).toEqual({
      ok: false,
      reason: 'disabled',
    });
    await expect(issue({ userId: 'u-gone' })).rejects.toThrow(ApiKeyScopeError);
  });

  it('are read from a Bearer Authorization header only', () => {
    const { key } = generateApiKey();
    const h = (value?: string) => new Headers(value === undefined ? {} : { authorization: value });
    expect(bearerKeyOf(h())).toBeNull();
    expect(bearerKeyOf(h(`Bearer ${key}`))).toEqual({ key });
    expect(bearerKeyOf(h(`bearer  ${key} `))).toEqual({ key });
    for (const bad of [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      `Bearer ${key}x`,
      `Token ${key}`,
      'Bearer a b',
    ]) {
      expect(bearerKeyOf(h(bad)), bad).toBe('malformed');
    }
  });
});
