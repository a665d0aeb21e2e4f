import { expect, type Page, test } from '@playwright/test';
import { trpcData } from '../fixtures/trpc';

/**
 * The indexes of meetings, parties and sources, a page at a time (components/index-page.tsx):
 * the first page at the index's address, the later ones at `/<index>/more/<cursor>`, in
 * English and in Japanese. The seed has a few pages of sources; its meetings and parties fit
 * on one page.
 */

/** How many items a page of an index shows (DETAIL_PAGE_SIZE, @accord/domain). */
const PAGE_SIZE = 50;

/** A cursor as the API writes one (encodeCursor, @accord/domain): how many items come before. */
const cursorAt = (position: number) => `c1.${Buffer.from(String(position)).toString('base64url')}`;

interface Source {
  slug: string;
  title: string;
}

/** Every source in the index's order, with how many there are (the API's `total`). */
async function allSources(request: Parameters<typeof trpcData>[0]) {
  const items: Source[] = [];
  let cursor: string | null = null;
  let total = 0;
  do {
    const page: { items: Source[]; nextCursor: string | null; total: number } = await trpcData(
      request,
      'source.list',
      { limit: 100, cursor },
    );
    items.push(...page.items);
    total = page.total;
    cursor = page.nextCursor;
  } while (cursor);
  expect(items).toHaveLength(total);
  return items;
}

/** The titles of the sources a page of the index lists, in order. */
function listedTitles(page: Page) {
  return page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
}

test('a reader pages through the sources index from the first page to the last', async ({
  page,
  request,
}) => {
  const sources = await allSources(request);
  const pages = Math.ceil(sources.length / PAGE_SIZE);
  // The seed must reach past two pages for this test to follow a later page's link.
  expect(pages).toBeGreaterThanOrEqual(3);

  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  expect(await listedTitles(page)).toEqual(sources.slice(0, PAGE_SIZE).map((s) => s.title));
  await expect(page.getByText(`(${sources.length} in all)`)).toBeVisible();

  for (let number = 2; number <= pages; number++) {
    await page.getByRole('link', { name: 'More sources' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/sources/more/${cursorAt((number - 1) * PAGE_SIZE)}$`),
    );
    const heading = `Sources, page ${number} of ${pages}`;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page).toHaveTitle(`${heading} — Accord`);
    expect(await listedTitles(page)).toEqual(
      sources.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE).map((s) => s.title),
    );
    // The way back to the first page, and where this one is.
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'Sources' })).toHaveAttribute(
      'href',
      '/sources',
    );
    await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(`Page ${number}`);
    // The same page in Japanese, announced to readers and to search engines.
    const path = new URL(page.url()).pathname;
    await expect(page.getByRole('link', { name: '日本語', exact: true })).toHaveAttribute(
      'href',
      `/ja${path}`,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${path}$`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute(
      'href',
      new RegExp(`/ja${path}$`),
    );
  }
  // The last page: the rest of the list, and no further link.
  await expect(page.getByRole('link', { name: 'More sources' })).toHaveCount(0);

  // A listed source opens from a later page like from the first.
  const last = sources.at(-1)!;
  await page.getByRole('link', { name: last.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${last.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);
});

test('a Japanese reader pages through /ja/sources and stays in Japanese', async ({
  page,
  request,
}) => {
  const sources = await allSources(request);
  const pages = Math.ceil(sources.length / PAGE_SIZE);
  await page.goto('/ja/sources');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('出典');
  await expect(page.getByText(`（全${sources.length}件）`)).toBeVisible();

  await page.getByRole('link', { name: '出典をさらに表示' }).click();
  const cursor = cursorAt(PAGE_SIZE);
  await expect(page).toHaveURL(new RegExp(`/ja/sources/more/${cursor}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `出典（${pages}ページ中2ページ目）`,
  );
  expect(await listedTitles(page)).toEqual(
    sources.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((s) => s.title),
  );
  const breadcrumb = page.getByRole('navigation', { name: 'パンくずリスト' });
  await expect(breadcrumb.getByRole('link', { name: '出典' })).toHaveAttribute(
    'href',
    '/ja/sources',
  );
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText('2ページ目');
  // The next page stays in Japanese; the same page in English is one click away.
  await expect(page.getByRole('link', { name: '出典をさらに表示' })).toHaveAttribute(
    'href',
    `/ja/sources/more/${cursorAt(2 * PAGE_SIZE)}`,
  );
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/more/${cursor}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sources, page 2 of ${pages}`);
});

test('the meetings and parties indexes that fit on one page have no later page', async ({
  page,
  request,
}) => {
  for (const [index, list, title, more] of [
    ['meetings', 'meeting.list', 'Meetings', 'More meetings'],
    ['parties', 'party.list', 'Parties', 'More parties'],
  ] as const) {
    const { total } = await trpcData<{ total: number }>(request, list, { limit: 1 });
    expect(total, index).toBeGreaterThan(0);
    expect(total, `the seed's ${index} fit on one page`).toBeLessThanOrEqual(PAGE_SIZE);
    await page.goto(`/${index}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('link', { name: more })).toHaveCount(0);
    for (const prefix of ['', '/ja']) {
      const response = await page.goto(`${prefix}/${index}/more/${cursorAt(PAGE_SIZE)}`);
      expect(response?.status(), `${prefix}/${index}: no second page`).toBe(404);
    }
  }
});

test('a cursor no index hands out is a 404, in both languages', async ({ request }) => {
  const { total } = await trpcData<{ total: number }>(request, 'source.list', { limit: 1 });
  const pastEnd = Math.ceil(total / PAGE_SIZE) * PAGE_SIZE;
  const cursors = [
    cursorAt(1), // mid-page: no link leads there
    cursorAt(PAGE_SIZE + 1),
    cursorAt(pastEnd), // past the end
    `${cursorAt(PAGE_SIZE)}=`, // another spelling of a real one
    'c1.MA', // position 0: the index itself
    'not-a-cursor',
  ];
  for (const prefix of ['', '/ja']) {
    // The real one answers: the 404s below are about the cursor.
    expect((await request.get(`${prefix}/sources/more/${cursorAt(PAGE_SIZE)}`)).status()).toBe(200);
    for (const cursor of cursors) {
      const path = `${prefix}/sources/more/${cursor}`;
      expect((await request.get(path)).status(), path).toBe(404);
    }
  }
});
