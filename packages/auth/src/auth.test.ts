import { type DbHandle, loginThrottle, sessions, users } from '@accord/db';
import { createTestDb } from '@accord/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Auth,
  createAuth,
  type PasswordHasher,
  SCRYPT_HASHER,
  SERVED_AUTH_PATHS,
  sessionUser,
} from './auth';
import { signInWithPassword } from './sign-in';
import { recordFailure, THROTTLE } from './throttle';
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

  it('refuses the sixth of thirty concurrent wrong passwords: 5 × 401, then 429', async () => {
    const { email } = await newUser();
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () => signIn(email, 'not the password at all')),
    ).then((responses) => responses.map((r) => r.status));
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLE.maxFailures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - THROTTLE.maxFailures);
    expect((await signIn(email, PASSWORD)).status).toBe(429);
  });

  it('holds the same count across three instances on one database', async () => {
    const instances = [0, 1, 2].map(() =>
      createAuth(handle.db, { secret: 'x'.repeat(32), baseURL: BASE }),
    );
    const { email } = await newUser();
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn(email, 'not the password at all', instances[i % 3]),
      ),
    ).then((responses) => responses.map((r) => r.status));
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLE.maxFailures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - THROTTLE.maxFailures);
  });

  it('does not count a malformed sign-in against the email', async () => {
    const { email } = await newUser();
    for (let i = 0; i < THROTTLE.maxFailures + 2; i++) {
      const response = await post(auth, '/sign-in/email', { email, password: 12345 });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).not.toBe(429);
    }
    expect((await signIn(email, PASSWORD)).status).toBe(200);
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

/** The real hasher, counting how many password checks (hash or verify) each sign-in costs. */
function countingHasher() {
  const counts = { hash: 0, verify: 0 };
  const hasher: PasswordHasher = {
    hash: (password) => {
      counts.hash++;
      return SCRYPT_HASHER.hash(password);
    },
    verify: (data) => {
      counts.verify++;
      return SCRYPT_HASHER.verify(data);
    },
  };
  return { hasher, counts, reset: () => Object.assign(counts, { hash: 0, verify: 0 }) };
}

describe('the cost of a sign-in says nothing about the account', () => {
  // Timing is not asserted (it is noisy on a busy machine); the cause of it is: every answer
  // pays for exactly one scrypt run, which is what a sign-in costs.
  it('spends exactly one password check on every answer: right, wrong, unknown, disabled, locked', async () => {
    const { hasher, counts, reset } = countingHasher();
    const counted = createAuth(handle.db, { secret: 'x'.repeat(32), baseURL: BASE }, [], hasher);
    const { email } = await newUser();
    const { id: disabledId, email: disabled } = await newUser();
    await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabledId));
    const { email: locked } = await newUser();
    for (let i = 0; i < THROTTLE.maxFailures; i++) await recordFailure(handle.db, locked);

    const cases: [string, string, string, number][] = [
      ['right password', email, PASSWORD, 200],
      ['wrong password', email, 'not the password at all', 401],
      ['unknown email', 'nobody-at-all@example.org', PASSWORD, 401],
      ['disabled account', disabled, PASSWORD, 401],
      ['locked email', locked, PASSWORD, 429],
    ];
    for (const [what, who, password, status] of cases) {
      reset();
      expect((await signIn(who, password, counted)).status, what).toBe(status);
      expect(counts.hash + counts.verify, what).toBe(1);
    }
  });
});

describe('signInWithPassword', () => {
  const headers = () => new Headers({ origin: BASE });

  it('says ok for the right password, and one "refused" for wrong, unknown and disabled', async () => {
    const { email } = await newUser();
    const { id, email: disabled } = await newUser();
    await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
    expect(await signInWithPassword(auth, { email, password: PASSWORD }, headers())).toEqual({
      ok: true,
    });
    for (const credentials of [
      { email, password: 'not the password at all' },
      { email: 'nobody-else@example.org', password: PASSWORD },
      { email: disabled, password: PASSWORD },
    ]) {
      expect(await signInWithPassword(auth, credentials, headers())).toEqual({
        ok: false,
        reason: 'refused',
      });
    }
  });

  it('says "locked" with the wait once the email is locked', async () => {
    const { email } = await newUser();
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      await signInWithPassword(auth, { email, password: 'not the password at all' }, headers());
    }
    const result = await signInWithPassword(auth, { email, password: PASSWORD }, headers());
    expect(result).toEqual({
      ok: false,
      reason: 'locked',
      retryAfter: expect.any(Number) as number,
      message: 'Too many failed sign-ins for this email. Try again in 15 minutes.',
    });
  });

  it('recognises an APIError from another copy of the class, and rethrows anything else', async () => {
    // What a bundle with two copies of better-auth throws: the shape, not our class.
    const foreign = (statusCode: number, headers: Record<string, string> = {}) =>
      Object.assign(new Error('from another copy'), { name: 'APIError', statusCode, headers });
    const throwing = (error: Error) => ({
      api: { signInEmail: () => Promise.reject(error) },
    });
    const credentials = { email: 'a@example.org', password: PASSWORD };
    expect(await signInWithPassword(throwing(foreign(401)), credentials, headers())).toEqual({
      ok: false,
      reason: 'refused',
    });
    expect(
      await signInWithPassword(
        throwing(foreign(429, { 'Retry-After': '61' })),
        credentials,
        headers(),
      ),
    ).toEqual({
      ok: false,
      reason: 'locked',
      retryAfter: 61,
      message: 'Too many failed sign-ins for this email. Try again in 2 minutes.',
    });
    const down = new Error('connection refused');
    await expect(signInWithPassword(throwing(down), credentials, headers())).rejects.toBe(down);
    await expect(
      signInWithPassword(throwing(foreign(500)), credentials, headers()),
    ).rejects.toThrow('from another copy');
  });
});

describe('self-service account endpoints', () => {
  it('serves only sign-in, sign-out and get-session over HTTP: every other endpoint is 404', async () => {
    const paths = Object.values(auth.api)
      .map((endpoint) => (endpoint as { path?: unknown }).path)
      .filter((path): path is string => typeof path === 'string');
    expect(paths).toContain('/update-user');
    const others = paths.filter((path) => !SERVED_AUTH_PATHS.includes(path));
    expect(others.length).toBeGreaterThan(10);
    for (const path of others) {
      const concrete = path.replace(/:[a-zA-Z]+/g, 'x');
      expect((await post(auth, concrete, {})).status, `POST ${path}`).toBe(404);
      const get = await auth.handler(new Request(`${BASE}/api/auth${concrete}`));
      expect(get.status, `GET ${path}`).toBe(404);
    }
  });

  it('refuses a signed-in editor who renames themself through /update-user', async () => {
    const { id, email } = await newUser();
    const cookie = cookieFrom(await signIn(email, PASSWORD));
    const response = await auth.handler(
      new Request(`${BASE}/api/auth/update-user`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: BASE,
          cookie: cookie.get('cookie')!,
        },
        body: JSON.stringify({ name: 'Accord editors' }),
      }),
    );
    expect(response.status).toBe(404);
    const [row] = await handle.db.select({ name: users.name }).from(users).where(eq(users.id, id));
    expect(row?.name).not.toBe('Accord editors');
  });
});
