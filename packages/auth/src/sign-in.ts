import { isDatabaseUnavailable } from '@accord/db';
import { lockoutMessage, SIGN_IN_THROTTLED_CODE } from './auth';
import { SIGN_IN_UNAVAILABLE_MESSAGE } from './messages';
import { THROTTLE } from './throttle';

export type SignInResult =
  | { ok: true }
  /** Wrong password, unknown email or disabled account: deliberately one answer. */
  | { ok: false; reason: 'refused' }
  | { ok: false; reason: 'locked'; retryAfter: number; message: string }
  /** The database cannot be reached: nothing about the credentials is known. */
  | { ok: false; reason: 'unavailable'; message: string };

/** The part of the auth instance a sign-in needs (a stub in tests). */
export interface SignInApi {
  api: { signInEmail: (args: { body: Credentials; headers: Headers }) => Promise<unknown> };
}

interface Credentials {
  email: string;
  password: string;
}

interface ApiErrorShape {
  statusCode: number;
  message: string;
  code: unknown;
  headers: unknown;
}

/**
 * better-auth's APIError by its shape, not its class: a bundle can hold two copies of the
 * class (Next bundles a server action apart from the package that throws), and then
 * `instanceof` is false and every refused sign-in became a 500.
 */
function asApiError(error: unknown): ApiErrorShape | null {
  if (!(error instanceof Error) || error.name !== 'APIError') return null;
  const { statusCode, body, headers } = error as Error & {
    statusCode?: unknown;
    body?: { code?: unknown } | null;
    headers?: unknown;
  };
  if (typeof statusCode !== 'number') return null;
  return { statusCode, message: error.message, code: body?.code, headers };
}

function retryAfterOf(headers: unknown): number {
  let value: unknown;
  if (headers instanceof Headers) value = headers.get('retry-after');
  else if (headers && typeof headers === 'object') {
    value = (headers as Record<string, unknown>)['Retry-After'];
  }
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : THROTTLE.lockMs / 1000;
}

/**
 * Signs in with an email and password through better-auth (so its cookies, hooks and the
 * throttle all apply) and says what happened instead of throwing, "unavailable" included
 * when the database cannot be reached. Any other failure (a bug) still throws.
 */
export async function signInWithPassword(
  auth: SignInApi,
  credentials: Credentials,
  headers: Headers,
): Promise<SignInResult> {
  try {
    await auth.api.signInEmail({ body: credentials, headers });
    return { ok: true };
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      return { ok: false, reason: 'unavailable', message: SIGN_IN_UNAVAILABLE_MESSAGE };
    }
    const apiError = asApiError(error);
    if (!apiError) throw error;
    if (apiError.statusCode === 429 || apiError.code === SIGN_IN_THROTTLED_CODE) {
      const retryAfter = retryAfterOf(apiError.headers);
      return { ok: false, reason: 'locked', retryAfter, message: lockoutMessage(retryAfter) };
    }
    // 401 (refused), 400 (malformed email) or 403 (origin check): nothing more to tell.
    if (apiError.statusCode >= 400 && apiError.statusCode < 500) {
      return { ok: false, reason: 'refused' };
    }
    throw error;
  }
}
