import { expect, test } from '@playwright/test';
import { BRIEFS } from '../fixtures/site';
import { type ApiErrorBody, Contract, fetchDocument, getValid, REST } from '../fixtures/rest';
import { trpcData, trpcGet } from '../fixtures/trpc';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

let contract: Contract;

test.beforeAll(async ({ request }) => {
  contract = new Contract(await fetchDocument(request));
});

/** Every item of a REST list, following nextCursor, each page checked against the document. */
async function readAll<T extends { slug: string }>(
  request: Parameters<typeof getValid>[0],
  path: string,
  limit: number,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const { body }: { body: Page<T> } = await getValid<Page<T>>(request, contract, url);
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    cursor = body.nextCursor;
    pages += 1;
    expect(pages, `${path} keeps returning a nextCursor`).toBeLessThan(100);
  } while (cursor);
  return { items, pages };
}

const LISTS = ['/themes', '/commitments', '/meetings', '/parties', '/sources'];
const DETAIL_OF: Record<string, string> = {
  '/themes': '/themes/{slug}',
  '/commitments': '/commitments/{slug}',
  '/meetings': '/meetings/{slug}',
  '/parties': '/parties/{slug}',
  '/sources': '/sources/{slug}',
};

test('the OpenAPI document lists one GET operation per public read', () => {
  const documented = Object.keys(contract.doc.paths).sort();
  expect(documented).toEqual([...LISTS, ...Object.values(DETAIL_OF), '/vocabulary'].sort());
});

