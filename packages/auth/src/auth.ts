import { accounts, type Database, sessions, users, verifications } from '@accord/db';
import { type UserRole } from '@accord/domain';
import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { type AuthEnv, isLocalOrigin } from './env';
import { claimAttempt, clearFailures, releaseAttempt, settleFailure } from './throttle';

export const SIGN_IN_PATH = '/sign-in/email';
export const AUTH_BASE_PATH = '/api/auth';

/**
 * The only better-auth endpoints served over HTTP. Everything else (update-user,
 * change-email, change-password, delete-user, sign-up, password resets, sessions lists...)
 * answers 404: accounts, names and passwords are set by admins through the audited admin
 * procedures, and the app calls getSession and signOut in-process, not over HTTP.
 */
export const SERVED_AUTH_PATHS: readonly string[] = [SIGN_IN_PATH, '/sign-out', '/get-session'];

/** Whether `pathname` (the full path, /api/auth/...) is one of SERVED_AUTH_PATHS. */
export function isServedAuthPath(pathname: string): boolean {
  return SERVED_AUTH_PATHS.some((path) => pathname === `${AUTH_BASE_PATH}${path}`);
}

/** Deny by default: a better-auth endpoint not in SERVED_AUTH_PATHS is not reachable. */
const servedPathsOnly = {
  id: 'accord-served-paths-only',
  onRequest: (request: Request) =>
    Promise.resolve(
      isServedAuthPath(new URL(request.url).pathname)
        ? undefined
        : { response: new Response('Not Found', { status: 404 }) },
    ),
} satisfies BetterAuthPlugin;

/** How sign-in hashes and checks passwords (better-auth's scrypt unless a test spies on it). */
export interface PasswordHasher {
  hash: (password: string) => Promise<string>;
  verify: (data: { hash: string; password: string }) => Promise<boolean>;
}

export const SCRYPT_HASHER: PasswordHasher = { hash: hashPassword, verify: verifyPassword };

/**
 * A well-formed hash no password matches, checked against when a sign-in is refused before
 * better-auth looks at the password (disabled or locked accounts), so those refusals cost one
 * password check like every other answer and their timing says nothing about the account.
 */
const DUMMY_HASH =
  '72b21ac8d0fb8980168cd6319f2a5716:0b1c659fb29f1e31e1f3ab3eac38b8f6c17c98fbf7a17d727ded144563480b9924af2325b1aee7de115f4b5a3bebe181c5771bdcfc8fee1c16866dbccb8829be';

export function lockoutMessage(waitSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
  return `Too many failed sign-ins for this email. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/**
 * One answer for an unknown email, a wrong password and a disabled account: the body
 * better-auth itself sends for the first two, so a disabled account is indistinguishable.
 */
export const SIGN_IN_FAILED = 'Invalid email or password';
export const SIGN_IN_FAILED_CODE = 'INVALID_EMAIL_OR_PASSWORD';
export const SIGN_IN_THROTTLED_CODE = 'SIGN_IN_THROTTLED';

function emailOf(body: unknown): string | null {
  if (body && typeof body === 'object' && 'email' in body && typeof body.email === 'string') {
    return body.email;
  }
  return null;
}

async function isDisabled(db: Database, where: { email?: string; id?: string }) {
  const [row] = await db
    .select({ disabledAt: users.disabledAt })
    .from(users)
    .where(where.id ? eq(users.id, where.id) : eq(users.email, (where.email ?? '').toLowerCase()))
    .limit(1);
  return row?.disabledAt != null;
}

function passwordOf(body: unknown): string {
  if (body && typeof body === 'object' && 'password' in body && typeof body.password === 'string') {
    return body.password;
  }
  return '';
}

export function createAuth(
  db: Database,
  env: AuthEnv,
  plugins: [] | [unknown] = [],
  hasher: PasswordHasher = SCRYPT_HASHER,
) {
  /** One password check whose answer is ignored: the cost of a real one, for refusals. */
  const spendOnePasswordCheck = async (body: unknown) => {
    await hasher.verify({ hash: DUMMY_HASH, password: passwordOf(body) });
  };

  return betterAuth({
    appName: 'Accord',
    baseURL: env.baseURL,
    basePath: AUTH_BASE_PATH,
    secret: env.secret,
    trustedOrigins: [env.baseURL],
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by admins (and the create-admin command), never by visitors.
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      // Every sign-in answer costs exactly one of these (better-auth hashes the password
      // for an unknown email; the hook below checks a dummy hash for refused accounts).
      password: hasher,
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, required: false, defaultValue: 'editor' },
        disabledAt: { type: 'date', input: false, required: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // Every request reads the session row, so revoking it ends the session at once.
      cookieCache: { enabled: false },
    },
    // Our own per-account throttle below; better-auth's per-IP limiter is off so that
    // editors behind one newsroom address do not lock each other out.
    rateLimit: { enabled: false },
    advanced: {
      // On in every environment: better-auth turns the Origin check off when NODE_ENV is
      // "test", so without this the tests would run a laxer server than production.
      disableOriginCheck: false,
      useSecureCookies: !isLocalOrigin(env.baseURL),
      cookiePrefix: 'accord',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    databaseHooks: {
      session: {
        create: {
          // Belt and braces: a disabled account never gets a session.
          before: async (session) => {
            if (await isDisabled(db, { id: session.userId })) return false;
            return { data: session };
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx.body);
        if (!email) return;
        // Counted before the password is checked, atomically: see throttle.ts.
        const wait = await claimAttempt(db, email);
        if (wait > 0) {
          await spendOnePasswordCheck(ctx.body);
          throw new APIError(
            'TOO_MANY_REQUESTS',
            { message: lockoutMessage(wait), code: SIGN_IN_THROTTLED_CODE },
            { 'Retry-After': String(wait) },
          );
        }
        if (await isDisabled(db, { email })) {
          await spendOnePasswordCheck(ctx.body);
          await settleFailure(db, email);
          throw new APIError('UNAUTHORIZED', {
            message: SIGN_IN_FAILED,
            code: SIGN_IN_FAILED_CODE,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const returned: unknown = ctx.context.returned;
        if (isAPIError(returned) && returned.statusCode === 401) {
          await settleFailure(db, email);
        } else if (!isAPIError(returned) && ctx.context.newSession) {
          await clearFailures(db, email);
        } else if (!(isAPIError(returned) && returned.statusCode === 429)) {
          // Neither refused nor signed in (a malformed request): give the attempt back.
          await releaseAttempt(db, email);
        }
      }),
    },
    // Typed as no plugins: none of them adds endpoints, so Auth is one type with or without.
    plugins: [servedPathsOnly, ...plugins] as unknown as [],
  });
}

export type Auth = ReturnType<typeof createAuth>;

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: UserRole;
}

/** The signed-in user for a request's headers, or null. */
export async function sessionUser(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string; disabledAt?: Date | null };
  if (user.disabledAt) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role === 'admin' ? 'admin' : 'editor',
  };
}
