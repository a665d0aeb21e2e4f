/**
 * Operating the app (docs/operations.md): what an operator sees when things fail.
 *
 * Every secret is a canary, a value that must never appear in any output: the admin's
 * password and email, BETTER_AUTH_SECRET, the password inside DATABASE_URL (PostgreSQL: a
 * role with a checked password), the session cookie of a signed-in admin, an API key issued
 * to a script and a wrong one, a malformed cookie, wrong passwords. Then each failure path is
 * caused:
 *
 * - the database goes away while five ordinary requests come in (a tRPC editor list, /admin,
 *   /api/auth/get-session, an unknown /commitments/<slug>, a sign-in): PostgreSQL is
 *   stopped; the embedded database is held by another process when the server starts (what
 *   "away" can mean for PGlite: once open, it fails only with the process, see crash.test.ts).
 *   Every route class answers 503 with Retry-After, pages already cached keep serving, the
 *   sign-in form says it is unavailable, and the app recovers within seconds;
 * - a script's API key used once, a wrong key (401), failed and locked sign-ins, a malformed
 *   cookie, a hostile request;
 * - a wrong database password at start-up (PostgreSQL);
 * - CLI failures: `pnpm admin:create` with bad input, `pnpm db:migrate` that cannot open
 *   its database.
 *
 * Then, over everything captured (the servers' stdout and stderr, the CLIs' output): no
 * canary anywhere; every server line is JSON with a level; the outage's lines carry the
 * request ids its answers carried (X-Request-Id); at most a few lines per request.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppServer, type Target, targetEnv } from '../src/app-server';
import { config, postgresAvailable } from '../src/config';
import {
  type AdminAccount,
  freshPgliteTarget,
  openTarget,
  prepareDatabase,
  runPnpmAsync,
} from '../src/database';
import { SEED } from '../src/editor-work';
import { PostgresServer } from '../src/postgres-server';
import { signIn } from '../src/session';
import { dataOf, type TrpcTarget, trpcMutation } from '../src/trpc';

const hex = () => randomBytes(6).toString('hex');

/** How soon after the database is back the admin pages must serve again. */
const RECOVERY_MS = 10_000;
/** At most this many server lines may carry one request's id. */
const MAX_LINES_PER_REQUEST = 4;
/** What the sign-in form and better-auth's routes say while the database is away. */
const SIGN_IN_UNAVAILABLE = 'Sign-in is unavailable right now; try again in a minute.';

const enc = encodeURIComponent;
/** The probe that used to freeze the server (hostile.test.ts): a superjson self-reference. */
const HOSTILE = `/api/trpc/theme.list?input=${enc('{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["a.b"]}}}')}`;
const EDITOR_LIST = `/api/trpc/editor.commitment.list?input=${enc('{"json":{}}')}`;

/** The secrets of one engine's run: none of them may appear in any output. */
function canaries() {
  return {
    adminEmail: `canary-admin-${hex()}@example.org`,
    adminPassword: `CanaryAdminPw-${hex()}`,
    authSecret: `CanaryAuthSecret-${hex()}${hex()}${hex()}`,
    dbPassword: `CanaryDbPw${hex()}`,
    wrongDbPassword: `CanaryWrongDbPw${hex()}`,
    wrongAdminPassword: `CanaryWrongPw-${hex()}`,
    malformedCookie: `CanaryCookie-${hex()}`,
    cliPassword: `CanaryCliPw-${hex()}`,
    /** Shaped like a key (acc_ + 43 characters), so it reaches the key lookup. */
    wrongApiKey: `acc_CanaryWrongKey${hex()}${hex()}${hex()}`.slice(0, 47),
    /** Words of a refused write (a bulk note and a tag over their bounds): never logged. */
    refusedInput: `CanaryRefusedInput${hex()}`,
  };
}
type Canaries = ReturnType<typeof canaries>;

