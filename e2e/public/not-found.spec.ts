import { expect, test } from '@playwright/test';
import { MEETING_TITLE } from '../fixtures/site';

const UNKNOWN = [
  '/themes/no-such-theme',
  '/commitments/no-such-commitment',
  '/meetings/no-such-meeting',
  '/parties/no-such-party',
  '/sources/no-such-source',
  // Not even a valid slug: the API rejects it as bad input, the site still answers 404.
  '/commitments/NOT%20A%20SLUG',
  '/themes/Security',
];

for (const path of UNKNOWN) {
  test(`a reader who opens ${path} gets a 404 page with a way home`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Go to the briefs' }),
    ).toHaveAttribute('href', '/');
  });
}

test('a reader on a 404 page follows the link home', async ({ page }) => {
  await page.goto('/commitments/no-such-commitment');
  await page.getByRole('main').getByRole('link', { name: 'Go to the briefs' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING_TITLE);
});
