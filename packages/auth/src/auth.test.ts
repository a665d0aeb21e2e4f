import { type DbHandle, loginThrottle, sessions, users } from '@accord/db';
import { createTestDb } from '@accord/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth, createAuth, sessionUser } from './auth';
import { THROTTLE } from './throttle';
import { createUserAccount, revokeUserSessions, setUserPassword } from './users';

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

let serial = 0;
async function newUser(role: 'editor' | 'admin' = 'editor') {
  const email = `auth-test-${++serial}@example.org`;
  const id = await createUserAccount(handle.db, {
    email,
    name: `User ${serial}`,
    role,
    password: PASSWORD,
  });
  return { id, email };
}

function post(target: Auth, path: string, body: unknown, origin = BASE, url = origin) {
  return target.handler(
    new Request(`${url}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify(body),
    }),
  );
}

const signIn = (email: string, password: string, target = auth) =>
  post(target, '/sign-in/email', { email, password });

/** The request headers a browser sends back after this response set its cookie. */
function cookieFrom(response: Response): Headers {
  const pairs = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => !c.endsWith('='));
  return new Headers({ cookie: pairs.join('; ') });
}

async function failureShape(response: Response) {
  return { status: response.status, body: await response.text() };
}

describe('sign-in through better-auth', () => {
  it('signs in with the right password: an HttpOnly, SameSite=Lax cookie, not Secure on localhost', async () => {
    const { id, email } = await newUser('admin');
    const response = await signIn(email, PASSWORD);
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('accord.session_token='));
    expect(session, cookies.join('\n')).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
    const user = await sessionUser(auth, cookieFrom(response));
    expect(user).toEqual({ id, name: expect.any(String) as string, email, role: 'admin' });
  });

  it('sets a Secure cookie when the site is served over https', async () => {
    const secure = createAuth(handle.db, {
      secret: 'x'.repeat(32),
      baseURL: 'https://accord.example.org',
    });
    const { email } = await newUser();
    const response = await post(
      secure,
      '/sign-in/email',
      { email, password: PASSWORD },
      'https://accord.example.org',
    );
    expect(response.status).toBe(200);
    const session = response.headers
      .getSetCookie()
      .find((c) => /^(__Secure-)?accord\.session_token=/.test(c));
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const { email } = await newUser();
    const wrong = await failureShape(await signIn(email, 'not the password at all'));
    const unknown = await failureShape(
      await signIn('nobody-here@example.org', 'not the password at all'),
    );
    expect(wrong.status).toBe(401);
    expect(unknown).toEqual(wrong);
  });

  it('answers a disabled account exactly like a wrong password, and gives it no session', async () => {
    const { id, email } = await newUser();
    await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
    const { email: other } = await newUser();
    const wrong = await failureShape(await signIn(other, 'not the password at all'));
    const disabled = await failureShape(await signIn(email, PASSWORD));
    expect(disabled).toEqual(wrong);
    const rows = await handle.db.select().from(sessions).where(eq(sessions.userId, id));
    expect(rows).toEqual([]);
  });

  it('locks an email after five failures: the sixth try gets 429 with Retry-After', async () => {
    const { email } = await newUser();
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      expect((await signIn(email, 'not the password at all')).status).toBe(401);
    }
    const locked = await signIn(email, PASSWORD);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE.lockMs / 1000);
    expect(locked.headers.getSetCookie()).toEqual([]);

    // An unknown email locks the same way, so a lock says nothing about which emails exist.
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      await signIn('ghost@example.org', 'not the password at all');
    }
    expect((await signIn('ghost@example.org', PASSWORD)).status).toBe(429);
  });

  it('clears the failures on a successful sign-in', async () => {
    const { email } = await newUser();
    for (let i = 0; i < THROTTLE.maxFailures - 1; i++) {
      await signIn(email, 'not the password at all');
    }
    expect((await signIn(email, PASSWORD)).status).toBe(200);
    expect(
      await handle.db.select().from(loginThrottle).where(eq(loginThrottle.key, email)),
    ).toEqual([]);
  });

  it('refuses sign-up', async () => {
    const response = await post(auth, '/sign-up/email', {
      email: 'visitor@example.org',
      password: PASSWORD,
      name: 'Visitor',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(
      await handle.db.select().from(users).where(eq(users.email, 'visitor@example.org')),
    ).toEqual([]);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const { id, email } = await newUser();
    const response = await post(
      auth,
      '/sign-in/email',
      { email, password: PASSWORD },
      'https://evil.example.com',
      BASE,
    );
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await handle.db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
  });
});

describe('sessions', () => {
  it('returns the role for a session, and null once its sessions are revoked', async () => {
    const { id, email } = await newUser('editor');
    const headers = cookieFrom(await signIn(email, PASSWORD));
    expect(await sessionUser(auth, headers)).toMatchObject({ id, email, role: 'editor' });
    expect(await revokeUserSessions(handle.db, id)).toBe(1);
    expect(await sessionUser(auth, headers)).toBeNull();
  });

  it('returns null for a user disabled while signed in', async () => {
    const { id, email } = await newUser();
    const headers = cookieFrom(await signIn(email, PASSWORD));
    await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
    expect(await sessionUser(auth, headers)).toBeNull();
  });

  it('signs in with a new password only, after an admin set one', async () => {
    const { id, email } = await newUser();
    const headers = cookieFrom(await signIn(email, PASSWORD));
    await setUserPassword(handle.db, id, 'a brand new password');
    expect(await sessionUser(auth, headers)).toBeNull();
    expect((await signIn(email, PASSWORD)).status).toBe(401);
    expect((await signIn(email, 'a brand new password')).status).toBe(200);
  });

  it('returns null without a cookie or with a forged one', async () => {
    expect(await sessionUser(auth, new Headers())).toBeNull();
    expect(
      await sessionUser(auth, new Headers({ cookie: 'accord.session_token=forged.value' })),
    ).toBeNull();
  });
});
