const FALLBACK = '/admin';
/** Longer than any admin URL; a longer one is junk or an attack. */
const MAX_NEXT_LENGTH = 2048;
/** A stand-in origin to resolve against: only the path, query and fragment are kept. */
const DUMMY_ORIGIN = 'http://x.invalid';

/**
 * Characters a browser would read differently from a plain path: a backslash (read as /),
 * control characters and whitespace (tabs and newlines are dropped, so `/\t/evil` is
 * `//evil`), and percent-encoded dots, slashes and backslashes, which a later decode
 * could turn back into dot-segments or a `//` host.
 */
const AMBIGUOUS = /[\\\p{Cc}\p{Z}\s]|%(?:2e|2f|5c)/iu;

/**
 * Where to go after signing in: a page inside the admin area of this site, or /admin.
 * Never an open redirect: the path is resolved (dot-segments and all) the way a browser
 * would, must stay on this origin and under /admin, and what is returned is that resolved
 * form, so the browser cannot read it any other way.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > MAX_NEXT_LENGTH) return FALLBACK;
  if (!next.startsWith('/') || next.startsWith('//') || AMBIGUOUS.test(next)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(next, DUMMY_ORIGIN);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== DUMMY_ORIGIN) return FALLBACK;
  if (!/^\/admin(?:\/|$)/.test(url.pathname) || url.pathname.includes('//')) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
