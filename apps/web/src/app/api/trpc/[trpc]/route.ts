import { handleTrpcRequest, trpcErrorResponse } from '@accord/api';
import { readAuthEnv, sessionUser } from '@accord/auth';
import { getDb } from '@accord/db';
import { rateLimitApiKey } from '~/server/api-key-limit';
import { getAuth, SESSION_COOKIE_PATTERN } from '~/server/auth';
import { csrfProblem, siteOriginsFor } from '~/server/csrf';
import { serveTrpc } from '~/edge/http/trpc';
import { publicDataChanged } from '~/edge/invalidate';

// Reads the database on every request; never prerendered.
export const dynamic = 'force-dynamic';

let baseURL: string | undefined;
/** Read on first use, not at build time. */
function siteBaseURL(): string {
  baseURL ??= readAuthEnv().baseURL;
  return baseURL;
}

async function viewerOf(req: Request) {
  if (!SESSION_COOKIE_PATTERN.test(req.headers.get('cookie') ?? '')) return null;
  return sessionUser(await getAuth(), req.headers);
}

async function handler(req: Request): Promise<Response> {
  const problem = csrfProblem(req, siteOriginsFor(req, siteBaseURL()));
  if (problem) {
    return trpcErrorResponse(403, problem);
  }
  // serveTrpc: rate limit + caching on public queries, body-size cap on everything else.
  return serveTrpc(req, (r) =>
    handleTrpcRequest(r, {
      getDb: async () => (await getDb()).db,
      // Cookie sessions; an `Authorization: Bearer <API key>` is resolved by the handler.
      getViewer: viewerOf,
      rateLimitApiKey,
      onPublicChange: publicDataChanged,
    }),
  );
}

export { handler as GET, handler as POST };