interface Answer {
  what: string;
  status: number;
  text: string;
  headers: Headers;
  requestId: string | null;
}

async function ask(
  baseUrl: string,
  what: string,
  path: string,
  init: RequestInit = {},
): Promise<Answer> {
  const res = await fetch(`${baseUrl}${path}`, {
    redirect: 'manual',
    ...init,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return {
    what,
    status: res.status,
    text,
    headers: res.headers,
    requestId: res.headers.get('x-request-id'),
  };
}

const said = (a: Answer) => `${a.what} answered ${a.status}: ${a.text.slice(0, 300)}`;

function signInPost(baseUrl: string, email: string, password: string): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  };
}

/** The five requests of the outage walk, as a signed-in admin and a reader send them. */
function fiveRequests(editor: TrpcTarget, admin: AdminAccount) {
  const cookie = { headers: { cookie: editor.cookie! } };
  const unknown = `/commitments/no-such-${hex()}`;
  return [
    ['tRPC editor list', EDITOR_LIST, cookie],
    ['/admin', '/admin', cookie],
    ['get-session', '/api/auth/get-session', cookie],
    ['unknown commitment', unknown, {}],
    ['sign-in', '/api/auth/sign-in/email', signInPost(editor.baseUrl, admin.email, admin.password)],
  ] as const;
}

/**
 * The sign-in form as a browser without JavaScript submits it: the server action's hidden
 * fields from the page, plus the email and password, as multipart form data.
 */
async function submitSignInForm(
  baseUrl: string,
  formPage: string,
  email: string,
  password: string,
): Promise<Answer> {
  const form = new FormData();
  for (const m of formPage.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (name)
      form.append(
        name.replaceAll('&amp;', '&'),
        value.replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
      );
  }
  form.append('email', email);
  form.append('password', password);
  return ask(baseUrl, 'sign-in form', '/sign-in', {
    method: 'POST',
    headers: { origin: baseUrl },
    body: form,
  });
}

