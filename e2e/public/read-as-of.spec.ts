import { expect, test } from '@playwright/test';
import { fact } from '../fixtures/site';

const SLUG = 'trilateral-meeting-with-south-korea';

test('a reader goes back to 19 May 2023 and finds the trilateral meeting not yet delivered', async ({
  page,
}) => {
  await page.goto(`/commitments/${SLUG}`);
  await page.getByLabel('See it as it stood at the end of').fill('2023-05-19');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(`/as-of/2023-05-19/commitments/${SLUG}`);

  await expect(page.getByText('As it stood at the end of 19 May 2023')).toBeVisible();
  await expect(fact(page, 'Status')).not.toContainText('Delivered');
  // The target (21 May) had not passed yet either.
  await expect(page.getByText('Past target date')).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'History' }).getByText('Delivered', { exact: true }),
  ).toHaveCount(0);

  // Links stay on the same day until the reader asks for today's version.
  const brief = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1);
  await expect(brief).toHaveAttribute('href', /^\/as-of\/2023-05-19\/themes\//);
  await page.getByRole('link', { name: "see today's version" }).click();
  await expect(page).toHaveURL(`/commitments/${SLUG}`);
  await expect(fact(page, 'Status')).toContainText('Delivered, 21 May 2023');
});

test('a reader reads a brief as of a past day, with its commitments on that day', async ({
  page,
}) => {
  const response = await page.goto('/as-of/2023-05-19/themes/security');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('As it stood at the end of 19 May 2023')).toBeVisible();
  const chart = page.getByRole('region', { name: 'Statuses over time' });
  await expect(chart.getByRole('img', { name: /over time/ })).toBeVisible();
  // The numbers behind the chart are a table, a click away without script.
  await chart.getByText('The numbers behind the chart').click();
  await expect(chart.getByRole('table')).toBeVisible();

  const first = page.getByRole('article').first().getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^\/as-of\/2023-05-19\/commitments\//);
});

const BAD_DAYS = ['2999-01-01', '2023-02-30', '1999-12-31', 'yesterday'];

for (const day of BAD_DAYS) {
  test(`a reader who asks for the record as of "${day}" gets a 404 page that says why`, async ({
    page,
  }) => {
    const response = await page.goto(`/as-of/${day}/commitments/${SLUG}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main')).toContainText('year-month-day');
  });
}

test('a reader who asks for a future day in the form is told to choose a past one', async ({
  page,
}) => {
  await page.goto(`/as-of?date=2999-01-01&commitment=${SLUG}`);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'That day has not happened yet: choose a past day.',
  );
  await page.getByLabel('See it as it stood at the end of').fill('2023-05-19');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(`/as-of/2023-05-19/commitments/${SLUG}`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader without JavaScript picks a day and reads the brief as it stood then', async ({
    page,
  }) => {
    await page.goto('/themes/security');
    await page.getByLabel('See it as it stood at the end of').fill('2023-05-19');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL('/as-of/2023-05-19/themes/security');
    await expect(page.getByText('As it stood at the end of 19 May 2023')).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Statuses over time' }).getByRole('img'),
    ).toBeVisible();
  });
});

test('a reader who opens a dated page after another reader gets it from the cache', async ({
  request,
}) => {
  // A day no other spec asks for, so the first request renders it. The cookie keeps the
  // front server's response cache out of the way: this asks Next's own page cache.
  const path = '/as-of/2024-02-29/themes/security';
  const headers = { cookie: 'reader=1' };
  const first = await request.get(path, { headers });
  expect(first.status()).toBe(200);
  const second = await request.get(path, { headers });
  expect(second.status()).toBe(200);
  expect(second.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
  const renderedAt = (html: string) => /data-rendered-at="(\d+)"/.exec(html)?.[1];
  expect(renderedAt(await second.text())).toBe(renderedAt(await first.text()));
  // Cached like the other public pages: shared caches may keep it for an hour.
  expect(second.headers()['cache-control']).toMatch(/(^|,\s*)s-maxage=3600(,|$)/);
  expect(second.headers()['cache-control']).not.toMatch(/no-store|private/);
});

test.describe('in Japanese', () => {
  test('a Japanese reader goes back to 19 May 2023 and stays in Japanese, on the same day', async ({
    page,
  }) => {
    await page.goto(`/ja/commitments/${SLUG}`);
    await page.getByLabel('この日の終わり時点の状態を見る').fill('2023-05-19');
    await page.getByRole('button', { name: '表示' }).click();
    await expect(page).toHaveURL(`/ja/as-of/2023-05-19/commitments/${SLUG}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('.as-of-banner')).toContainText('2023年5月19日の終わり時点の状態');
    // Not yet delivered on that day: no 実現 in its history.
    await expect(
      page.getByRole('region', { name: '履歴' }).getByText('実現', { exact: true }),
    ).toHaveCount(0);
    // Links stay in the Japanese dated view; the switch leads to the English one of the day.
    const brief = page.getByRole('navigation', { name: 'パンくずリスト' }).getByRole('link').nth(1);
    await expect(brief).toHaveAttribute('href', /^\/ja\/as-of\/2023-05-19\/themes\//);
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      `/as-of/2023-05-19/commitments/${SLUG}`,
    );
    await page.getByRole('link', { name: '今日の版を見る' }).click();
    await expect(page).toHaveURL(`/ja/commitments/${SLUG}`);
  });

  test('a Japanese reader reads a brief as of a past day, its commitments on that day in Japanese', async ({
    page,
  }) => {
    const response = await page.goto('/ja/as-of/2023-05-19/themes/security');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('安全保障と抑止');
    await expect(page.getByText('この概要の本文は、今日の時点の編集部の文章です。')).toBeVisible();
    const first = page.getByRole('article').first().getByRole('link').first();
    await expect(first).toHaveAttribute('href', /^\/ja\/as-of\/2023-05-19\/commitments\//);
    await expect(page).toHaveTitle(/安全保障と抑止（2023年5月19日時点）/);
  });

  test('a bad day is a 404 in Japanese, and the form answers in Japanese', async ({ page }) => {
    const response = await page.goto(`/ja/as-of/2999-01-01/commitments/${SLUG}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    await expect(page.getByRole('main')).toContainText('年-月-日');

    await page.goto(`/ja/as-of?date=2999-01-01&commitment=${SLUG}`);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'その日はまだ来ていません。過去の日を選んでください。',
    );
    await page.getByLabel('この日の終わり時点の状態を見る').fill('2023-05-19');
    await page.getByRole('button', { name: '表示' }).click();
    await expect(page).toHaveURL(`/ja/as-of/2023-05-19/commitments/${SLUG}`);
  });

  test('a dated Japanese page is kept in memory like the English ones, and served from the cache', async ({
    request,
  }) => {
    const path = '/ja/as-of/2024-02-29/themes/security';
    const headers = { cookie: 'reader=1' };
    const first = await request.get(path, { headers });
    expect(first.status()).toBe(200);
    const second = await request.get(path, { headers });
    expect(second.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
    expect(second.headers()['x-robots-tag'] ?? (await second.text())).toMatch(/noindex/);
  });
});
