import { createHash } from 'node:crypto';

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

/**
 * Adds ETag and Cache-Control to a successful read and answers a matching conditional
 * request with 304 and no body. Responses to requests that carry credentials (a cookie or
 * an Authorization header) are marked private, so a shared cache never hands one viewer's
 * answer to another. Anything but a 200 passes through untouched.
 */
export async function withHttpCaching(
  req: Request,
  res: Response,
  policy: CachePolicy = PUBLIC_READ_CACHE,
): Promise<Response> {
  if (res.status !== 200 || (req.method !== 'GET' && req.method !== 'HEAD')) return res;
  const body = new Uint8Array(await res.arrayBuffer());
  const etag = etagOf(body);
  const headers = new Headers(res.headers);
  const credentialed = req.headers.has('cookie') || req.headers.has('authorization');
  headers.set('ETag', etag);
  headers.set(
    'Cache-Control',
    credentialed
      ? 'private, no-cache'
      : `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
  );
  headers.append('Vary', 'Cookie, Authorization');
  if (matchesIfNoneMatch(req.headers.get('if-none-match'), etag)) {
    headers.delete('Content-Type');
    headers.delete('Content-Length');
    headers.delete('Content-Disposition');
    return new Response(null, { status: 304, headers });
  }
  return new Response(req.method === 'HEAD' ? null : body, { status: 200, headers });
}
