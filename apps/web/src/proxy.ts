import { errorResponse } from '@accord/api/rest';
import { type NextRequest, NextResponse } from 'next/server';

/** The admin page a request asked for, so sign-in can return to it (see server/auth.ts). */
export const REQUESTED_PATH_HEADER = 'x-accord-requested-path';

/** Whether a path is valid percent-encoding (Next itself answers 500 when it is not). */
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The longest path segment served, in bytes once decoded: a file name's limit. No slug (120
 * characters) or cursor (64) comes near it; a longer one made Next fail to cache the render
 * (ENAMETOOLONG) and log about 50 kB per request.
 */
export const MAX_SEGMENT_BYTES = 255;

/** The byte length of the longest segment of a decoded path. */
export function longestSegmentBytes(decodedPath: string): number {
  const encoder = new TextEncoder();
  let longest = 0;
  for (const segment of decodedPath.split('/'))
    longest = Math.max(longest, encoder.encode(segment).length);
  return longest;
}

/** Refused long paths are logged at most once a minute, truncated, with a count of the rest. */
const LONG_PATH_LOG_EVERY_MS = 60_000;
const longPathLog = { last: -Infinity, unlogged: 0 };

function logLongPath(pathname: string, bytes: number, now = Date.now()): void {
  if (now - longPathLog.last < LONG_PATH_LOG_EVERY_MS) {
    longPathLog.unlogged++;
    return;
  }
  const more = longPathLog.unlogged > 0 ? ` (and ${longPathLog.unlogged} more since)` : '';
  console.warn(`404 for a path with a ${bytes}-byte segment: ${pathname.slice(0, 80)}...${more}`);
  longPathLog.last = now;
  longPathLog.unlogged = 0;
}

/** A small answer of our own, in the API's error shape under /api/v1. */
function refuse(pathname: string, status: 400 | 404, message: string): NextResponse | Response {
  return pathname.startsWith('/api/v1/')
    ? errorResponse(status, message)
    : new NextResponse(message, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodes(pathname)) {
    return refuse(pathname, 400, 'The path is not valid percent-encoding (RFC 3986).');
  }
  const bytes = longestSegmentBytes(decodeURIComponent(pathname));
  if (bytes > MAX_SEGMENT_BYTES) {
    logLongPath(pathname, bytes);
    return refuse(pathname, 404, 'We have no page at this address.');
  }
  if (!pathname.startsWith('/admin')) return NextResponse.next();
  const headers = new Headers(request.headers);
  // Set here, never trusted from the client: overwrite whatever came in.
  headers.set(REQUESTED_PATH_HEADER, pathname + search);
  return NextResponse.next({ request: { headers } });
}

// Admin pages, the REST API's dynamic paths, any path with a percent sign (a malformed one
// must get a 400, not Next's 500) and any with a run of 256 characters without a slash (a
// segment too long; a shorter one can only be too long when percent-encoded). Other public
// pages stay free of any per-request work.
export const config = {
  matcher: ['/admin', '/admin/:path*', '/api/v1/:path+', '/(.*%.*)', '/(.*[^/]{256}.*)'],
};
