import 'server-only';
import { POLICY } from '@accord/api';
import { TRPC_ENDPOINT } from '@accord/api';
import { limitBody } from '@accord/api/rest';
import { webEnv } from '../../server/env';
import { errorFor, servePublicRead } from './public-read';
import { isSignedInRequest } from './signed-in';

/** What every answer to a signed-in user and every non-public call carries: kept nowhere. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** Whether every procedure a tRPC GET names (`a.b,c.d` when batched) is a public read. */
export function isPublicQuery(req: Request): boolean {
  if (req.method !== 'GET') return false;
  const pathname = new URL(req.url).pathname;
  if (!pathname.startsWith(`${TRPC_ENDPOINT}/`)) return false;
  let paths: string[];
  try {
    paths = decodeURIComponent(pathname.slice(TRPC_ENDPOINT.length + 1)).split(',');
  } catch {
    return false; // malformed percent-encoding: no procedure of ours, tRPC answers the 404
  }
  return paths.every((p) => (POLICY as Record<string, string>)[p] === 'public');
}

/**
 * The limits in front of /api/trpc: public queries are rate-limited and cacheable like the
 * REST reads; request bodies (mutations, POSTed batches) are capped at
 * ACCORD_MAX_BODY_BYTES with a 413. The batch size is capped by the tRPC handler itself.
 *
 * Every answer to a signed-in user, and every answer to a call that is not a public query
 * (editor and admin procedures, mutations), says `private, no-store`: it may hold what only
 * that user may see, so no shared cache, browser cache or back button may keep it.
 */
export async function serveTrpc(
  req: Request,
  handle: (req: Request) => Promise<Response>,
): Promise<Response> {
  const res = await serveGuarded(req, handle);
  if (isSignedInRequest(req) || !isPublicQuery(req)) {
    res.headers.set('Cache-Control', PRIVATE_NO_STORE);
  }
  return res;
}

async function serveGuarded(
  req: Request,
  handle: (req: Request) => Promise<Response>,
): Promise<Response> {
  if (isPublicQuery(req)) {
    return servePublicRead(req, () => handle(req), { cors: false, flavour: 'trpc' });
  }
  const max = webEnv().ACCORD_MAX_BODY_BYTES;
  const limited = await limitBody(req, max);
  if (!limited) {
    return errorFor('trpc', 413, `The request body is larger than ${max} bytes.`);
  }
  return handle(limited);
}
