import { expect, test } from '@playwright/test';

const COMMITMENTS = [
  {
    slug: 'strengthen-japan-us-alliance',
    title: 'Keep strengthening the Japan–US security alliance',
  },
  {
    slug: 'tokyo-startup-hub-with-mit',
    title: 'A start-up hub in Tokyo with MIT, from 2028 at the earliest',
  },
];

for (const commitment of COMMITMENTS) {
  test(`a reader follows each quote on "${commitment.slug}" to the source and back`, async ({
    page,
  }) => {
    await page.goto(`/commitments/${commitment.slug}`);
    const quotes = page.getByRole('region', { name: 'In their words' }).getByRole('figure');
    const total = await quotes.count();
    expect(total).toBeGreaterThan(0);

    for (let i = 0; i < total; i += 1) {
      await test.step(`quote ${i + 1} of ${total}`, async () => {
        const quote = quotes.nth(i);
        const text = await quote.getByRole('blockquote').innerText();
        // The source link is the one that names this quote on the source's page.
        const link = quote.locator('a[href^="/sources/"][href*="#quote-"]');
        const sourceTitle = await link.innerText();
        const href = (await link.getAttribute('href')) ?? '';
        const anchor = /#(quote-\d+)$/.exec(href)?.[1];
        expect(anchor, `the source link ${href} names the quote`).toBeDefined();
        await expect(quote).toHaveAttribute('id', anchor ?? '');

        await link.click();
        await expect(page).toHaveURL(new RegExp(`/sources/[a-z0-9-]+#${anchor}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(sourceTitle);

        const target = page.locator(`li#${anchor}`);
        await expect(target).toBeInViewport();
        await expect(target.getByRole('blockquote')).toHaveText(text);
        // The quote the reader came for is the one the page highlights.
        await expect(page.locator('li:target')).toHaveAttribute('id', anchor ?? '');
        const background = (l: typeof target) =>
          l.evaluate((el) => getComputedStyle(el).backgroundColor);
        const others = page.locator(`ol > li[id^="quote-"]:not(#${anchor})`);
        // Against the source's other quotes, or the page itself when it is the only one.
        const unmarked =
          (await others.count()) > 0 ? await background(others.first()) : 'rgba(0, 0, 0, 0)';
        expect(await background(target)).not.toBe(unmarked);

        const back = target.getByRole('link', { name: commitment.title });
        await expect(back).toHaveAttribute('href', `/commitments/${commitment.slug}`);
        await back.click();
        await expect(page).toHaveURL(`/commitments/${commitment.slug}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(commitment.title);
      });
    }
  });
}
