import { assistantPoolErrorKind } from '@accord/assistant/pool';
import { API_KEY_REFUSALS, bearerKeyOf, resolveApiKey } from '@accord/auth';
import { type Database } from '@accord/db';
import { log, logError } from '@accord/log';
import { countDatabaseError } from '@accord/log/metrics';
import { TRPCError } from '@trpc/server';
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
  /**
   * Takes one request from an API key's allowance: 0 when allowed, else the seconds to wait
   * (the answer is a 429 with Retry-After). Without it, keys are not rate-limited here.
   */
  rateLimitApiKey?: (keyId: string) => number;
}

/** Why a request's API key was refused: a 401 before any procedure runs. */
class ApiKeyRefused extends TRPCError {
  constructor(message: string) {
    super({ code: 'UNAUTHORIZED', message });
  }
}

/** A key over its allowance: a 429 whose Retry-After says when to try again. */
class ApiKeyThrottled extends TRPCError {
  constructor(readonly retryAfterSeconds: number) {
    super({
      code: 'TOO_MANY_REQUESTS',
      message: `Too many requests with this API key. Retry after ${retryAfterSeconds} s.`,
    });
  }
}

/**
 * Who a request acts as. `Authorization: Bearer <API key>` names the key's owner with the
 * key's scope (see @accord/auth api-keys.ts), whatever cookie comes with it; a key that is
 * unknown, revoked, expired or malformed is a 401, never a silent fall back to a reader.
 * Without the header: the session cookie's user, or null.
 */
export async function viewerForRequest(
  req: Request,
  db: Database,
  options: Pick<TrpcHttpOptions, 'getViewer' | 'rateLimitApiKey'>,
): Promise<Viewer | null> {
  const bearer = bearerKeyOf(req.headers);
  if (bearer === null) return options.getViewer(req);
  const resolved =
    bearer === 'malformed'
      ? ({ ok: false, reason: 'malformed' } as const)
      : await resolveApiKey(db, bearer.key);
  if (!resolved.ok) throw new ApiKeyRefused(API_KEY_REFUSALS[resolved.reason]);
  const wait = options.rateLimitApiKey?.(resolved.user.keyId) ?? 0;
  if (wait > 0) throw new ApiKeyThrottled(wait);
  const { id, name, email, role } = resolved.user;
  return { id, name, email, role };
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
        const viewer = await viewerForRequest(req, db, options);
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
      } else if (error.code === 'SERVICE_UNAVAILABLE' && assistantPoolErrorKind(error.cause)) {
        // The assistant's worker timed out or died (router/assistant.ts): not the database.
        log.warn({ path, kind: assistantPoolErrorKind(error.cause) }, error.message);
      } else if (error.code === 'SERVICE_UNAVAILABLE') {
        countDatabaseError('unavailable');
        logError(log, error.cause ?? error, `tRPC ${path ?? '?'}: database unavailable`, {
          level: 'warn',
          stack: false,
        });
      }
    },
    responseMeta({ errors }) {
      // A 503 tells clients when to try again, like the REST API's; so does a 429.
      const throttled = errors.find((e) => e instanceof ApiKeyThrottled);
      if (throttled) return { headers: { 'Retry-After': String(throttled.retryAfterSeconds) } };
      if (errors.some((e) => assistantPoolErrorKind(e.cause) === 'busy')) {
        return { headers: { 'Retry-After': String(ASSISTANT_BUSY_RETRY_AFTER_SECONDS) } };
      }
      return errors.some((e) => e.code === 'SERVICE_UNAVAILABLE')
        ? { headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } }
        : {};
    },
  });
}

/** When to try again after the assistant's queue was full (router/assistant.ts). */
const ASSISTANT_BUSY_RETRY_AFTER_SECONDS = 2;

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