for (const list of LISTS) {
  test(`a developer pages through ${REST}${list} two at a time; every page and record matches the document`, async ({
    request,
  }) => {
    const { items, pages } = await readAll<{ slug: string }>(request, `${REST}${list}`, 2);
    const slugs = items.map((i) => i.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(pages).toBe(Math.max(1, Math.ceil(slugs.length / 2)));
    // The pages together are one big page (of at most 100: there are 129 sources), in order.
    const { body: whole } = await getValid<Page<{ slug: string }>>(
      request,
      contract,
      `${REST}${list}?limit=100`,
    );
    expect(whole.items.map((i) => i.slug)).toEqual(slugs.slice(0, 100));
    // Every record behind the list answers its detail endpoint, per the document.
    for (const slug of slugs.slice(0, 5)) {
      await getValid(request, contract, `${REST}${list}/${slug}`);
    }
  });
}

test('a developer gets the vocabulary', async ({ request }) => {
  const { body } = await getValid<{ statuses: { value: string }[] }>(
    request,
    contract,
    `${REST}/vocabulary`,
  );
  expect(body.statuses.map((s) => s.value)).toContain('delivered');
});

test('a developer lists commitments with no parameters and gets the first page of 20', async ({
  request,
}) => {
  const { body } = await getValid<Page<{ slug: string }>>(request, contract, `${REST}/commitments`);
  // The 13 made in Hiroshima, the China line split in two, and two later sub-commitments.
  expect(body.items).toHaveLength(16);
  expect(body.nextCursor).toBeNull();
});

for (const brief of BRIEFS) {
  test(`a developer filters ${REST}/commitments by theme=${brief.slug}`, async ({ request }) => {
    const { items } = await readAll<{ slug: string; theme: { slug: string } }>(
      request,
      `${REST}/commitments?theme=${brief.slug}`,
      3,
    );
    expect(items).toHaveLength(brief.commitments);
    for (const c of items) expect(c.theme.slug).toBe(brief.slug);
  });
}

test('overdue=true and overdue=false in a query string split the commitments between them', async ({
  request,
}) => {
  const all = await readAll<{ slug: string }>(request, `${REST}/commitments`, 100);
  const overdue = await readAll<{ slug: string; overdue: boolean }>(
    request,
    `${REST}/commitments?overdue=true`,
    100,
  );
  const onTrack = await readAll<{ slug: string; overdue: boolean }>(
    request,
    `${REST}/commitments?overdue=false`,
    100,
  );
  expect(overdue.items.every((c) => c.overdue)).toBe(true);
  expect(onTrack.items.every((c) => !c.overdue)).toBe(true);
  expect([...overdue.items, ...onTrack.items].map((c) => c.slug).sort()).toEqual(
    all.items.map((c) => c.slug).sort(),
  );
});

test('REST and tRPC give the same commitment', async ({ request }) => {
  const slug = 'tokyo-startup-hub-with-mit';
  const { body: rest } = await getValid(request, contract, `${REST}/commitments/${slug}`);
  const trpc = await trpcData(request, 'commitment.bySlug', { slug });
  // The same data; JSON carries tRPC's Dates (superjson) as the ISO strings REST sends.
  expect(JSON.parse(JSON.stringify(trpc))).toEqual(rest);
});

const BAD_INPUTS: [string, number, string[] | null][] = [
  ['/commitments?limit=0', 400, ['limit']],
  ['/commitments?limit=101', 400, ['limit']],
  ['/commitments?limit=ten', 400, ['limit']],
  ['/commitments?cursor=c1.!!!', 400, ['cursor']],
  ['/commitments?cursor=not-a-cursor', 400, ['cursor']],
  ['/themes?cursor=c1.MA', 400, ['cursor']],
  ['/parties?limit=-1', 400, ['limit']],
  ['/commitments?status=done', 400, ['status']],
  ['/commitments?overdue=yes', 400, ['overdue']],
  ['/commitments?theme=Chips%20%26%20AI', 400, ['theme']],
  ['/commitments/Not_A_Slug', 400, ['slug']],
  ['/commitments?theme=no-such-theme', 404, null],
  ['/commitments?party=no-such-party', 404, null],
  ['/commitments/no-such-commitment', 404, null],
  ['/themes/no-such-theme', 404, null],
  ['/meetings/no-such-meeting', 404, null],
  ['/parties/no-such-party', 404, null],
  ['/sources/no-such-source', 404, null],
];

for (const [path, status, fields] of BAD_INPUTS) {
  test(`a developer who asks for ${REST}${path} gets the documented ${status}`, async ({
    request,
  }) => {
    const { body } = await getValid<ApiErrorBody>(request, contract, `${REST}${path}`, status);
    expect(body.error.status).toBe(status);
    expect(body.error.code).toBe(status === 400 ? 'BAD_REQUEST' : 'NOT_FOUND');
    if (fields) {
      expect(body.error.fieldErrors?.map((e) => e.path.join('.'))).toEqual(fields);
      for (const field of fields) expect(body.error.message).toContain(field);
    } else {
      expect(body.error.fieldErrors).toBeNull();
      expect(body.error.message).toMatch(/"no-such-[a-z]+"/);
    }
  });
}

test('an unknown endpoint is a JSON 404 that points at the document, and writes are a 405', async ({
  request,
}) => {
  const missing = await request.get(`${REST}/nothing-here`);
  expect(missing.status()).toBe(404);
  const body = (await missing.json()) as ApiErrorBody;
  expect(body.error.code).toBe('NOT_FOUND');
  expect(body.error.message).toContain(`${REST}/openapi.json`);

  for (const method of ['post', 'put', 'patch', 'delete'] as const) {
    const response = await request[method](`${REST}/themes`, { data: { slug: 'x' } });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow']).toContain('GET');
    expect(((await response.json()) as ApiErrorBody).error.code).toBe('METHOD_NOT_SUPPORTED');
  }
});

test('a client revalidates a REST read with If-None-Match and gets a 304 without a body', async ({
  request,
}) => {
  const path = `${REST}/commitments?theme=chips&limit=2`;
  const first = await request.get(path);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  expect(first.headers()['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
  const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  expect(again.headers()['etag']).toBe(etag);
  expect(await again.body()).toHaveLength(0);
  // A different page has a different validator, so the old one does not match it.
  const other = await request.get(`${REST}/commitments?theme=chips&limit=3`, {
    headers: { 'If-None-Match': etag! },
  });
  expect(other.status()).toBe(200);
  expect(other.headers()['etag']).not.toBe(etag);
});

test('a tRPC query over GET is cacheable and revalidates with a 304 too', async ({ request }) => {
  const first = await trpcGet(request, 'theme.list', { limit: 2 });
  expect(first.status()).toBe(200);
  const path = new URL(first.url()).pathname + new URL(first.url()).search;
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  expect(first.headers()['cache-control']).toContain('public');
  const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  // The nginx configuration ignores Vary (nginx drops answers with a long one) and keys its
  // cache on these request headers instead (bench/nginx/accord.conf, tested in
  // bench/src/nginx.test.ts): an answer that varied on anything else would be mixed up.
  const keyed = [
    'rsc',
    'next-router-state-tree',
    'next-router-prefetch',
    'next-router-segment-prefetch',
    'trpc-accept',
    'accept', // subscriptions only; we have none
    'cookie',
    'authorization',
    'accept-encoding',
  ];
  for (const answer of [first, await request.get(`${REST}/commitments?limit=2`)]) {
    const vary = (answer.headers()['vary'] ?? '').split(',').map((v) => v.trim().toLowerCase());
    expect(
      vary.filter((v) => v && !keyed.includes(v)),
      answer.url(),
    ).toEqual([]);
  }
  // Errors are never cached.
  const bad = await trpcGet(request, 'theme.list', { limit: 0 });
  expect(bad.status()).toBe(400);
  expect(bad.headers()['etag']).toBeUndefined();
  expect(bad.headers()['cache-control'] ?? '').not.toContain('public');
});

test('another origin may read the REST API without credentials; tRPC gets no CORS', async ({
  request,
}) => {
  const read = await request.get(`${REST}/themes`, {
    headers: { Origin: 'https://dashboard.example' },
  });
  expect(read.headers()['access-control-allow-origin']).toBe('*');
  expect(read.headers()['access-control-allow-credentials']).toBeUndefined();
  expect(read.headers()['access-control-expose-headers']).toContain('ETag');
  const preflight = await request.fetch(`${REST}/themes`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://dashboard.example',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'if-none-match',
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-methods']).not.toMatch(/POST|PUT|DELETE/);
  const trpc = await request.get('/api/trpc/vocabulary.all', {
    headers: { Origin: 'https://dashboard.example' },
  });
  expect(trpc.headers()['access-control-allow-origin']).toBeUndefined();
});
