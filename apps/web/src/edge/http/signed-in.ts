import 'server-only';
import { SESSION_COOKIE_PATTERN } from '../../server/session-cookie';

/** Whether a request may come from a signed-in user: a session cookie or an Authorization header. */
export function isSignedInRequest(req: Request): boolean {
  if (req.headers.has('authorization')) return true;
  return SESSION_COOKIE_PATTERN.test(req.headers.get('cookie') ?? '');
}
