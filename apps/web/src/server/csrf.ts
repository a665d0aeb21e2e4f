/**
 * Cross-site request forgery guard for cookie-authenticated writes. A browser always sends
 * Origin on a cross-site POST, so a POST whose Origin is not this site is refused; a POST
 * carrying a session cookie must also say where it comes from and send JSON (which a plain
 * HTML form cannot). SameSite=Lax cookies are the second line.
 *
 * A script with an API key (`Authorization: Bearer …`) and no cookie is not a CSRF risk: a
 * browser never attaches that header on its own, and a page on another site cannot set it
 * without a CORS preflight, which /api/trpc never grants. Such a request needs no Origin.
 */
export function csrfProblem(req: Request, siteOrigins: readonly string[]): string | null {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return null;
  const origin = req.headers.get('origin');
  const hasSession = /(?:^|;\s*)(?:__Secure-)?accord\.session_token=/.test(
    req.headers.get('cookie') ?? '',
  );
  if (origin !== null && !siteOrigins.includes(origin)) {
    return 'Cross-site requests are not accepted.';
  }
  if (hasSession && origin === null) {
    return 'A signed-in request must come from the site (Origin header missing).';
  }
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (hasSession && type !== 'application/json') {
    return 'Signed-in requests must send JSON.';
  }
  return null;
}

/** The site's own origins: the configured public address and the one this request was sent to. */
export function siteOriginsFor(req: Request, baseURL: string): string[] {
  const origins = [new URL(baseURL).origin];
  const host = req.headers.get('host');
  if (host) {
    const proto =
      req.headers.get('x-forwarded-proto') ?? new URL(req.url).protocol.replace(':', '');
    origins.push(`${proto}://${host}`);
  }
  return origins;
}
