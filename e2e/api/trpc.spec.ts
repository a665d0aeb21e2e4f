import { expect, test } from '@playwright/test';
import { BRIEFS } from '../fixtures/site';
import { listAllCommitments, trpcData, trpcGet, trpcProblem } from '../fixtures/trpc';

test('a developer pages through commitment.list five at a time and gets every commitment once', async ({
  request,
}) => {
  const { items, pages } = await listAllCommitments(request, { limit: 5 });
  const slugs = items.map((c) => c.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  expect(slugs).toHaveLength(16);
  expect(pages).toBe(4);

  // The pages, put together, are the same list in the same order as one big page.
  const whole = await trpcData<{ items: { slug: string }[]; nextCursor: string | null }>(
    request,
    'commitment.list',
    {
      limit: 100,
    },
  );
  expect(whole.nextCursor).toBeNull();
  expect(whole.items.map((c) => c.slug)).toEqual(slugs);
});

test('a developer calling over plain HTTP gets superjson: data under json, dates tagged in meta', async ({
  request,
}) => {
  const response = await trpcGet(request, 'commitment.bySlug', {
    slug: 'tokyo-startup-hub-with-mit',
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    result: { data: { json: { updatedAt: string; publishedAt: string }; meta: unknown } };
  };
  const { json, meta } = body.result.data;
  expect(new Date(json.updatedAt).toISOString()).toBe(json.updatedAt);
  expect(new Date(json.publishedAt).toISOString()).toBe(json.publishedAt);
  expect(meta).toMatchObject({ values: { updatedAt: ['Date'], publishedAt: ['Date'] } });
});

for (const brief of BRIEFS) {
  test(`a developer filters commitment.list by the ${brief.slug} theme and gets only that theme`, async ({
    request,
  }) => {
    const { items } = await listAllCommitments(request, { theme: brief.slug, limit: 2 });
    expect(items).toHaveLength(brief.commitments);
    for (const c of items) expect(c.theme.slug, c.slug).toBe(brief.slug);
  });
}

test('a developer who sends limit 0 gets a 400 naming the field, without internals', async ({
  request,
}) => {
  const response = await trpcGet(request, 'commitment.list', { limit: 0 });
  expect(response.status()).toBe(400);
  const text = await response.text();
  expect(text).not.toContain('stack');
  const error = await trpcProblem(response);
  expect(error.code).toBe('BAD_REQUEST');
  expect(error.httpStatus).toBe(400);
  expect(error.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['limit']);
  expect(error.message).toContain('limit');
});

test('a developer who asks for an unknown commitment gets a 404 naming the slug', async ({
  request,
}) => {
  const slug = 'no-such-commitment';
  const response = await trpcGet(request, 'commitment.bySlug', { slug });
  expect(response.status()).toBe(404);
  const error = await trpcProblem(response);
  expect(error.code).toBe('NOT_FOUND');
  expect(error.httpStatus).toBe(404);
  expect(error.message).toContain(`"${slug}"`);
});

test('a developer who filters by an unknown theme gets a 404 naming the theme', async ({
  request,
}) => {
  const response = await trpcGet(request, 'commitment.list', { theme: 'no-such-theme' });
  expect(response.status()).toBe(404);
  const error = await trpcProblem(response);
  expect(error.message).toContain('theme');
  expect(error.message).toContain('"no-such-theme"');
});

for (const cursor of ['c1.!!!', 'not-a-cursor', 'c1.MA', 'c1.LTE']) {
  test(`a developer who sends the malformed cursor "${cursor}" gets a 400 naming the cursor`, async ({
    request,
  }) => {
    const response = await trpcGet(request, 'commitment.list', { limit: 5, cursor });
    expect(response.status()).toBe(400);
    const text = await response.text();
    expect(text).not.toContain('stack');
    const error = await trpcProblem(response);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['cursor']);
  });
}
