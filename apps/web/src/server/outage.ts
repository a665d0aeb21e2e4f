import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiErrorBody } from '@accord/api/rest';
import { SIGN_IN_UNAVAILABLE_MESSAGE } from '@accord/auth/messages';
import { type DatabaseState, registeredDatabaseState } from '@accord/db/state';
import { countDatabaseError } from '@accord/log/metrics';

/**
 * While the database is away, every route that needs it answers 503 with Retry-After, never
 * 500. The API's handlers (tRPC, REST, feeds, exports) decide that themselves, with the
 * error in hand (packages/api/src/errors.ts, server/http/public-read.ts). Pages and
 * better-auth's handler do not let us see the error: a failed render or session lookup
 * becomes Next's 500 shell or better-auth's `FAILED_TO_GET_SESSION`. So the production
 * server (server.ts) wraps Next: when an answer is about to start with a 5xx, it holds it
 * and asks the database state (packages/db/src/state.ts, one probe a second at most); if the
 * database is away, the client gets the designed 503 below instead, else the 500 unchanged.
 *
 * The 503 carries no Set-Cookie (a failed session lookup never signs anyone out), is
 * `no-store` (no cache keeps it: the front cache stores only 200s, nginx only the statuses
 * it lists), and keeps only the security headers Next set.
 */

/** Seconds a client should wait: the API's value (packages/api/src/errors.ts). */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_API_MESSAGE =
  'The service cannot reach its database right now. Please retry in a few seconds.';
export const SIGN_IN_UNAVAILABLE = SIGN_IN_UNAVAILABLE_MESSAGE;

/**
 * Paths whose handlers answer an outage themselves, with the error in hand and in their own
 * documented shape: tRPC, REST, the health probes (readiness says `{"status":"unavailable"}`),
 * the feeds, the exports and the sitemaps.
 */
const OWN_OUTAGE_ANSWERS =
  /^\/(api\/(trpc|v1|health)|feeds|exports|sitemaps)(\/|$)|^\/sitemap\.xml$|\/feed\.(atom|json)$/;

/** Next's headers the 503 keeps: the site's security headers and the request id. */
const KEPT_HEADERS = new Set([
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'strict-transport-security',
  'permissions-policy',
  'x-request-id',
]);

export interface DesignedAnswer {
  status: 503;
  headers: Record<string, string>;
  body: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, paragraphs: string[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — Accord</title>
<style>
:root{color-scheme:light dark;--ink:#1f2933;--muted:#4b5563;--paper:#fff;--wash:#f5f7fa;--line:#d7dde4;--brand:#1d3557;--link:#1d4ed8;
font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Liberation Sans',Arial,sans-serif;
color:var(--ink);background:var(--paper);line-height:1.55}
@media screen and (prefers-color-scheme:dark){:root{--ink:#e6ebf0;--muted:#aab4c0;--paper:#121820;--wash:#1b2430;--line:#3a4654;--link:#8ab4ff}}
body{margin:0}header{background:var(--brand);color:#fff;padding:.75rem 1rem}
header a{color:#fff;font-weight:700;text-decoration:none}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.6rem;margin:0 0 1rem}p{margin:0 0 1rem}a{color:var(--link)}
.note{background:var(--wash);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;color:var(--muted)}
</style>
</head>
<body>
<header><a href="/">Accord</a></header>
<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<p class="note">Error 503: the site cannot reach its database. Nothing is wrong with your request; it will work again once the database is back.</p>
</main>
</body>
</html>
`;
}

/** The designed answer to `method path` while the database is away. */
export function unavailableAnswer(method: string, path: string): DesignedAnswer {
  const headers: Record<string, string> = {
    'Cache-Control': 'no-store',
    'Retry-After': String(RETRY_AFTER_SECONDS),
  };
  if (path.startsWith('/api/')) {
    const message = path.startsWith('/api/auth/') ? SIGN_IN_UNAVAILABLE : UNAVAILABLE_API_MESSAGE;
    return {
      status: 503,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
      body: method === 'HEAD' ? '' : JSON.stringify(apiErrorBody(503, message, null)),
    };
  }
  const editor = path.startsWith('/admin') || path.startsWith('/sign-in');
  const body = editor
    ? page('Temporarily unavailable', [
        escapeHtml(SIGN_IN_UNAVAILABLE),
        'You are still signed in. Unsaved changes in an open editor stay in that tab: go back to it and save again in a minute (a form keeps what you typed until it is saved).',
        `<a href="${escapeHtml(path)}">Try this page again</a>`,
      ])
    : page('Temporarily unavailable', [
        'This page cannot be shown right now. Please try again in a minute.',
        '<a href="/">The briefs</a> and pages you have visited recently may still be available.',
      ]);
  return {
    status: 503,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
    body: method === 'HEAD' ? '' : body,
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * Wraps `handle` (Next's request handler) so that a 5xx it answers while the database is
 * away goes out as the designed 503. `state` defaults to the process-wide one, which Next's
 * bundle registers when it first uses the database.
 */
export function withOutageAnswers(
  handle: Handler,
  state: () => DatabaseState | undefined = registeredDatabaseState,
): Handler {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (OWN_OUTAGE_ANSWERS.test(path)) return handle(req, res);
    holdServerErrors(
      res,
      async () => {
        const known = state();
        return known ? known.isAway() : false;
      },
      () => unavailableAnswer(req.method ?? 'GET', path),
    );
    return handle(req, res);
  };
}

type Writer = (...args: unknown[]) => unknown;

/**
 * Patches `res` so that an answer starting with a 5xx is held (not sent) until it ends; then
 * `away()` decides: the designed answer, or the held one as it was.
 */
function holdServerErrors(
  res: ServerResponse,
  away: () => Promise<boolean>,
  designed: () => DesignedAnswer,
): void {
  const writeHead = res.writeHead.bind(res) as Writer;
  const write = res.write.bind(res) as Writer;
  const end = res.end.bind(res) as Writer;
  /** null: not decided yet; false: passing through; else the held 5xx. */
  let held: { head: unknown[] | null; chunks: unknown[][] } | false | null = null;

  const startsWithError = (status: number) => status >= 500 && status <= 599;
  const decideAtFirstByte = () => {
    if (held === null) held = startsWithError(res.statusCode) ? { head: null, chunks: [] } : false;
    return held;
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (held === null)
      held = startsWithError(status) ? { head: [status, ...rest], chunks: [] } : false;
    if (held) return res;
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];

  res.write = ((...args: unknown[]) => {
    const h = decideAtFirstByte();
    if (!h) return write(...args);
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    h.chunks.push(args.filter((a) => typeof a !== 'function'));
    callback?.();
    return true;
  }) as ServerResponse['write'];

  res.end = ((...args: unknown[]) => {
    const h = decideAtFirstByte();
    if (!h) return end(...args);
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    const last = args.filter((a) => typeof a !== 'function');
    void away()
      .catch(() => false)
      .then((isAway) => {
        // Node's implicit headers call res.writeHead: the held answer goes out unpatched.
        Object.assign(res, { writeHead, write, end });
        if (isAway) {
          countDatabaseError('unavailable');
          const answer = designed();
          for (const name of res.getHeaderNames()) {
            if (!KEPT_HEADERS.has(name)) res.removeHeader(name);
          }
          writeHead(answer.status, answer.headers);
          end(answer.body);
        } else {
          if (h.head) writeHead(...h.head);
          for (const chunk of h.chunks) write(...chunk);
          end(...last);
        }
        callback?.();
      });
    return res;
  }) as ServerResponse['end'];
}
