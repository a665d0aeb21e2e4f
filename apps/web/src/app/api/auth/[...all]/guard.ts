import { findUnstorableText } from '@accord/api';
import { errorResponse, limitBody } from '@accord/api/rest';

/**
 * A sign-in body is an email and a password (a few hundred bytes); anything much larger is
 * refused before better-auth or the database sees it.
 */
export const AUTH_MAX_BODY_BYTES = 16 * 1024;

type Input = { ok: true; value: unknown } | { ok: false };

/** The query and body of an auth request as better-auth will read them. */
async function inputOf(req: Request): Promise<Input> {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  if (req.method === 'GET' || req.method === 'HEAD') return { ok: true, value: { query } };
  const text = await req.clone().text();
  const type = req.headers.get('content-type') ?? '';
  if (/^application\/x-www-form-urlencoded/i.test(type)) {
    return { ok: true, value: { query, body: Object.fromEntries(new URLSearchParams(text)) } };
  }
  if (/^application\/json/i.test(type)) {
    if (text.trim() === '') return { ok: true, value: { query } };
    try {
      return { ok: true, value: { query, body: JSON.parse(text) as unknown } };
    } catch {
      return { ok: false };
    }
  }
  return { ok: true, value: { query, body: text } };
}

/**
 * The limits in front of /api/auth: the same body cap (413) and unstorable-text guard (400
 * for a NUL or half a surrogate pair, which PostgreSQL refuses with an error) as the rest of
 * the API, so no auth request reaches the database with text it cannot store.
 */
export async function serveAuthRequest(
  req: Request,
  handle: (req: Request) => Promise<Response>,
): Promise<Response> {
  const limited = await limitBody(req, AUTH_MAX_BODY_BYTES);
  if (!limited) {
    return errorResponse(413, `The request body is larger than ${AUTH_MAX_BODY_BYTES} bytes.`);
  }
  const input = await inputOf(limited);
  if (!input.ok) return errorResponse(400, 'The request body is not valid JSON.');
  const problems = findUnstorableText(input.value);
  if (problems.length > 0) {
    return errorResponse(400, 'The request contains text that cannot be stored.', {
      fieldErrors: problems,
    });
  }
  return handle(limited);
}
