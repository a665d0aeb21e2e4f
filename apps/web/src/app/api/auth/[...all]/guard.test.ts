import { type Auth, createAuth, createUserAccount } from '@accord/auth';
import { type DbHandle, users } from '@accord/db';
import { createTestDb } from '@accord/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_MAX_BODY_BYTES, serveAuthRequest } from './guard';

const BASE = 'http://localhost:3000';
const PASSWORD = 'correct horse battery';

let handle: DbHandle;
let auth: Auth;
// Slow on a loaded machine, where every test file migrates its own database at once.
beforeAll(async () => {
  handle = await createTestDb({ seed: false });
  auth = createAuth(handle.db, { secret: 'x'.repeat(32), baseURL: BASE });
}, 600_000);
afterAll(async () => {
  await handle.close();
}, 600_000);

/** /api/auth as the route serves it: the guard, then better-auth. */
const serve = (req: Request) => serveAuthRequest(req, (limited) => auth.handler(limited));

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return serve(
    new Request(`${BASE}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, ...headers },
      body,
    }),
  );
}

let serial = 0;
async function signedInEditor() {
  const email = `guard-${++serial}@example.org`;
  const name = `Editor ${serial}`;
  const id = await createUserAccount(handle.db, {
    email,
    name,
    role: 'editor',
    password: PASSWORD,
  });
  const response = await post('/sign-in/email', JSON.stringify({ email, password: PASSWORD }));
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  return { id, email, name, cookie };
}

async function nameOf(id: string) {
  const rows = await handle.db.select({ id: users.id, name: users.name }).from(users);
  return rows.find((row) => row.id === id)?.name;
}

describe('/api/auth', () => {
  it('refuses update-user: an editor cannot set the name readers see', async () => {
    const editor = await signedInEditor();
    const response = await post('/update-user', JSON.stringify({ name: 'Accord editors' }), {
      cookie: editor.cookie,
    });
    expect(response.status).toBe(404);
    expect(await nameOf(editor.id)).toBe(editor.name);
  });

  it('answers 413 to a 10 MB body, declared or streamed, before better-auth reads it', async () => {
    const editor = await signedInEditor();
    const huge = JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024) });
    expect((await post('/update-user', huge, { cookie: editor.cookie })).status).toBe(413);
    const signIn = JSON.stringify({ email: editor.email, password: 'p'.repeat(10 * 1024 * 1024) });
    const response = await post('/sign-in/email', signIn);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });

    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(AUTH_MAX_BODY_BYTES));
        controller.close();
      },
    });
    const streamed = await serve(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE },
        body: chunked,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it('answers 400, not 500, to a NUL or half a surrogate pair anywhere in the input', async () => {
    const editor = await signedInEditor();
    for (const body of [
      JSON.stringify({ email: 'a\u0000@example.org', password: PASSWORD }),
      JSON.stringify({ email: editor.email, password: 'pass\u0000word-long-enough' }),
      JSON.stringify({ email: editor.email, password: 'broken \ud800 password' }),
      JSON.stringify({ email: editor.email, password: PASSWORD, ['k\u0000']: 1 }),
    ]) {
      const response = await post('/sign-in/email', body);
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    }
    const form = await post('/sign-in/email', `email=a%00%40example.org&password=x`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const query = await serve(new Request(`${BASE}/api/auth/get-session?x=%00`));
    expect(query.status).toBe(400);
    expect((await post('/sign-in/email', '{"email": ')).status).toBe(400);
  });

  it('still signs in, reads the session and signs out', async () => {
    const editor = await signedInEditor();
    const session = await serve(
      new Request(`${BASE}/api/auth/get-session`, { headers: { cookie: editor.cookie } }),
    );
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { email: editor.email } });
    expect((await post('/sign-out', '{}', { cookie: editor.cookie })).status).toBe(200);
    const refused = await post(
      '/sign-in/email',
      JSON.stringify({ email: editor.email, password: 'not the password at all' }),
    );
    expect(refused.status).toBe(401);
  });
});
