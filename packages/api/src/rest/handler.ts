import { type Database } from '@accord/db';
import { log, logError } from '@accord/log';
import { countDatabaseError } from '@accord/log/metrics';
import { createOpenApiFetchHandler } from 'trpc-to-openapi';
import { appRouter } from '../root';
import { databaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../errors';
import { createContext } from '../trpc';
import { errorResponse, type FieldError, isErrorStatus } from './errors';
import { REST_BASE } from './openapi';

interface OpenApiErrorBody {
  message?: string;
  code?: string;
  data?: { path?: string; fieldErrors?: FieldError[] | null };
}

/**
 * Serves the public procedures as REST under /api/v1 (GET and HEAD only: the REST API is
 * read-only). The context is always a signed-out reader, whatever cookies come with the
 * request, so REST can never see more than the public site; that is also what makes the
 * CORS `*` on these routes harmless.
 */
export async function handleRestRequest(
  req: Request,
  getDb: () => Promise<Database>,
): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return errorResponse(405, `The API is read-only: use GET, not ${req.method}.`, {
      headers: { Allow: 'GET, HEAD, OPTIONS' },
    });
  }
  try {
    decodeURIComponent(new URL(req.url).pathname);
  } catch {
    // trpc-to-openapi would throw outside its error handling on a path like /themes/%E0%A4%A.
    return errorResponse(400, 'The URL path is not valid percent-encoded UTF-8.');
  }
  // trpc-to-openapi collects query parameters in a plain object, so a key that names
  // something on Object.prototype (?constructor=, ?__proto__=) would crash it: a 500. No
  // parameter has such a name, so it is an unknown key like any other.
  const inherited = [...new URL(req.url).searchParams.keys()].filter(
    (key) => key in Object.prototype,
  );
  if (inherited.length > 0) {
    const fieldErrors = [...new Set(inherited)].map((key) => ({
      path: [],
      message: `Unrecognized key: "${key}"`,
    }));
    return errorResponse(400, `Invalid input: ${fieldErrors.map((e) => e.message).join('; ')}`, {
      fieldErrors,
    });
  }
  const asGet =
    req.method === 'HEAD' ? new Request(req.url, { method: 'GET', headers: req.headers }) : req;
  const res = await createOpenApiFetchHandler({
    endpoint: REST_BASE,
    req: asGet,
    router: appRouter,
    createContext: async () => {
      let db: Database;
      try {
        db = await getDb();
      } catch (cause) {
        // Without a database handle nothing can be served: a 503, whatever the reason.
        countDatabaseError('unavailable');
        logError(log, cause, 'REST: the database is unavailable', {
          level: 'warn',
          stack: false,
        });
        throw databaseUnavailable(cause);
      }
      return createContext({ db, viewer: null });
    },
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        logError(log, error.cause ?? error, `REST ${path ?? '?'} failed`);
      }
    },
  });
  const final = res.status < 400 ? res : await toApiError(res, new URL(req.url).pathname);
  if (req.method !== 'HEAD') return final;
  return new Response(null, { status: final.status, headers: final.headers });
}

/** Rewrites trpc-to-openapi's error body into the documented ApiError shape. */
async function toApiError(res: Response, pathname: string): Promise<Response> {
  const status = isErrorStatus(res.status) ? res.status : 500;
  let body: OpenApiErrorBody = {};
  try {
    body = (await res.json()) as OpenApiErrorBody;
  } catch {
    // An empty or non-JSON error body gets the generic message below.
  }
  const fieldErrors = body.data?.fieldErrors ?? null;
  let message = body.message ?? 'Something went wrong on our side. Please try again later.';
  if (fieldErrors && fieldErrors.length > 0) {
    message = `Invalid input: ${fieldErrors
      .map((e) => (e.path.length > 0 ? `${e.path.join('.')}: ${e.message}` : e.message))
      .join('; ')}`;
  } else if (status === 404 && !body.data?.path) {
    message = `No endpoint at ${pathname}. The endpoints are listed in ${REST_BASE}/openapi.json.`;
  } else if (status === 500) {
    message = 'Something went wrong on our side. Please try again later.';
  }
  return errorResponse(status, message, {
    fieldErrors,
    headers:
      status === 503 ? { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } : undefined,
  });
}
