import 'server-only';
import {
  type Auth,
  createAuth,
  readAuthEnv,
  SIGN_IN_UNAVAILABLE_MESSAGE,
  type SignInResult,
  sessionUser,
  signInWithPassword,
} from '@accord/auth';
import { getDb, isDatabaseUnavailable } from '@accord/db';
import { nextCookies } from 'better-auth/next-js';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { REQUESTED_PATH_HEADER } from '../proxy';
import { SESSION_COOKIE_PATTERN } from './session-cookie';

const globalForAuth = globalThis as unknown as { accordAuth?: Promise<Auth> };

/** The process-wide better-auth instance, on the shared database. */
export function getAuth(): Promise<Auth> {
  globalForAuth.accordAuth ??= getDb()
    .then(({ db }) => createAuth(db, readAuthEnv(), [nextCookies()]))
    .catch((error: unknown) => {
      globalForAuth.accordAuth = undefined;
      throw error;
    });
  return globalForAuth.accordAuth;
}

export { SESSION_COOKIE_PATTERN };

/**
 * A password sign-in for the sign-in form: "unavailable" (not an error) when the database
 * cannot be reached, including when it cannot even be opened for better-auth.
 */
export async function signInForForm(
  credentials: { email: string; password: string },
  requestHeaders: Headers,
): Promise<SignInResult> {
  let auth: Auth;
  try {
    auth = await getAuth();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return { ok: false, reason: 'unavailable', message: SIGN_IN_UNAVAILABLE_MESSAGE };
  }
  return signInWithPassword(auth, credentials, requestHeaders);
}

/** The signed-in user for this request, or null. Readers without a cookie cost no query. */
export const getViewer = cache(async () => {
  const requestHeaders = await headers();
  if (!SESSION_COOKIE_PATTERN.test(requestHeaders.get('cookie') ?? '')) return null;
  return sessionUser(await getAuth(), requestHeaders);
});

/**
 * For admin pages: the signed-in user, or a redirect to sign-in that comes back to the page
 * that was asked for (set by proxy.ts; `fallback` when it is missing).
 */
export async function requireViewer(fallback: string) {
  const viewer = await getViewer();
  if (!viewer) {
    const requested = (await headers()).get(REQUESTED_PATH_HEADER);
    const returnTo = requested?.startsWith('/admin') ? requested : fallback;
    redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  }
  return viewer;
}
