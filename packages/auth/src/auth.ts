import { accounts, type Database, sessions, users, verifications } from '@accord/db';
import { type UserRole } from '@accord/domain';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import { type AuthEnv, isLocalOrigin } from './env';
import { clearFailures, lockedFor, recordFailure } from './throttle';

export const SIGN_IN_PATH = '/sign-in/email';
export const AUTH_BASE_PATH = '/api/auth';

/**
 * One answer for an unknown email, a wrong password and a disabled account: the body
 * better-auth itself sends for the first two, so a disabled account is indistinguishable.
 */
export const SIGN_IN_FAILED = 'Invalid email or password';
export const SIGN_IN_FAILED_CODE = 'INVALID_EMAIL_OR_PASSWORD';

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

export function createAuth(db: Database, env: AuthEnv, plugins: [] | [unknown] = []) {
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
        const wait = await lockedFor(db, email);
        if (wait > 0) {
          throw new APIError(
            'TOO_MANY_REQUESTS',
            {
              message: `Too many failed sign-ins for this email. Try again in ${Math.ceil(wait / 60)} minutes.`,
              code: 'SIGN_IN_THROTTLED',
            },
            { 'Retry-After': String(wait) },
          );
        }
        if (await isDisabled(db, { email })) {
          await recordFailure(db, email);
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
        if (returned instanceof APIError) {
          if (returned.statusCode === 401) await recordFailure(db, email);
        } else if (ctx.context.newSession) {
          await clearFailures(db, email);
        }
      }),
    },
    plugins: plugins as [],
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
