import { expect, test } from '@playwright/test';
import { type ApiErrorBody } from '../fixtures/rest';
import { trpcProblem } from '../fixtures/trpc';

/*
 * The e2e server runs with a per-client burst of 1000 requests and a refill of one a second
 * (playwright.config.ts), so the rest of the suite, all from 127.0.0.1, never meets the
 * limit, while a flood stays refused long enough to check. The test client counts as one
 * trusted proxy there, so the limiter keys a client by the X-Forwarded-For it sends: each
 * flood below comes from its own documentation-range address and has a bucket of its own.
 */
const BURST = 1000;

function noInternals(text: string) {
  // A stack frame names a file ("at fn (/app/x.js:1:2)"); data may say "talks at APEC (…)".
  expect(text).not.toMatch(
    /"stack"|node_modules|\bat [\w.$<> ]+ \((?:file:|node:|\/)[^)]*:\d+:\d+\)/,
  );
}

test('a client that floods the API gets 429 with Retry-After, and other clients do not', async ({
  request,
}) => {
  test.setTimeout(120_000);
  // A fresh address for a retry: the first attempt's bucket is still empty.
  const flooder = { 'X-Forwarded-For': `198.51.100.${23 + test.info().retry}` };
  let first429: Awaited<ReturnType<typeof request.get>> | null = null;
  let sent = 0;
  // Waves of concurrent requests until one is refused; the limit is BURST plus the refill.
  while (!first429 && sent < BURST * 2) {
    const wave = await Promise.all(
      Array.from({ length: 50 }, () => request.get('/api/v1/vocabulary', { headers: flooder })),
    );
    sent += wave.length;
    for (const response of wave) {
      expect([200, 429]).toContain(response.status());
      if (response.status() === 429 && !first429) first429 = response;
    }
  }
  expect(first429, `no 429 after ${sent} requests`).not.toBeNull();
  expect(sent).toBeGreaterThan(BURST - 50);
  const retryAfter = Number(first429!.headers()['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  expect(first429!.headers()['ratelimit-policy']).toBe('60;w=60;burst=1000');
  const text = await first429!.text();
  noInternals(text);
  const body = JSON.parse(text) as ApiErrorBody;
  expect(body.error).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 429, fieldErrors: null });

  // The same client is refused on feeds, exports and tRPC queries too (tRPC's error shape there).
  // Each is asked five times at once: the bucket refills one token a second, so on a slow
  // machine one of them may find a token again, but never more than a couple.
  const burstOf = async (path: string) => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => request.get(path, { headers: flooder })),
    );
    const refused = answers.filter((a) => a.status() === 429);
    expect(
      refused.length,
      `${path}: ${answers.map((a) => a.status()).join(',')}`,
    ).toBeGreaterThanOrEqual(3);
    return refused[0]!;
  };
  await burstOf('/feeds/changes.atom');
  await burstOf('/exports/commitments.csv');
  const trpc = await burstOf('/api/trpc/vocabulary.all');
  expect(trpc.headers()['retry-after']).toBeTruthy();
  expect(await trpcProblem(trpc)).toMatchObject({
    code: 'TOO_MANY_REQUESTS',
    httpStatus: 429,
  });

  // Another client is unaffected.
  const other = await request.get('/api/v1/vocabulary', {
    headers: { 'X-Forwarded-For': `198.51.100.${123 + test.info().retry}` },
  });
  expect(other.status()).toBe(200);
});

test('a request body over the limit gets a 413 without internals', async ({ request }) => {
  const big = JSON.stringify({ 0: { json: { slug: 'x'.repeat(1024 * 1024 + 100) } } });
  const response = await request.post('/api/trpc/commitment.bySlug?batch=1', {
    data: big,
    headers: { 'Content-Type': 'application/json' },
  });
  expect(response.status()).toBe(413);
  noInternals(await response.text());
  expect((await trpcProblem(response)).code).toBe('PAYLOAD_TOO_LARGE');
});

test('a small POST still reaches tRPC after the body check', async ({ request }) => {
  // Queries are GET-only in tRPC: a POSTed query is refused by tRPC itself (405), not by us.
  const response = await request.post('/api/trpc/vocabulary.all', {
    data: {},
    headers: { 'Content-Type': 'application/json' },
  });
  expect(response.status()).toBe(405);
  expect((await trpcProblem(response)).code).toBe('METHOD_NOT_SUPPORTED');
});

test('a batch of more than 10 calls is refused with a 400, over GET and POST', async ({
  request,
}) => {
  const calls = Array.from({ length: 11 }, () => 'vocabulary.all').join(',');
  const get = await request.get(`/api/trpc/${calls}?batch=1&input=${encodeURIComponent('{}')}`);
  expect(get.status()).toBe(400);
  expect(await get.text()).toContain('Batch call exceeds maximum size');
  const post = await request.post(`/api/trpc/${calls}?batch=1`, {
    data: {},
    headers: { 'Content-Type': 'application/json' },
  });
  expect(post.status()).toBe(400);
  noInternals(await post.text());
  // Ten is fine.
  const ten = Array.from({ length: 10 }, () => 'vocabulary.all').join(',');
  expect(
    (await request.get(`/api/trpc/${ten}?batch=1&input=${encodeURIComponent('{}')}`)).status(),
  ).toBe(200);
});

const GARBAGE = [
  '/api/v1/commitments?limit=%00',
  '/api/v1/commitments?limit=1e400',
  '/api/v1/commitments?cursor=' + 'A'.repeat(5000),
  '/api/v1/commitments?theme[]=chips',
  '/api/v1/commitments?limit=1&limit=2',
  '/api/v1/commitments/%E0%A4%A',
  '/commitments/%E0%A4%A',
  '/api/v1/commitments/' + 'a'.repeat(300),
  '/api/v1/themes/..%2F..%2Fetc%2Fpasswd',
  '/api/trpc/commitment.list?input=%7Bnot%20json',
  '/api/trpc/commitment.list?input=' + encodeURIComponent('{"json":{"limit":{"$gt":1}}}'),
  '/api/trpc/no.such.procedure',
  '/themes/' + 'x'.repeat(300) + '/feed.atom',
];

for (const path of GARBAGE) {
  test(`garbage input ${path.slice(0, 60)} gets a 4xx, never a 500`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status(), await response.text()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    noInternals(await response.text());
  });
}
