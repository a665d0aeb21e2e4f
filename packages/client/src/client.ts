import type { AppRouter } from './router';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import { wireTransformer } from '@accord/domain/wire';
import { AccordError, codeForStatus, toAccordError } from './errors';
import { type Fetch, type RetryPolicy, withRetries } from './retry';

/** Where the API lives under the site's URL. */
export const API_PATH = '/api/trpc';
/**
 * Calls made in the same tick go out as one request of at most this many: the server's
 * MAX_BATCH_SIZE (packages/api/src/http.ts), which refuses larger batches. Not imported:
 * that would pull the server's code into every program using the client.
 */
export const MAX_BATCH_ITEMS = 10;

export interface AccordClientOptions {
  /** The site, e.g. `https://accord.example.org` or `http://localhost:3000`. */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Retries for reads; mutations are never retried. `{ retries: 0 }` turns them off. */
  retry?: Partial<RetryPolicy>;
  /** Longest wait for one answer before it counts as a network error (default 30 s). */
  timeoutMs?: number;
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: Fetch;
}

/** Every procedure of the API, typed from the server's router: `client.theme.list.query()`. */
export type AccordClient = TRPCClient<AppRouter>;

/** The API endpoint for a site URL; throws on anything but an http(s) URL. */
export function apiUrl(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new TypeError(`Not a URL: "${siteUrl}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Not an http(s) URL: "${siteUrl}"`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith(API_PATH) ? path : `${path}${API_PATH}`;
  url.search = '';
  url.hash = '';
  return url.toString();
}

function describeNetworkFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  // Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string }) : null;
  const reason = cause?.message || cause?.code || (error instanceof Error ? error.message : '');
  return reason || 'the request failed';
}

/**
 * Makes failures below tRPC into AccordErrors: no answer at all, or an answer that is not
 * the API's JSON (a proxy's error page, a wrong URL).
 */
function withAccordFailures(fetchImpl: Fetch, site: string, timeoutMs: number): Fetch {
  return async (input, init) => {
    let response: Response;
    try {
      response = await fetchImpl(input, init);
    } catch (error) {
      if (init?.signal?.aborted) throw error;
      throw new AccordError(
        `Could not reach Accord at ${site}: ${describeNetworkFailure(error, timeoutMs)}`,
        { code: 'NETWORK_ERROR', httpStatus: null, cause: error },
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) {
      await response.body?.cancel().catch(() => undefined);
      const status = `${response.status} ${response.statusText}`.trim();
      throw new AccordError(
        `Accord at ${site} answered ${status} without the API's JSON (is the URL right?)`,
        {
          code: response.ok ? 'INTERNAL_SERVER_ERROR' : codeForStatus(response.status),
          httpStatus: response.status,
        },
      );
    }
    return response;
  };
}

/** The same client, with every rejection turned into an AccordError. */
function rejectingWithAccordErrors<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      return (typeof value === 'object' && value !== null) || typeof value === 'function'
        ? rejectingWithAccordErrors(value)
        : value;
    },
    apply(fn, thisArg, args) {
      const result: unknown = Reflect.apply(fn as (...a: unknown[]) => unknown, thisArg, args);
      return result instanceof Promise
        ? result.catch((error: unknown) => {
            throw toAccordError(error);
          })
        : result;
    },
  });
}

/**
 * A typed client for Accord's API. Dates arrive as `Date`s, reads are retried on network
 * errors and "try later" answers, and every failure rejects with an `AccordError`.
 */
export function createAccordClient(options: AccordClientOptions): AccordClient {
  const url = apiUrl(options.url);
  const site = new URL(options.url).origin;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const baseFetch: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const fetch = withAccordFailures(
    withRetries(baseFetch, { policy: options.retry, timeoutMs }),
    site,
    timeoutMs,
  );
  const token = options.token;
  const client = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        transformer: wireTransformer,
        maxItems: MAX_BATCH_ITEMS,
        // Long batched query strings are split rather than risk a 414 from a proxy.
        maxURLLength: 4000,
        fetch,
        headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
      }),
    ],
  });
  return rejectingWithAccordErrors(client);
}
