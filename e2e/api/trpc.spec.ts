import { expect, test } from '@playwright/test';
import { BRIEFS } from '../fixtures/site';
import { listAllCommitments, trpcData, trpcGet } from '../fixtures/trpc';

interface ErrorBody {
  error: {
    message: string;
    data: {
      code: string;
      httpStatus: number;
      fieldErrors: { path: string[]; message: string }[] | null;
    };
  };
}

test('a developer pages through commitment.list five at a time and gets every commitment once', async ({
  request,
}) => {
  const { items, pages } = await listAllCommitments(request, { limit: 5 });
  const slugs = items.map((c) => c.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  expect(slugs).toHaveLength(13);
  expect(pages).toBe(3);

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
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.data.code).toBe('BAD_REQUEST');
  expect(body.error.data.httpStatus).toBe(400);
  expect(body.error.data.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['limit']);
  expect(body.error.message).toContain('limit');
});

test('a developer who asks for an unknown commitment gets a 404 naming the slug', async ({
  request,
}) => {
  const slug = 'no-such-commitment';
  const response = await trpcGet(request, 'commitment.bySlug', { slug });
  expect(response.status()).toBe(404);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.data.code).toBe('NOT_FOUND');
  expect(body.error.data.httpStatus).toBe(404);
  expect(body.error.message).toContain(`"${slug}"`);
});

test('a developer who filters by an unknown theme gets a 404 naming the theme', async ({
  request,
}) => {
  const response = await trpcGet(request, 'commitment.list', { theme: 'no-such-theme' });
  expect(response.status()).toBe(404);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.message).toContain('theme');
  expect(body.error.message).toContain('"no-such-theme"');
});

for (const cursor of ['c1.!!!', 'not-a-cursor', 'c1.MA', 'c1.LTE']) {
  test(`a developer who sends the malformed cursor "${cursor}" gets a 400 naming the cursor`, async ({
    request,
  }) => {
    const response = await trpcGet(request, 'commitment.list', { limit: 5, cursor });
    expect(response.status()).toBe(400);
    const text = await response.text();
    expect(text).not.toContain('stack');
    const body = JSON.parse(text) as ErrorBody;
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.data.fieldErrors?.map((e) => e.path.join('.'))).toEqual(['cursor']);
  });
}
