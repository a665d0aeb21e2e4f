import 'server-only';
import { POLICY } from '@accord/api';
import { TRPC_ENDPOINT } from '@accord/api';
import { limitBody } from '@accord/api/rest';
import { webEnv } from '../env';
import { errorFor, servePublicRead } from './public-read';

/** Whether every procedure a tRPC GET names (`a.b,c.d` when batched) is a public read. */
export function isPublicQuery(req: Request): boolean {
  if (req.method !== 'GET') return false;
  const pathname = new URL(req.url).pathname;
  if (!pathname.startsWith(`${TRPC_ENDPOINT}/`)) return false;
  const paths = decodeURIComponent(pathname.slice(TRPC_ENDPOINT.length + 1)).split(',');
  return paths.every((p) => (POLICY as Record<string, string>)[p] === 'public');
}

/**
 * The limits in front of /api/trpc: public queries are rate-limited and cacheable like the
 * REST reads; request bodies (mutations, POSTed batches) are capped at
 * ACCORD_MAX_BODY_BYTES with a 413. The batch size is capped by the tRPC handler itself.
 */
export async function serveTrpc(
  req: Request,
  handle: (req: Request) => Promise<Response>,
): Promise<Response> {
  if (isPublicQuery(req)) {
    return servePublicRead(req, () => handle(req), {
      cors: false,
      flavour: 'trpc',
      // A streamed (JSONL) batch is another representation of the same URL: not cached.
      cache: !req.headers.has('trpc-accept'),
    });
  }
  const max = webEnv().ACCORD_MAX_BODY_BYTES;
  const limited = await limitBody(req, max);
  if (!limited) {
    return errorFor('trpc', 413, `The request body is larger than ${max} bytes.`);
  }
  return handle(limited);
}
