import { type Database } from '@accord/db';
import { log, logError } from '@accord/log';
import { countDatabaseError } from '@accord/log/metrics';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { asServiceUnavailable, pgErrorCode, UNAVAILABLE_RETRY_AFTER_SECONDS } from './errors';
import superjson from 'superjson';
import { appRouter } from './root';
import { type Context, createContext, type Viewer } from './trpc';

export const TRPC_ENDPOINT = '/api/trpc';
/** One HTTP request may carry at most this many batched calls; more get a 400. */
export const MAX_BATCH_SIZE = 10;

export interface TrpcHttpOptions {
  getDb: () => Promise<Database>;
  /** The signed-in user behind the request (its session cookie), or null. */
  getViewer: (req: Request) => Promise<Viewer | null>;
  onPublicChange?: Context['onPublicChange'];
}

/** Serves the tRPC API over HTTP for a fetch-style route handler (Next's app router). */
export function handleTrpcRequest(req: Request, options: TrpcHttpOptions): Promise<Response> {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: async () => {
      try {
        const db = await options.getDb();
        // The session lookup reads the database too: an outage there is a 503 as well.
        const viewer = await options.getViewer(req);
        return createContext({ db, viewer, onPublicChange: options.onPublicChange });
      } catch (error) {
        throw asServiceUnavailable(error) ?? error;
      }
    },
    onError({ error, path }) {
      // Logged on the server, never sent: the client gets the formatted message only.
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        if (pgErrorCode(error.cause) !== undefined) countDatabaseError('query');
        logError(log, error.cause ?? error, `tRPC ${path ?? '?'} failed`);
      } else if (error.code === 'SERVICE_UNAVAILABLE') {
        countDatabaseError('unavailable');
        logError(log, error.cause ?? error, `tRPC ${path ?? '?'}: database unavailable`, {
          level: 'warn',
          stack: false,
        });
      }
    },
    responseMeta({ errors }) {
      // A 503 tells clients when to try again, like the REST API's.
      return errors.some((e) => e.code === 'SERVICE_UNAVAILABLE')
        ? { headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } }
        : {};
    },
  });
}

const TRPC_ERROR_CODES = {
  403: { code: 'FORBIDDEN', number: -32003 },
  413: { code: 'PAYLOAD_TOO_LARGE', number: -32013 },
  429: { code: 'TOO_MANY_REQUESTS', number: -32029 },
  500: { code: 'INTERNAL_SERVER_ERROR', number: -32603 },
  503: { code: 'SERVICE_UNAVAILABLE', number: -32603 },
} as const;

/**
 * An error answered in front of the tRPC handler (CSRF, body size, rate limit) in the same
 * envelope the handler itself uses, superjson included, so a tRPC client reads its code and
 * message instead of failing to parse it.
 */
export function trpcErrorResponse(
  status: keyof typeof TRPC_ERROR_CODES,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const { code, number } = TRPC_ERROR_CODES[status];
  const shape = {
    message,
    code: number,
    data: { code, httpStatus: status, path: null, fieldErrors: null },
  };
  return Response.json(
    { error: superjson.serialize(shape) },
    { status, headers: { ...headers, 'Cache-Control': 'no-store' } },
  );
}
