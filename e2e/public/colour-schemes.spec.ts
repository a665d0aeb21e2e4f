import { expect, type Page, test } from '@playwright/test';

/**
 * The chips brief as a reader sees it in the light and in the dark scheme, compared with the
 * baselines in e2e/screenshots/ (see snapshotPathTemplate in playwright.config.ts). Only the
 * page's <main> is compared: the header and footer are shared chrome that other work changes
 * (a search box is coming) and they have no colour of their own per scheme. The status chart
 * is masked because its time axis ends today; nothing else on the page depends on the date,
 * and the editors' specs publish only into themes of their own, never into this brief.
 *
 * Baselines are rendered by Debian's Chromium, as in CI. After an intended change of the
 * page's look: `pnpm test:e2e --project=desktop public/colour-schemes.spec.ts
 * --update-snapshots` and commit the new PNGs after looking at them.
 */

const PAGE = '/themes/chips';
const VIEWPORT = { width: 1280, height: 900 };

async function settled(page: Page) {
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Chips, AI and emerging technology',
  );
  await page.evaluate(() => document.fonts.ready);
}

/** The page's own background, as a WCAG relative luminance (0 black to 1 white). */
function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rgb = getComputedStyle(document.documentElement)
      .backgroundColor.match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => v / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme, viewport: VIEWPORT, deviceScaleFactor: 1 });

    test(`a reader whose system is set to ${colorScheme} sees the chips brief in ${colorScheme} colours`, async ({
      page,
    }) => {
      await settled(page);
      const luminance = await backgroundLuminance(page);
      if (colorScheme === 'dark') expect(luminance).toBeLessThan(0.05);
      else expect(luminance).toBeGreaterThan(0.9);

      // The header and footer leave the page before the picture is taken: the header's height
      // (the search box) left <main> at a fractional offset, and the picture then took one
      // pixel row of the header and was one pixel taller than the baseline.
      await page.addStyleTag({ content: '.site-header, .site-footer { display: none; }' });
      await expect(page.getByRole('main')).toHaveScreenshot(`chips-brief-${colorScheme}.png`, {
        animations: 'disabled',
        caret: 'hide',
        mask: [page.locator('.status-chart svg')],
        maxDiffPixelRatio: 0.002,
      });
    });
  });
}

test.describe('print', () => {
  test.use({ colorScheme: 'dark' });

  test('a reader whose system is set to dark prints the brief on white', async ({ page }) => {
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
    await page.emulateMedia({ media: 'screen' });
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
  });
});
