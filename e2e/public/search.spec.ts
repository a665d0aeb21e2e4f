import { expect, test } from '@playwright/test';

const MICRON = {
  slug: 'support-micron-hiroshima-plant',
  title: "Keep supporting Micron's chip plant in Hiroshima",
};

test.describe('a reader searches', () => {
  test('for "Micron" from the header box and lands on the commitment', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Search commitments' });
    await box.fill('Micron');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=Micron$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    const results = page.locator('.search-results > li');
    const first = results.first().getByRole('link', { name: MICRON.title });
    await expect(first).toBeVisible();
    // The matching word is highlighted, as text.
    await expect(first.locator('mark')).toHaveText('Micron');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/commitments/${MICRON.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MICRON.title);
  });

  test('filters by theme and status, and is told when nothing matches', async ({ page }) => {
    await page.goto('/search?q=Micron');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('ukraine');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/theme=ukraine/);
    await expect(page.getByRole('heading', { name: 'No commitments match' })).toBeVisible();
    await page.goto('/search?q=chips&status=in_progress');
    const statuses = page.locator('.search-results .meta');
    expect(await statuses.count()).toBeGreaterThan(0);
    for (const text of await statuses.allInnerTexts()) expect(text).toContain('In progress');
  });

  test('with a query that is too long, and gets a clear message, not an error', async ({
    page,
  }) => {
    const response = await page.goto(`/search?q=${'micron '.repeat(300)}`);
    expect(response?.status()).toBe(200);
    // Next's route announcer is an alert too: the message is the one in main.
    await expect(page.getByRole('main').getByRole('alert')).toContainText('too long');
  });

  test('with markup, operators, SQL and NUL, and gets results or a message', async ({ page }) => {
    for (const q of ['<script>alert(1)</script>', "micron'; drop table x; --", '"micron', '%00']) {
      const response = await page.goto(
        `/search?q=${q.startsWith('%') ? q : encodeURIComponent(q)}`,
      );
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    }
    await page.goto(`/search?q=${encodeURIComponent('<b>micron</b>')}`);
    await expect(page.locator('main b')).toHaveCount(0);
  });

  test('the REST API searches with the same cache headers as other public reads', async ({
    request,
  }) => {
    const res = await request.get('/api/v1/commitments?q=Micron%20Hiroshima');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('public');
    const body = (await res.json()) as { items: { slug: string }[] };
    expect(body.items.map((c) => c.slug)).toEqual([MICRON.slug]);
    const long = await request.get(`/api/v1/commitments?q=${'a'.repeat(2000)}`);
    expect(long.status()).toBe(400);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box still searches, as a plain form', async ({ page }) => {
    await page.goto('/methodology');
    await page.getByRole('searchbox', { name: 'Search commitments' }).fill('Micron Hiroshima');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=Micron\+Hiroshima$/);
    await expect(page.getByRole('link', { name: MICRON.title })).toBeVisible();
  });
});
