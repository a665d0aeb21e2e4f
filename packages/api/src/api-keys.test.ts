import { auditLog } from '@accord/db';
import { and, asc, eq } from 'drizzle-orm';
import superjson, { type SuperJSONResult } from 'superjson';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleTrpcRequest } from './index';
import {
  ADMIN,
  EDITOR,
  expectTRPCError,
  insertViewers,
  sampleCommitment,
  useTestDb,
} from './testing/helpers';
import { type Viewer } from './trpc';

const db = useTestDb();
const admin = () => db.caller(ADMIN);

beforeAll(async () => {
  await insertViewers(db.db);
});

let serial = 0;
async function issue(
  userId = EDITOR.id,
  scope: 'editor' | 'admin' = 'editor',
  expiresInDays: 30 | null = null,
) {
  return admin().admin.apiKey.create({
    userId,
    name: `test key ${++serial}`,
    scope,
    expiresInDays,
  });
}

interface Answer {
  status: number;
  headers: Headers;
  data?: unknown;
  error?: { message: string; data: { code: string; httpStatus: number } };
}

/**
 * One call through the handler the web app mounts at /api/trpc, with `headers`. The cookie
 * session, when asked for, is `cookieViewer`: a key must win over it.
 */
async function call(
  path: string,
  input: unknown,
  options: {
    headers?: Record<string, string>;
    mutation?: boolean;
    cookieViewer?: Viewer | null;
    rateLimitApiKey?: (keyId: string) => number;
  } = {},
): Promise<Answer> {
  const envelope = JSON.stringify(superjson.serialize(input));
  const url = `http://localhost/api/trpc/${path}`;
  const req = options.mutation
    ? new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: envelope,
      })
    : new Request(`${url}?input=${encodeURIComponent(envelope)}`, { headers: options.headers });
  const res = await handleTrpcRequest(req, {
    getDb: () => Promise.resolve(db.db),
    getViewer: () => Promise.resolve(options.cookieViewer ?? null),
    rateLimitApiKey: options.rateLimitApiKey,
  });
  const body = (await res.json()) as { result?: { data: unknown }; error?: unknown };
  return {
    status: res.status,
    headers: res.headers,
    data: body.result ? superjson.deserialize(body.result.data as SuperJSONResult) : undefined,
    error: body.error ? superjson.deserialize(body.error as SuperJSONResult) : undefined,
  };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('API keys over HTTP', () => {
  it('act as their owner: an editor key records a status update, with the owner in the audit log', async () => {
    const { key } = await issue();
    const draft = await admin().editor.commitment.create({
      data: sampleCommitment('key-status-draft'),
    });
    const answer = await call(
      'editor.commitment.recordStatus',
      {
        id: draft.id,
        expectedVersion: draft.version,
        update: {
          effectiveOn: '2024-02-01',
          status: 'in_progress',
          note: 'Recorded by a script.',
          sources: [],
          party: null,
        },
      },
      { mutation: true, headers: bearer(key) },
    );
    expect(answer.status, JSON.stringify(answer.error)).toBe(200);
    const [entry] = await db.db
      .select({ actorId: auditLog.actorId, action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.recordType, 'commitment'), eq(auditLog.recordId, String(draft.id))))
      .orderBy(asc(auditLog.id))
      .offset(1);
    expect(entry).toEqual({ actorId: EDITOR.id, action: 'commitment.record' });
  });

  it('go through the policy table like sessions: an editor key cannot publish (403)', async () => {
    const { key } = await issue();
    const draft = await admin().editor.commitment.create({
      data: sampleCommitment('key-publish-draft'),
    });
    const answer = await call(
      'editor.commitment.setState',
      { id: draft.id, expectedVersion: draft.version, to: 'published' },
      { mutation: true, headers: bearer(key) },
    );
    expect(answer.status).toBe(403);
    expect(answer.error?.data.code).toBe('FORBIDDEN');
  });

  it('never grant more than their scope: an admin’s editor-scoped key is an editor', async () => {
    const editorScoped = await issue(ADMIN.id, 'editor');
    const adminScoped = await issue(ADMIN.id, 'admin');
    expect(
      (await call('admin.user.list', undefined, { headers: bearer(editorScoped.key) })).status,
    ).toBe(403);
    expect(
      (await call('admin.user.list', undefined, { headers: bearer(adminScoped.key) })).status,
    ).toBe(200);
    // A signed-in admin's cookie does not lift an editor key to admin.
    const both = await call('admin.user.list', undefined, {
      headers: bearer(editorScoped.key),
      cookieViewer: ADMIN,
    });
    expect(both.status).toBe(403);
  });

  it('answer 401 with a clear message when revoked, unknown or malformed, even for public reads', async () => {
    const { id, key } = await issue();
    expect((await call('editor.dashboard', undefined, { headers: bearer(key) })).status).toBe(200);
    await admin().admin.apiKey.revoke({ id });
    const revoked = await call('editor.dashboard', undefined, { headers: bearer(key) });
    expect(revoked.status).toBe(401);
    expect(revoked.error?.data.code).toBe('UNAUTHORIZED');
    expect(revoked.error?.message).toMatch(/revoked/);

    const unknown = await call('theme.list', undefined, {
      headers: bearer(`acc_${'A'.repeat(43)}`),
    });
    expect(unknown.status).toBe(401);
    expect(unknown.error?.message).toMatch(/not known/);

    const malformed = await call('theme.list', undefined, {
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(malformed.status).toBe(401);
    expect(malformed.error?.message).toMatch(/Bearer <API key>/);
  });

  it('are rate-limited per key: a 429 with Retry-After', async () => {
    const { id, key } = await issue();
    const seen: string[] = [];
    const answer = await call('editor.dashboard', undefined, {
      headers: bearer(key),
      rateLimitApiKey: (keyId) => {
        seen.push(keyId);
        return 7;
      },
    });
    expect(seen).toEqual([id]);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
  });
});

describe('admin.apiKey', () => {
  it('lists keys with owner, scope, status and last use, never the key', async () => {
    const { id, key, prefix } = await issue(EDITOR.id, 'editor', 30);
    expect(key.startsWith(prefix)).toBe(true);
    let listed = (await admin().admin.apiKey.list()).items.find((k) => k.id === id);
    expect(listed).toMatchObject({
      prefix,
      ownerId: EDITOR.id,
      ownerEmail: EDITOR.email,
      scope: 'editor',
      status: 'active',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(Date.parse(listed!.expiresAt!) - Date.parse(listed!.createdAt)).toBeGreaterThan(
      29 * 86_400_000,
    );
    await call('editor.dashboard', undefined, { headers: bearer(key) });
    await admin().admin.apiKey.revoke({ id });
    listed = (await admin().admin.apiKey.list()).items.find((k) => k.id === id);
    expect(listed?.status).toBe('revoked');
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(await admin().admin.apiKey.list())).not.toContain(key);
  });

  it('audits issue and revocation without the key', async () => {
    const { id, key, prefix } = await issue();
    await admin().admin.apiKey.revoke({ id });
    const entries = await db.db
      .select({ action: auditLog.action, actorId: auditLog.actorId, summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.recordType, 'api_key'), eq(auditLog.recordId, id)))
      .orderBy(asc(auditLog.id));
    expect(entries.map((e) => e.action)).toEqual(['api_key.create', 'api_key.revoke']);
    expect(entries.every((e) => e.actorId === ADMIN.id)).toBe(true);
    expect(entries[0]!.summary).toContain(prefix);
    expect(JSON.stringify(entries)).not.toContain(key);
    await expectTRPCError(admin().admin.apiKey.revoke({ id }), 'PRECONDITION_FAILED');
    await expectTRPCError(admin().admin.apiKey.revoke({ id: 'nope' }), 'NOT_FOUND');
  });

  it('refuses a scope above the owner’s role on path scope', async () => {
    const error = await expectTRPCError(issue(EDITOR.id, 'admin'), 'BAD_REQUEST');
    expect(JSON.stringify(error.cause)).toContain('scope');
  });
});