/** A 503 as promised: Retry-After, never stored, no internals. */
function expectDesigned503(answer: Answer): void {
  expect(answer.status, said(answer)).toBe(503);
  expect(answer.headers.get('retry-after'), `${answer.what}: Retry-After`).toMatch(/^\d+$/);
  expect(answer.headers.get('cache-control'), `${answer.what}: Cache-Control`).toContain(
    'no-store',
  );
  expect(answer.headers.get('set-cookie'), `${answer.what}: no Set-Cookie`).toBeNull();
  expect(answer.text, `${answer.what}: no internals`).not.toMatch(
    /ECONNREFUSED|127\.0\.0\.1|node_modules|\bat .*\(|DataDirLocked|postgres:\/\//,
  );
}

/** Polls `path` until it answers `status`; returns how long that took. */
async function until(
  baseUrl: string,
  path: string,
  init: RequestInit,
  status: number,
  limitMs: number,
): Promise<number> {
  const started = Date.now();
  let last: Answer | null = null;
  while (Date.now() - started < limitMs + 5_000) {
    last = await ask(baseUrl, path, path, init);
    if (last.status === status) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} did not answer ${status}: ${last ? said(last) : 'no answer'}`);
}

/** Everything one engine's run captured, and the ids of the outage's answers. */
interface Captured {
  servers: AppServer[];
  cli: string[];
  outageIds: string[];
  sessionValues: string[];
}

/** The checks over the captured output, shared by both engines. */
function outputChecks(captured: () => Captured, secrets: () => string[]) {
  const serverLines = () => captured().servers.flatMap((s) => s.allOutput);

  it('no canary appears anywhere in what the servers and the CLIs wrote', () => {
    const all = [...serverLines(), ...captured().cli];
    const found: string[] = [];
    for (const secret of [...secrets(), ...captured().sessionValues]) {
      const hits = all.filter((line) => line.includes(secret));
      if (hits.length > 0)
        found.push(`${secret}: ${hits.length} lines, e.g. ${hits[0]!.slice(0, 200)}`);
    }
    expect(found).toEqual([]);
  });

  it('every server line is JSON with a level (needs the logger of t21-log)', () => {
    const bad = serverLines().filter((line) => {
      try {
        const parsed = JSON.parse(line) as { level?: unknown };
        return parsed.level === undefined;
      } catch {
        return true;
      }
    });
    expect(bad.slice(0, 5), `${bad.length} of ${serverLines().length} lines`).toEqual([]);
  });

  it("the outage's lines carry the request ids its answers carried, a few lines each", () => {
    const { outageIds } = captured();
    expect(outageIds.length, 'every outage answer carries X-Request-Id').toBeGreaterThan(0);
    const lines = serverLines();
    const perId = outageIds.map((id) => [id, lines.filter((l) => l.includes(id)).length] as const);
    expect(
      perId.filter(([, n]) => n === 0),
      'ids with no line',
    ).toEqual([]);
    expect(
      perId.filter(([, n]) => n > MAX_LINES_PER_REQUEST),
      'ids with too many lines',
    ).toEqual([]);
  });
}

/**
 * An API key issued to the admin and used by a script, and a wrong key: the issued key joins
 * the canaries (`secrets`), since neither may appear in any output.
 */
async function apiKeyPaths(editor: TrpcTarget, c: Canaries, secrets: string[]): Promise<void> {
  const cookie = { headers: { cookie: editor.cookie! } };
  const session = await ask(editor.baseUrl, 'get-session', '/api/auth/get-session', cookie);
  const userId = (JSON.parse(session.text) as { user: { id: string } }).user.id;
  const created = dataOf(
    'admin.apiKey.create',
    await trpcMutation(editor, 'admin.apiKey.create', {
      userId,
      name: 'operations canary script',
      scope: 'editor',
      expiresInDays: 30,
    }),
  );
  secrets.push(created.key);
  const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
  const withKey = await ask(
    editor.baseUrl,
    'editor list, API key',
    EDITOR_LIST,
    bearer(created.key),
  );
  expect(withKey.status, said(withKey)).toBe(200);
  const wrong = await ask(
    editor.baseUrl,
    'editor list, wrong key',
    EDITOR_LIST,
    bearer(c.wrongApiKey),
  );
  expect(wrong.status, said(wrong)).toBe(401);

  // Refused bulk writes, sent with the key: a note over its 1,000 characters to the admins'
  // bulkMove, and 51 items with an overlong tag to the editors' bulk. 4xx, input not logged.
  const post = (input: unknown) => ({
    method: 'POST',
    headers: {
      ...bearer(created.key).headers,
      'content-type': 'application/json',
      origin: new URL(editor.baseUrl).origin,
    },
    body: JSON.stringify({ json: input }),
  });
  const items = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: i + 1, expectedVersion: 1 }));
  const longNote = await ask(
    editor.baseUrl,
    'bulk publish, note over the bound',
    '/api/trpc/editor.commitment.bulkMove',
    post({ to: 'published', items: items(1), note: `${c.refusedInput} `.repeat(60) }),
  );
  expect([400, 403], said(longNote)).toContain(longNote.status);
  const tooMany = await ask(
    editor.baseUrl,
    'bulk retag, 51 items',
    '/api/trpc/editor.commitment.bulk',
    post({ action: 'addTag', tag: c.refusedInput.repeat(20), items: items(51) }),
  );
  expect(tooMany.status, said(tooMany)).toBe(400);
}

/** Failed and locked sign-ins, a malformed cookie, a hostile request: 4xx, never 5xx. */
async function failurePaths(baseUrl: string, admin: AdminAccount, c: Canaries): Promise<void> {
  const malformed = { headers: { cookie: `accord.session_token=${c.malformedCookie}.x%00y` } };
  const adminPage = await ask(baseUrl, '/admin with a malformed cookie', '/admin', malformed);
  expect([200, 303, 307], said(adminPage)).toContain(adminPage.status);
  const session = await ask(baseUrl, 'get-session, malformed', '/api/auth/get-session', malformed);
  expect(session.status, said(session)).toBe(200);
  const list = await ask(baseUrl, 'editor list, malformed', EDITOR_LIST, malformed);
  expect(list.status, said(list)).toBe(401);

  const hostile = await ask(baseUrl, 'hostile superjson', HOSTILE);
  expect(hostile.status, said(hostile)).toBe(400);

  for (let i = 0; i < 5; i++) {
    const refused = await ask(
      baseUrl,
      `wrong password ${i + 1}`,
      '/api/auth/sign-in/email',
      signInPost(baseUrl, admin.email, c.wrongAdminPassword),
    );
    expect(refused.status, said(refused)).toBe(401);
  }
  const locked = await ask(
    baseUrl,
    'locked sign-in',
    '/api/auth/sign-in/email',
    signInPost(baseUrl, admin.email, admin.password),
  );
  expect(locked.status, said(locked)).toBe(429);
  expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
}

/** CLI failures: bad input to admin:create, a migration that cannot open its database. */
async function cliFailures(
  target: Target,
  c: Canaries,
  badTarget: Target,
  out: string[],
): Promise<void> {
  const [badEmail, migrate] = await Promise.all([
    runPnpmAsync(['admin:create', '--email', 'not-an-email', '--name', 'X'], {
      ...targetEnv(target),
      ACCORD_ADMIN_PASSWORD: c.cliPassword,
    }),
    runPnpmAsync(['db:migrate'], targetEnv(badTarget)),
  ]);
  out.push(badEmail.output, migrate.output);
  expect(badEmail.status, badEmail.output).not.toBe(0);
  expect(migrate.status, migrate.output).not.toBe(0);
}

describe.skipIf(!postgresAvailable() && !config.isCI)(
  'operations on PostgreSQL: an outage, failures and what the logs hold',
  () => {
    const c = canaries();
    const admin: AdminAccount = { email: c.adminEmail, password: c.adminPassword };
    const captured: Captured = { servers: [], cli: [], outageIds: [], sessionValues: [] };
    let pg: PostgresServer;
    let url: string;
    let server: AppServer;
    let editor: TrpcTarget;
    let formPage = '';
    const results: Record<string, unknown> = {};

    beforeAll(async () => {
      pg = await PostgresServer.start();
      await pg.createDatabase('accord_ops');
      url = await pg.createPasswordRole('accord_canary', c.dbPassword, 'accord_ops');
      prepareDatabase({ kind: 'postgres', url }, { admin, log: captured.cli });
      server = await AppServer.start({ kind: 'postgres', url }, undefined, {
        env: { BETTER_AUTH_SECRET: c.authSecret },
        keepAllOutput: true,
      });
      captured.servers.push(server);
      editor = await signIn(server.baseUrl, admin);
      const value = editor.cookie!.split('=').slice(1).join('=');
      captured.sessionValues.push(value, decodeURIComponent(value).split('.')[0]!);
      // Pages readers have seen: in the front cache when the database goes away.
      for (const page of ['/', SEED.commitmentPage, SEED.briefPage]) {
        for (let i = 0; i < 2; i++) {
          const res = await ask(server.baseUrl, page, page);
          expect(res.status, said(res)).toBe(200);
        }
      }
      formPage = (await ask(server.baseUrl, '/sign-in', '/sign-in')).text;
    });

    afterAll(async () => {
      console.log(`RESULT operations postgres ${JSON.stringify(results)}`);
      for (const s of captured.servers) await s.stop();
      pg?.remove();
    });

    it('PostgreSQL stops while the five requests come in: 200 or 503, never another 5xx', async () => {
      let done = false;
      const stopped = pg.stopAsync().finally(() => (done = true));
      const statuses: string[] = [];
      await Promise.all(
        [0, 1, 2].map(async () => {
          while (!done) {
            for (const [what, path, init] of fiveRequests(editor, admin)) {
              const a = await ask(server.baseUrl, what, path, init);
              statuses.push(`${what} ${a.status}`);
              if (a.requestId && a.status === 503) captured.outageIds.push(a.requestId);
            }
          }
        }),
      );
      await stopped;
      results.whileStopping = statuses.length;
      const bad = statuses.filter((s) => /\s5\d\d$/.test(s) && !s.endsWith(' 503'));
      expect(bad, 'answers other than 503 among the 5xx').toEqual([]);
    });

    it('with PostgreSQL stopped, every route class answers 503 with Retry-After', async () => {
      const started = Date.now();
      for (const [what, path, init] of [
        ...fiveRequests(editor, admin),
        ['unknown party', `/parties/no-such-${hex()}`, {}] as const,
      ]) {
        const a = await ask(server.baseUrl, what, path, init);
        expectDesigned503(a);
        if (a.requestId) captured.outageIds.push(a.requestId);
        if (what === '/admin') expect(a.text).toContain('You are still signed in');
        if (what === 'unknown commitment') expect(a.text).toContain('Temporarily unavailable');
        if (what === 'sign-in' || what === 'get-session')
          expect(a.text).toContain(SIGN_IN_UNAVAILABLE);
      }
      results.outageWalkMs = Date.now() - started;
      const form = await submitSignInForm(server.baseUrl, formPage, admin.email, admin.password);
      expect(form.text, said(form)).toContain(SIGN_IN_UNAVAILABLE);
      for (const page of ['/', SEED.commitmentPage, SEED.briefPage]) {
        const res = await ask(server.baseUrl, page, page);
        expect(res.status, `cached ${said(res)}`).toBe(200);
      }
    });

    it('recovers within seconds: the admin still signed in, no 503 was stored', async () => {
      pg.restart();
      const cookie = { headers: { cookie: editor.cookie! } };
      results.recoveryMs = await until(server.baseUrl, '/admin', cookie, 200, RECOVERY_MS);
      expect(results.recoveryMs).toBeLessThan(RECOVERY_MS);
      const session = await ask(server.baseUrl, 'get-session', '/api/auth/get-session', cookie);
      expect(session.status, said(session)).toBe(200);
      expect(session.text).toContain('"user"');
      const unknown = await ask(server.baseUrl, 'unknown', `/commitments/no-such-${hex()}`);
      expect(unknown.status, said(unknown)).toBe(404);
    });

    it('an API key works and a wrong one gets 401; failed and locked sign-ins, a malformed cookie and a hostile request get 4xx', async () => {
      await apiKeyPaths({ ...editor, baseUrl: server.baseUrl }, c, captured.sessionValues);
      await failurePaths(server.baseUrl, admin, c);
    });

    it('with a wrong database password at start-up, the server answers 503, not 500', async () => {
      const wrong = new URL(url);
      wrong.password = c.wrongDbPassword;
      const bad = await AppServer.start({ kind: 'postgres', url: wrong.toString() }, undefined, {
        env: { BETTER_AUTH_SECRET: c.authSecret },
        keepAllOutput: true,
        liveOnly: true,
      });
      captured.servers.push(bad);
      const cookie = { headers: { cookie: editor.cookie! } };
      for (const [what, path, init] of [
        ['readiness', '/api/health/ready', {}],
        ['tRPC editor list', EDITOR_LIST, cookie],
        ['/admin', '/admin', cookie],
        ['get-session', '/api/auth/get-session', cookie],
      ] as const) {
        expectDesigned503(await ask(bad.baseUrl, what, path, init));
      }
      await bad.stop();
    });

    it('CLI failures exit non-zero', async () => {
      const wrong = new URL(url);
      wrong.password = c.wrongDbPassword;
      await cliFailures(
        { kind: 'postgres', url },
        c,
        { kind: 'postgres', url: wrong.toString() },
        captured.cli,
      );
    });

    describe('what the logs hold', () => {
      beforeAll(async () => {
        await server.stop();
      });
      outputChecks(
        () => captured,
        () => Object.values(c),
      );
    });
  },
);

describe('operations on the embedded database: held by another process, failures, logs', () => {
  const c = canaries();
  const admin: AdminAccount = { email: c.adminEmail, password: c.adminPassword };
  const captured: Captured = { servers: [], cli: [], outageIds: [], sessionValues: [] };
  const fresh = freshPgliteTarget();
  const target = fresh.target;
  let server: AppServer;
  let editor: TrpcTarget;
  let formPage = '';
  const results: Record<string, unknown> = {};
  const options = { env: { BETTER_AUTH_SECRET: c.authSecret }, keepAllOutput: true };

  beforeAll(async () => {
    prepareDatabase(target, { admin, log: captured.cli });
    const first = await AppServer.start(target, undefined, options);
    captured.servers.push(first);
    editor = await signIn(first.baseUrl, admin);
    const value = editor.cookie!.split('=').slice(1).join('=');
    captured.sessionValues.push(value, decodeURIComponent(value).split('.')[0]!);
    formPage = (await ask(first.baseUrl, '/sign-in', '/sign-in')).text;
    await first.stop();
  });

  afterAll(async () => {
    console.log(`RESULT operations pglite ${JSON.stringify(results)}`);
    for (const s of captured.servers) await s.stop();
    fresh.remove();
  });

  it('while another process holds the data dir, every route class answers 503; then recovers', async () => {
    // What an operator causes by running a migration or an import while the server starts.
    const holder = await openTarget(target);
    let released = false;
    try {
      server = await AppServer.start(target, undefined, { ...options, liveOnly: true });
      captured.servers.push(server);
      const base = server.baseUrl;
      editor = { ...editor, baseUrl: base };
      for (const [what, path, init] of [
        ...fiveRequests(editor, admin),
        ['unknown party', `/parties/no-such-${hex()}`, {}] as const,
        ['readiness', '/api/health/ready', {}] as const,
      ]) {
        const a = await ask(base, what, path, init);
        expectDesigned503(a);
        if (a.requestId) captured.outageIds.push(a.requestId);
        if (what === '/admin') expect(a.text).toContain('You are still signed in');
      }
      const form = await submitSignInForm(base, formPage, admin.email, admin.password);
      expect(form.text, said(form)).toContain(SIGN_IN_UNAVAILABLE);
      // The home page was prerendered by the build: Next's cache serves it without the database.
      const home = await ask(base, '/', '/');
      expect(home.status, said(home)).toBe(200);

      await holder.close();
      released = true;
      const cookie = { headers: { cookie: editor.cookie! } };
      results.recoveryMs = await until(base, '/admin', cookie, 200, RECOVERY_MS);
      expect(results.recoveryMs).toBeLessThan(RECOVERY_MS);
      const unknown = await ask(base, 'unknown', `/commitments/no-such-${hex()}`);
      expect(unknown.status, said(unknown)).toBe(404);
    } finally {
      if (!released) await holder.close();
    }
  });

  it('an API key works and a wrong one gets 401; failed and locked sign-ins, a malformed cookie and a hostile request get 4xx', async () => {
    await apiKeyPaths({ ...editor, baseUrl: server.baseUrl }, c, captured.sessionValues);
    await failurePaths(server.baseUrl, admin, c);
  });

  it('CLI failures exit non-zero (the data dir is held by the server meanwhile)', async () => {
    await cliFailures(target, c, target, captured.cli);
  });

  describe('what the logs hold', () => {
    beforeAll(async () => {
      await server.stop();
    });
    outputChecks(
      () => captured,
      () => Object.values(c).filter((v) => v !== c.wrongDbPassword && v !== c.dbPassword),
    );
  });
});
