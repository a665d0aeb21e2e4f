import { AccordError, allPages, createAccordClient, MAX_BATCH_ITEMS } from '@accord/client';
import { expect, test } from '@playwright/test';
import { closedPortUrl } from '../fixtures/cli';
import { BRIEFS } from '../fixtures/site';
import { listAllCommitments } from '../fixtures/trpc';

// The typed client over real HTTP against the built app: the contract a TypeScript
// program relies on.

test('a TypeScript program lists the themes with the typed client', async ({ baseURL }) => {
  const accord = createAccordClient({ url: baseURL! });
  const themes = await accord.theme.list.query();
  expect(themes.items.map((t) => [t.slug, t.title, t.commitmentCount])).toEqual(
    BRIEFS.map((b) => [b.slug, b.title, b.commitments]),
  );
});

test('a TypeScript program pages through every commitment of a theme with the cursor', async ({
  baseURL,
  request,
}) => {
  const accord = createAccordClient({ url: baseURL! });
  const pages: string[][] = [];
  for await (const page of allPages((cursor) =>
    accord.commitment.list.query({ theme: 'security', limit: 2, cursor }),
  )) {
    pages.push(page.items.map((c) => c.slug));
    for (const c of page.items) expect(c.theme.slug, c.slug).toBe('security');
  }
  const security = BRIEFS.find((b) => b.slug === 'security')!;
  const full = Math.floor(security.commitments / 2);
  const last = security.commitments % 2 === 1 ? [1] : [];
  expect(pages.map((p) => p.length)).toEqual([...Array<number>(full).fill(2), ...last]);
  expect(pages.flat()).toHaveLength(security.commitments);
  // The same commitments, in the same order, as a plain-HTTP caller gets.
  const { items } = await listAllCommitments(request, { theme: 'security' });
  expect(pages.flat()).toEqual(items.map((c) => c.slug));
});

test('a TypeScript program gets timestamps as Date objects and calendar dates as YYYY-MM-DD', async ({
  baseURL,
}) => {
  const accord = createAccordClient({ url: baseURL! });
  const { items } = await accord.commitment.list.query({ limit: 100 });
  expect(items.length).toBeGreaterThan(0);
  for (const c of items) {
    expect(c.updatedAt, c.slug).toBeInstanceOf(Date);
    expect(Number.isNaN(c.updatedAt.getTime()), c.slug).toBe(false);
  }
  const c = await accord.commitment.bySlug.query({ slug: 'tokyo-startup-hub-with-mit' });
  expect(c.publishedAt).toBeInstanceOf(Date);
  expect(c.publishedAt?.toISOString()).toBe('2023-05-18T00:00:00.000Z');
  expect(c.meeting.startsOn).toBe('2023-05-18');
  expect(c.history[0]?.effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('a TypeScript program gets a typed NOT_FOUND for an unknown slug', async ({ baseURL }) => {
  const accord = createAccordClient({ url: baseURL! });
  const error: unknown = await accord.commitment.bySlug
    .query({ slug: 'no-such-commitment' })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AccordError);
  const { code, httpStatus, message, fieldErrors, path } = error as AccordError;
  expect({ code, httpStatus, message, fieldErrors, path }).toEqual({
    code: 'NOT_FOUND',
    httpStatus: 404,
    message: 'No commitment with slug "no-such-commitment".',
    fieldErrors: null,
    path: 'commitment.bySlug',
  });
});

test('a TypeScript program gets a typed BAD_REQUEST naming the field for a bad limit', async ({
  baseURL,
}) => {
  const accord = createAccordClient({ url: baseURL! });
  const error: unknown = await accord.commitment.list.query({ limit: 0 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AccordError);
  const { code, httpStatus, message, fieldErrors } = error as AccordError;
  expect(code).toBe('BAD_REQUEST');
  expect(httpStatus).toBe(400);
  expect(message).toMatch(/^Invalid input: limit: /);
  expect(fieldErrors?.map((f) => f.path)).toEqual([['limit']]);
  expect(fieldErrors?.[0]?.message.length).toBeGreaterThan(0);
});

test('a TypeScript program makes many calls at once without exceeding the batch cap', async ({
  baseURL,
}) => {
  const accord = createAccordClient({ url: baseURL! });
  const slugs = BRIEFS.map((b) => b.slug);
  const calls = Array.from({ length: MAX_BATCH_ITEMS * 2 + 3 }, (_, i) =>
    accord.theme.bySlug.query({ slug: slugs[i % slugs.length]! }),
  );
  const themes = await Promise.all(calls);
  expect(themes.map((t) => t.slug)).toEqual(calls.map((_, i) => slugs[i % slugs.length]));
});

test('a TypeScript program with a token that is not an API key gets a 401 that says so, even for a read', async ({
  baseURL,
}) => {
  const accord = createAccordClient({ url: baseURL!, token: 'not-an-api-key' });
  const error: unknown = await accord.theme.list.query().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AccordError);
  expect(error).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401 });
  expect((error as AccordError).message).toMatch(/Bearer <API key>/);
});

test('a TypeScript program whose server is down gets a NETWORK_ERROR', async () => {
  const accord = createAccordClient({ url: await closedPortUrl(), retry: { retries: 0 } });
  const error: unknown = await accord.theme.list.query().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AccordError);
  expect(error).toMatchObject({ code: 'NETWORK_ERROR', httpStatus: null });
});
