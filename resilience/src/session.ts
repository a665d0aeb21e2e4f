import { type AdminAccount } from './database';
import { type TrpcTarget } from './trpc';

const SIGN_IN_ENDPOINT = '/api/auth/sign-in/email';

/** Signs in through better-auth's endpoint as the sign-in page does; returns the cookie. */
export async function signIn(baseUrl: string, account: AdminAccount): Promise<TrpcTarget> {
  const res = await fetch(`${baseUrl}${SIGN_IN_ENDPOINT}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(baseUrl).origin },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => c.includes('session_token'))
    .join('; ');
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { baseUrl, cookie };
}
