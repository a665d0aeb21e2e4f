import { handleTrpcRequest, type Viewer } from '@accord/api';
import { createTestDb } from '@accord/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
// Far above what these tests send: the limit is not what they are about.
vi.stubEnv('ACCORD_RATE_LIMIT_BURST', '1000');

const { PRIVATE_NO_STORE, serveTrpc } = await import('./trpc');

/**
 * /api/trpc as the route mounts it (serveTrpc around the tRPC handler) on a real database:
 * a request with the admin's session cookie is the admin, one with the editor's the editor.
 * (A bearer token is an API key now, checked before getViewer: keys have their own tests.)
 */
const ADMIN: Viewer = { id: 'admin-1', name: 'Ada', email: 'ada@example.org', role: 'admin' };
const EDITOR: Viewer = { id: 'editor-1', name: 'Eda', email: 'eda@example.org', role: 'editor' };
const SESSION = { cookie: 'theme=dark; accord.session_token=abc.def' };
const EDITOR_SESSION = { cookie: 'accord.session_token=editor.def' };

let db: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  db = await createTestDb();
}, 600_000);
afterAll(() => db?.close());

function send(path: string, init: RequestInit = {}): Promise<Response> {
  const req = new Request(`http://accord.test/api/trpc/${path}`, init);
  return serveTrpc(req, (r) =>
    handleTrpcRequest(r, {
      getDb: () => Promise.resolve(db.db),
      getViewer: (r) => {
        const cookie = r.headers.get('cookie') ?? '';
        if (cookie.includes('session_token=editor.')) return Promise.resolve(EDITOR);
        return Promise.resolve(cookie.includes('session_token') ? ADMIN : null);
      },
    }),
  );
}

const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json: value }))}`;

describe('Cache-Control on /api/trpc', () => {
  it('says private, no-store on signed-in answers from admin and editor procedures', async () => {
    const users = await send('admin.user.list', { headers: SESSION });
    expect(users.status).toBe(200);
    expect(users.headers.get('cache-control')).toBe(PRIVATE_NO_STORE);
    const drafts = await send(`editor.commitment.list${input({})}`, { headers: EDITOR_SESSION });
    expect(drafts.status).toBe(200);
    expect(drafts.headers.get('cache-control')).toBe(PRIVATE_NO_STORE);
  });

  it('says it on refusals and in batches that hold one non-public call', async () => {
    const refused = await send('admin.user.list');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe(PRIVATE_NO_STORE);
    const batch = await send(`vocabulary.all,admin.user.list?batch=1&input=%7B%7D`, {
      headers: SESSION,
    });
    expect(batch.status).toBe(200);
    expect(batch.headers.get('cache-control')).toBe(PRIVATE_NO_STORE);
  });

  it('says it on mutations', async () => {
    const res = await send('editor.commitment.create', {
      method: 'POST',
      headers: { ...SESSION, 'content-type': 'application/json' },
      body: JSON.stringify({ json: {} }),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('cache-control')).toBe(PRIVATE_NO_STORE);
  });

  it('says it on a public query a signed-in user makes, and lets readers share theirs', async () => {
    const signedIn = await send('vocabulary.all', { headers: SESSION });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe(PRIVATE_NO_STORE);
    const reader = await send('vocabulary.all');
    expect(reader.status).toBe(200);
    expect(reader.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
  });

  it('answers a malformed procedure path with a 4xx, not a 500', async () => {
    const res = await send('%E0%A4%A');
    expect([400, 404]).toContain(res.status);
  });
});
