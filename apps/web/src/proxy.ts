import { errorResponse } from '@accord/api/rest/errors';
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

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodes(pathname)) {
    const message = 'The path is not valid percent-encoding (RFC 3986).';
    return pathname.startsWith('/api/v1/')
      ? errorResponse(400, message)
      : new NextResponse(message, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  if (!pathname.startsWith('/admin')) return NextResponse.next();
  const headers = new Headers(request.headers);
  // Set here, never trusted from the client: overwrite whatever came in.
  headers.set(REQUESTED_PATH_HEADER, pathname + search);
  return NextResponse.next({ request: { headers } });
}

// Admin pages, the REST API's dynamic paths and any path with a percent sign (a malformed one
// must get a 400, not Next's 500). Other public pages stay free of any per-request work.
export const config = {
  matcher: ['/admin', '/admin/:path*', '/api/v1/:path+', '/(.*%.*)'],
};
