import 'server-only';
import { ReadCache } from '../cache/read-cache';
import { SESSION_COOKIE_PATTERN } from '../../server/session-cookie';

// One cache per process, kept on globalThis so every route bundle (REST, tRPC, the server
// actions that publish) shares it and its generation, like the rate limiter.
const CACHE = Symbol.for('accord.readCache');

/** The published-data cache of anonymous public reads (see ReadCache); purged by edge/invalidate.ts. */
export function readCache(): ReadCache {
  const store = globalThis as { [CACHE]?: ReadCache };
  store[CACHE] ??= new ReadCache();
  return store[CACHE];
}

/** Whether a request may come from a signed-in user: a session cookie or an Authorization header. */
export function isSignedInRequest(req: Request): boolean {
  if (req.headers.has('authorization')) return true;
  return SESSION_COOKIE_PATTERN.test(req.headers.get('cookie') ?? '');
}

/**
 * Whether a request may be answered from, and stored in, the cache: a GET or HEAD from a
 * signed-out reader (no session cookie, no Authorization header).
 */
export function isAnonymousRead(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return !isSignedInRequest(req);
}
