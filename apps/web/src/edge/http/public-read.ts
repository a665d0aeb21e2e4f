import 'server-only';
import { trpcErrorResponse } from '@accord/api';
import { errorResponse } from '@accord/api/rest';
import { withHttpCaching } from '../cache/http-cache';
import { clientKeyOf, RateLimiter } from '../cache/rate-limit';
import { describeError, isDatabaseUnavailable } from '@accord/db';
import { type SharedRateLimit, sharedRateLimit } from '../front/registry';
import { webEnv } from '../../server/env';

/**
 * The guard in front of every public read (REST, feeds, exports, tRPC queries): a per-client
 * rate limit, then the handler, then ETag/Cache-Control/304. Errors never carry internals.
 *
 * Anonymous reads are cached in front of Next (front/front.ts), not here: the answers this
 * guard produces say `public, max-age=60`, which is what the front cache stores.
 *
 * CORS: public REST reads, feeds and exports answer `Access-Control-Allow-Origin: *`. They
 * serve the same published data as the HTML site, never read cookies (REST runs every call
 * as a signed-out reader) and `*` forbids credentialed requests, so another origin gains
 * nothing it could not fetch itself; it lets browser dashboards and notebooks use the data.
 * The tRPC endpoint, where editors' writes will go, gets no CORS headers.
 */

/** One limiter per process, shared with the front server (see front/registry.ts). */
function rateLimit(): SharedRateLimit {
  return sharedRateLimit(() => {
    const env = webEnv();
    return {
      limiter: new RateLimiter({
        burst: env.ACCORD_RATE_LIMIT_BURST,
        perMinute: env.ACCORD_RATE_LIMIT_PER_MINUTE,
      }),
      trustedProxies: env.ACCORD_TRUSTED_PROXIES,
    };
  });
}

export type ErrorFlavour = 'api' | 'trpc';

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Expose-Headers':
    'ETag, Retry-After, RateLimit-Policy, X-Data-As-Of, Content-Disposition, Last-Modified',
  'Access-Control-Max-Age': '86400',
};

/** The answer to a CORS preflight on a public read route. */
export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** An error in the shape the caller's API uses: ApiError for REST, tRPC's for /api/trpc. */
export function errorFor(
  flavour: ErrorFlavour,
  status: 413 | 429 | 500 | 503,
  message: string,
  headers: Record<string, string> = {},
): Response {
  if (flavour === 'api') return errorResponse(status, message, { headers });
  return trpcErrorResponse(status, message, headers);
}

export async function servePublicRead(
  req: Request,
  produce: () => Promise<Response>,
  options: { cors: boolean; flavour: ErrorFlavour },
): Promise<Response> {
  const env = webEnv();
  const policy = `${env.ACCORD_RATE_LIMIT_PER_MINUTE};w=60;burst=${env.ACCORD_RATE_LIMIT_BURST}`;
  const { limiter, trustedProxies } = rateLimit();
  const decision = limiter.take(clientKeyOf(req.headers, trustedProxies));
  let res: Response;
  if (!decision.allowed) {
    res = errorFor(
      options.flavour,
      429,
      `Too many requests: each client may make ${env.ACCORD_RATE_LIMIT_BURST} at once, then ${env.ACCORD_RATE_LIMIT_PER_MINUTE} a minute. Retry after ${decision.retryAfterSeconds} s.`,
      { 'Retry-After': String(decision.retryAfterSeconds) },
    );
  } else {
    try {
      res = await withHttpCaching(req, await produce());
    } catch (error) {
      const pathname = new URL(req.url).pathname;
      if (isDatabaseUnavailable(error)) {
        // Feeds and exports read the database directly: an outage is a 503 here too.
        console.warn(`${req.method} ${pathname}: database unavailable: ${describeError(error)}`);
        res = errorFor(
          options.flavour,
          503,
          'The service cannot reach its database right now. Please retry in a few seconds.',
          { 'Retry-After': '5' },
        );
      } else {
        console.error(`${req.method} ${pathname} failed`, error);
        res = errorFor(
          options.flavour,
          500,
          'Something went wrong on our side. Please try again later.',
        );
      }
    }
  }
  res.headers.set('RateLimit-Policy', policy);
  if (options.cors)
    for (const [key, value] of Object.entries(CORS_HEADERS)) res.headers.set(key, value);
  return res;
}
