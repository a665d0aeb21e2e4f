import { expect, test } from '@playwright/test';

/** Path segments no slug or cursor can be: a NUL, bad UTF-8, 300 bytes, a dot-dot. */
const MALFORMED = ['%00', '%ff', 'a'.repeat(300), '%2E%2E', 'x%0Ay', '%E3%81%82'.repeat(100)];

/** Every public route that takes a parameter, with `X` where the malformed one goes. */
const ROUTES = [
  '/themes/X',
  '/themes/X/feed.atom',
  '/themes/X/feed.json',
  '/themes/X/more/c1.MQ',
  '/themes/chips/more/X',
  '/commitments/X',
  '/meetings/X',
  '/parties/X',
  '/parties/X/more/c1.MQ',
  '/parties/jp/more/X',
  '/sources/X',
];

for (const route of ROUTES) {
  test(`a client asking for ${route} with a malformed parameter gets a 400 or 404, never a 500`, async ({
    request,
  }) => {
    for (const bad of MALFORMED) {
      const path = route.replace('X', bad);
      const response = await request.get(path, { maxRedirects: 0 });
      expect([400, 404], `${path.slice(0, 80)} answered ${response.status()}`).toContain(
        response.status(),
      );
    }
  });
}

test('a reader asking for a cursor past the end of a list gets a 404', async ({ request }) => {
  // Well-formed (c1. and a position) but no list hands it out: before, each one rendered and
  // stored a page of its own.
  for (const cursor of ['c1.OTk5OTk5OQ', 'c1.MTIzNDU2Nzg5']) {
    expect((await request.get(`/themes/chips/more/${cursor}`)).status()).toBe(404);
    expect((await request.get(`/parties/jp/more/${cursor}`)).status()).toBe(404);
  }
});
