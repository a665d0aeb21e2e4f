import { get } from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * The status of a GET of `path` exactly as written: browsers and Playwright's client resolve
 * `..` and `%2E%2E` before sending, and a hostile client does not.
 */
function rawStatus(baseURL: string, path: string): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

/** Path segments no slug or cursor can be: a NUL, bad UTF-8, 300 bytes, a newline. */
const MALFORMED = ['%00', '%ff', 'a'.repeat(300), 'x%0Ay', '%E3%81%82'.repeat(100)];

/**
 * Dot segments never reach a page as a parameter: the server resolves them like any URL
 * (RFC 3986 section 5.2.4), so `/themes/..` is `/` and `/themes/chips/more/..` redirects to
 * the brief. Whatever they resolve to, they must not fail.
 */
const DOT_SEGMENTS = ['..', '%2E%2E', '.%2e'];

/** Every public route that takes a parameter, with `X` where the malformed one goes. */
const ROUTES = [
  '/themes/X',
  '/themes/X/feed.atom',
  '/themes/X/feed.json',
  '/themes/X/more/c1.MQ',
  '/themes/chips/more/X',
  '/commitments/X',
  '/meetings/X',
  '/meetings/more/X',
  '/parties/X',
  '/parties/more/X',
  '/parties/X/more/c1.MQ',
  '/parties/jp/more/X',
  '/sources/X',
  '/sources/more/X',
  '/ja/sources/more/X',
  '/ja/themes/X/feed.atom',
  '/ja/themes/X/feed.json',
];

for (const route of ROUTES) {
  test(`a client asking for ${route} with a malformed parameter gets a 400 or 404, never a 500`, async ({
    baseURL,
  }) => {
    for (const bad of MALFORMED) {
      const path = route.replace('X', bad);
      const status = await rawStatus(baseURL!, path);
      expect([400, 404], `${path.slice(0, 80)} answered ${status}`).toContain(status);
    }
    for (const dots of DOT_SEGMENTS) {
      const path = route.replace('X', dots);
      expect(await rawStatus(baseURL!, path), `${path} answered`).toBeLessThan(500);
    }
  });
}

test('a reader asking for a cursor past the end of a list gets a 404', async ({ request }) => {
  // Well-formed (c1. and a position) but no list hands it out: before, each one rendered and
  // stored a page of its own.
  for (const cursor of ['c1.OTk5OTk5OQ', 'c1.MTIzNDU2Nzg5']) {
    expect((await request.get(`/themes/chips/more/${cursor}`)).status()).toBe(404);
    expect((await request.get(`/parties/jp/more/${cursor}`)).status()).toBe(404);
    for (const index of ['meetings', 'parties', 'sources'])
      expect((await request.get(`/${index}/more/${cursor}`)).status()).toBe(404);
  }
});
