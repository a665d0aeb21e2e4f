import { type APIRequestContext } from '@playwright/test';
import { listAllCommitments } from '../fixtures/trpc';
import {
  ADMIN_TEST_TIMEOUT,
  createCommitment,
  createTheme,
  expect,
  retire,
  setState,
  test,
} from '../fixtures/admin';

test.describe.configure({ timeout: ADMIN_TEST_TIMEOUT });

/** Every commitment path the sitemaps list, through the index as a crawler reads it. */
async function sitemapCommitmentPaths(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toBe('application/xml; charset=utf-8');
  const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThanOrEqual(2);
  const paths: string[] = [];
  for (const file of files) {
    const res = await request.get(new URL(file).pathname);
    expect(res.status(), file).toBe(200);
    for (const [, loc] of (await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = new URL(loc!).pathname;
      if (path.startsWith('/commitments/')) paths.push(path);
    }
  }
  return paths;
}

test('the sitemap lists every published commitment and no draft, and a publish adds it at once', async ({
  admin,
  newEditor,
  request,
  cleanup,
}) => {
  const editor = await newEditor('Sitemap editor');
  const theme = await createTheme(admin);
  const draft = await createCommitment(editor, { theme: theme.slug });
  cleanup(() => retire(admin, theme, [draft.id]));

  // Other admin specs publish and retract in parallel: what was published both before and
  // after the sitemap was read must be in it, and nothing that was published at neither time.
  const publishedNow = async () =>
    new Set((await listAllCommitments(request)).items.map((c) => `/commitments/${c.slug}`));
  const before = await publishedNow();
  const listed = await sitemapCommitmentPaths(request);
  const after = await publishedNow();
  expect(new Set(listed).size, 'each commitment listed once').toBe(listed.length);
  for (const path of before) if (after.has(path)) expect(listed).toContain(path);
  for (const path of listed) expect(before.has(path) || after.has(path), path).toBe(true);
  expect(listed).not.toContain(`/commitments/${draft.data.slug}`);

  await setState(admin, draft.id, 'review');
  await setState(admin, draft.id, 'published');
  expect(await sitemapCommitmentPaths(request)).toContain(`/commitments/${draft.data.slug}`);
});

test('robots.txt keeps crawlers out of the admin and the API and points at the sitemap', async ({
  request,
}) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  const lines = (await res.text()).split('\n');
  expect(lines).toEqual(expect.arrayContaining(['Disallow: /admin', 'Disallow: /api/']));
  const sitemap = lines.find((line) => line.startsWith('Sitemap: '));
  expect(new URL(sitemap!.slice('Sitemap: '.length)).pathname).toBe('/sitemap.xml');
});

test('a commitment link pasted into a chat shows a card: title, summary, canonical address, icon', async ({
  page,
}) => {
  const [first] = (await listAllCommitments(page.request, { limit: 1 })).items;
  await page.goto(`/commitments/${first!.slug}`);
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  expect(await meta('meta[property="og:title"]')).toBe(first!.title);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:site_name"]')).toBe('Accord');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');
  expect((await meta('meta[property="og:description"]'))?.length).toBeGreaterThan(20);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname).toBe(`/commitments/${first!.slug}`);
  expect(new URL((await meta('meta[property="og:url"]'))!).pathname).toBe(
    `/commitments/${first!.slug}`,
  );
  // The feeds are still announced on a page that sets its own links.
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  const iconRes = await page.request.get(icon!);
  expect(iconRes.status()).toBe(200);
  expect(iconRes.headers()['content-type']).toContain('image/svg+xml');
});

test('every index page shows a card of its own when shared: its title, address and summary', async ({
  page,
}) => {
  const [source] = [
    ...(await (await page.request.get('/sources')).text()).matchAll(/href="(\/sources\/[^"]+)"/g),
  ].map((m) => m[1]!);
  for (const path of [
    '/',
    '/meetings',
    '/parties',
    '/sources',
    '/methodology',
    '/developers',
    source!,
  ]) {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    const title = await meta('meta[property="og:title"]');
    expect(title, path).toBeTruthy();
    expect(await meta('meta[name="twitter:title"]'), path).toBe(title);
    expect(new URL((await meta('meta[property="og:url"]'))!).pathname, path).toBe(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, path).toBe(path);
    expect(await meta('meta[property="og:site_name"]'), path).toBe('Accord');
  }
  // The home page's title is the site's name, with no "— Accord" after it.
  await page.goto('/');
  await expect(page).toHaveTitle('Accord — summit commitments, tracked');
});

test('a home-screen icon and a favicon.ico come as images the site drew, with no page render', async ({
  page,
}) => {
  await page.goto('/');
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const png = await page.request.get(touch!);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([180, 180]);

  const ico = await page.request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toBe('image/x-icon');
  const file = await ico.body();
  // ICONDIR: reserved 0, type 1 (icon), one image of 32 × 32, its PNG at the offset it names.
  expect([file.readUInt16LE(0), file.readUInt16LE(2), file.readUInt16LE(4)]).toEqual([0, 1, 1]);
  expect([file[6], file[7]]).toEqual([32, 32]);
  expect(file.subarray(file.readUInt32LE(18) + 1, file.readUInt32LE(18) + 4).toString()).toBe(
    'PNG',
  );
});

test('the developers page describes the data as a schema.org Dataset with its downloads', async ({
  page,
}) => {
  await page.goto('/developers');
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const dataset = JSON.parse(json!) as {
    '@type': string;
    distribution: { contentUrl: string; encodingFormat: string }[];
  };
  expect(dataset['@type']).toBe('Dataset');
  const csv = dataset.distribution.find((d) => d.encodingFormat === 'text/csv');
  const res = await page.request.get(csv!.contentUrl.replace(/^https?:\/\/[^/]+/, ''));
  expect(res.status()).toBe(200);
});

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const path of ['/themes/chips', '/commitments/tokyo-startup-hub-with-mit']) {
  test(`the card image of ${path} is a 1200 × 630 PNG (drawn offline: this machine reaches no font host)`, async ({
    page,
  }) => {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(
      await page.locator('meta[property="og:image:type"]').first().getAttribute('content'),
    ).toBe('image/png');
    const res = await page.request.get(new URL(image!).pathname + new URL(image!).search);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  });
}
