import { type NextRequest, NextResponse } from 'next/server';

/** The admin page a request asked for, so sign-in can return to it (see server/auth.ts). */
export const REQUESTED_PATH_HEADER = 'x-accord-requested-path';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // Set here, never trusted from the client: overwrite whatever came in.
  headers.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

// Only admin pages: public pages stay free of any per-request work.
export const config = { matcher: ['/admin', '/admin/:path*'] };
