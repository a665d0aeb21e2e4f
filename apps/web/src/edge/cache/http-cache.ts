import { createHash } from 'node:crypto';
import type { CachedRead } from './read-cache';

/** A strong validator for a response body: the same bytes always give the same ETag. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether an If-None-Match header matches `etag` (RFC 9110 §13.1.2: weak comparison, a
 * list of tags, or `*`).
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

export interface CachePolicy {
  /** Seconds a client or shared cache may reuse the response without asking again. */
  maxAge: number;
  /** Seconds a cache may serve it stale while it revalidates in the background. */
  staleWhileRevalidate: number;
}

export const PUBLIC_READ_CACHE: CachePolicy = { maxAge: 60, staleWhileRevalidate: 300 };

/** A 200 read as its bytes, ETag and headers: what answerRead needs, and what ReadCache keeps. */
export async function toCachedRead(res: Response): Promise<CachedRead> {
  const body = new Uint8Array(await res.arrayBuffer());
  const etag = etagOf(body);
  const headers: [string, string][] = [];
  res.headers.forEach((value, key) => {
    if (key !== 'cache-control' && key !== 'etag' && key !== 'set-cookie')
      headers.push([key, value]);
  });
  return { body, etag, headers };
}

/** Whether a request carries credentials (a cookie or an Authorization header). */
export function isCredentialed(req: Request): boolean {
  return req.headers.has('cookie') || req.headers.has('authorization');
}

/**
 * The answer to `req` from a read: 200 with the body (none for HEAD), or 304 when the
 * request's If-None-Match matches. Cache-Control depends on the request: private when it
 * carries credentials, so a shared cache never hands one viewer's answer to another.
 */
export function answerRead(
  req: Request,
  read: CachedRead,
  policy: CachePolicy = PUBLIC_READ_CACHE,
): Response {
  const headers = validatedHeaders(req, new Headers(read.headers), read.etag, policy);
  if (matchesIfNoneMatch(req.headers.get('if-none-match'), read.etag)) return notModified(headers);
  // Copied, so a caller (or the platform) cannot detach the cached bytes.
  const body = req.method === 'HEAD' ? null : read.body.slice();
  return new Response(body, { status: 200, headers });
}

/** The answer's headers with its validator, and Cache-Control for who asked (see answerRead). */
function validatedHeaders(
  req: Request,
  headers: Headers,
  etag: string,
  policy: CachePolicy,
): Headers {
  headers.set('ETag', etag);
  headers.set(
    'Cache-Control',
    isCredentialed(req)
      ? 'private, no-cache'
      : `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
  );
  headers.append('Vary', 'Cookie, Authorization');
  return headers;
}

function notModified(headers: Headers): Response {
  headers.delete('Content-Type');
  headers.delete('Content-Length');
  headers.delete('Content-Disposition');
  return new Response(null, { status: 304, headers });
}

/**
 * Adds ETag and Cache-Control to a successful read and answers a matching conditional
 * request with 304 and no body (see answerRead). Anything but a 200 to a GET or HEAD
 * passes through untouched.
 *
 * A read that brings its own ETag (the exports, which are streamed: see
 * serveCommitmentsExport) is answered without reading its body: the validator is the
 * producer's, the body goes out as it is made, and a 304 or a HEAD cancels it unread.
 */
export async function withHttpCaching(
  req: Request,
  res: Response,
  policy: CachePolicy = PUBLIC_READ_CACHE,
): Promise<Response> {
  if (res.status !== 200 || (req.method !== 'GET' && req.method !== 'HEAD')) return res;
  const own = res.headers.get('etag');
  if (own === null) return answerRead(req, await toCachedRead(res), policy);
  const headers = validatedHeaders(req, new Headers(res.headers), own, policy);
  const unread = matchesIfNoneMatch(req.headers.get('if-none-match'), own);
  if (unread || req.method === 'HEAD') {
    await res.body?.cancel();
    return unread ? notModified(headers) : new Response(null, { status: 200, headers });
  }
  return new Response(res.body, { status: 200, headers });
}
