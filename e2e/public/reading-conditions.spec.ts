import { expect, test } from '@playwright/test';
import { BRIEFS, commitmentsLabel, MEETING_TITLE, SOURCE_SLUG, themeCard } from '../fixtures/site';

const MAIN_PAGES = [
  '/',
  '/methodology',
  '/meetings',
  '/parties',
  '/sources',
  '/themes/security',
  '/themes/chips',
  '/commitments/strengthen-japan-us-alliance',
  '/commitments/trilateral-meeting-with-south-korea',
  '/meetings/kishida-biden-hiroshima-2023',
  '/meetings/g7-hiroshima-summit-2023',
  '/parties/jp',
  `/sources/${SOURCE_SLUG}`,
];

const security = BRIEFS[0];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader without JavaScript reads the home page, a brief and a commitment', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING_TITLE);
    for (const brief of BRIEFS) {
      await expect(
        themeCard(page, brief.title).getByText(commitmentsLabel(brief.commitments)),
      ).toBeVisible();
    }

    // Links work as plain links: no client-side router is needed.
    await themeCard(page, security.title).getByRole('link', { name: security.title }).click();
    await expect(page).toHaveURL(`/themes/${security.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(security.title);
    await expect(page.getByRole('region', { name: 'The brief' })).toContainText(security.opening);
    await expect(
      page
        .getByRole('region', { name: commitmentsLabel(security.commitments) })
        .getByRole('article'),
    ).toHaveCount(security.commitments);

    await page
      .getByRole('link', { name: 'Keep strengthening the Japan–US security alliance' })
      .click();
    await expect(page).toHaveURL('/commitments/strengthen-japan-us-alliance');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Keep strengthening the Japan–US security alliance',
    );
    await expect(
      page.getByText(/^Both leaders restated that strengthening their security alliance/),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'In their words' }).getByRole('figure'),
    ).toHaveCount(3);
    // Every dated follow-up, and its timeline drawn on the server.
    await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(
      8,
    );
    await expect(
      page.getByRole('region', { name: 'Timeline' }).getByRole('img', { name: /^Timeline of/ }),
    ).toBeVisible();
  });
});

test('a reader’s browser makes no request outside the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));

  for (const path of MAIN_PAGES) {
    // networkidle on purpose: requests made after load (prefetches, lazy assets) count too.
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // And a client-side navigation, which fetches its data rather than a document.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Briefs' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING_TITLE);
  await page.waitForLoadState('networkidle');

  expect(requested.length).toBeGreaterThan(MAIN_PAGES.length);
  const external = requested.filter((url) => new URL(url).origin !== origin);
  expect(external, `requests outside ${origin}`).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of MAIN_PAGES) {
    test(`a reader on a phone reads ${path} without scrolling sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(innerWidth).toBe(375);
      expect(
        scrollWidth,
        `page is ${scrollWidth}px wide on a ${innerWidth}px screen`,
      ).toBeLessThanOrEqual(innerWidth);
    });
  }
});

test('a reader prints a commitment without the site navigation', async ({ page }) => {
  await page.goto('/commitments/continue-supporting-ukraine');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const quotes = page.getByRole('region', { name: 'In their words' }).getByRole('figure');
  await expect(quotes).toHaveCount(2);
  for (const quote of await quotes.all()) await expect(quote).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test.describe('caching', () => {
  for (const path of [`/themes/${security.slug}`, '/commitments/strengthen-japan-us-alliance']) {
    test(`a reader gets ${path} from the prerendered cache, revalidated hourly`, async ({
      request,
    }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      // Built at build time (generateStaticParams) and served from the ISR cache.
      expect(headers['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
      // Shared caches may keep it for the page's revalidate period (3600 s).
      expect(headers['cache-control']).toMatch(/(^|,\s*)s-maxage=3600(,|$)/);
      expect(headers['cache-control']).not.toMatch(/no-store|private/);
    });
  }
});
