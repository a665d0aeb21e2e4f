import { limitBody } from '@accord/api/rest';
import { z } from 'zod';
import { carriesBuildSecret } from '~/edge/build-secret';
import { PURGE_SECRET_HEADER } from '~/edge/cache-events';
import { applyPurge, Purge, PURGE_EVERYTHING } from '~/edge/invalidate';

// A purge announced by another process (edge/cache-events.ts), applied here because Next's
// revalidate calls need a request. Only this server calls it, with its build's secret;
// anyone else gets a 404, as for any other path that is not there.
export const dynamic = 'force-dynamic';

const Body = z.union([
  z.object({ everything: z.literal(true) }).strict(),
  z.object({ purge: Purge }).strict(),
]);

/** Bodies are a few kB; a purge of 2 × 5000 paths stays far below this. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function POST(req: Request): Promise<Response> {
  if (!carriesBuildSecret(req, PURGE_SECRET_HEADER))
    return new Response('Not found', { status: 404 });
  const limited = await limitBody(req, MAX_BODY_BYTES);
  if (!limited) return new Response('Too large', { status: 413 });
  let body: unknown;
  try {
    body = await limited.json();
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  const parsed = Body.safeParse(body);
  if (!parsed.success) return new Response('Bad request', { status: 400 });
  await applyPurge('everything' in parsed.data ? PURGE_EVERYTHING : parsed.data.purge, {
    announced: true,
  });
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
