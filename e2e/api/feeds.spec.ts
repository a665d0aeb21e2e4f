import { expect, test } from '@playwright/test';
import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { BRIEFS } from '../fixtures/site';
import { type ApiErrorBody } from '../fixtures/rest';

/** Each feed in English, and in Japanese under /ja (linking to the Japanese pages). */
const FEEDS = (['', '/ja'] as const).flatMap((prefix) => [
  {
    name: `${prefix} site-wide`.trim(),
    atom: `${prefix}/feeds/changes.atom`,
    json: `${prefix}/feeds/changes.json`,
    theme: null,
    pages: `${prefix}/commitments/`,
  },
  ...BRIEFS.map((b) => ({
    name: `${prefix} ${b.slug} theme's`.trim(),
    atom: `${prefix}/themes/${b.slug}/feed.atom`,
    json: `${prefix}/themes/${b.slug}/feed.json`,
    theme: b.slug,
    pages: `${prefix}/commitments/`,
  })),
]);

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

for (const feed of FEEDS) {
  test(`a feed reader parses the ${feed.name} Atom feed, with every element Atom requires`, async ({
    request,
    baseURL,
  }) => {
    const response = await request.get(feed.atom);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers()['etag']).toBeTruthy();
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const atom = parseAtomFeed(xml);
    // RFC 4287 §4.1.1: id, title, updated; an author (here at feed level); a self link.
    expect(atom.id).toMatch(/^urn:accord:feed:/);
    expect(atom.title?.value).toContain('Accord');
    expect(atom.updated).toMatch(ISO);
    expect(atom.authors?.[0]?.name).toBeTruthy();
    expect(atom.links?.find((l) => l.rel === 'self')?.href).toBe(`${baseURL}${feed.atom}`);
    const entries = atom.entries ?? [];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(50);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    let previous = Infinity;
    for (const entry of entries) {
      expect(entry.id).toMatch(/^urn:accord:/);
      expect(entry.title?.value).toBeTruthy();
      expect(entry.updated).toMatch(ISO);
      expect(entry.published).toMatch(ISO);
      const link = entry.links?.find((l) => l.rel === 'alternate')?.href ?? '';
      expect(link).toMatch(new RegExp(`^${baseURL}${feed.pages}[a-z0-9-]+$`));
      expect(entry.content?.value).toBeTruthy();
      if (feed.theme) expect(entry.categories?.[0]?.term).toBe(feed.theme);
      // Newest first.
      const published = Date.parse(entry.published!);
      expect(published).toBeLessThanOrEqual(previous);
      previous = published;
    }
  });

  test(`a feed reader parses the ${feed.name} JSON Feed 1.1, with every field the spec requires`, async ({
    request,
    baseURL,
  }) => {
    const response = await request.get(feed.json);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
    const raw = (await response.json()) as Record<string, unknown>;
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    const parsed = parseJsonFeed(raw);
    expect(parsed.title).toContain('Accord');
    expect(parsed.feed_url).toBe(`${baseURL}${feed.json}`);
    const items = parsed.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      // Required: id, and content_html or content_text.
      expect(typeof item.id).toBe('string');
      expect(item.content_text).toBeTruthy();
      expect(item.url).toMatch(new RegExp(`^${baseURL}${feed.pages}[a-z0-9-]+$`));
      expect(item.date_published).toMatch(ISO);
      if (feed.theme) expect(item.tags?.[0]).toBe(feed.theme);
    }
  });

  test(`the ${feed.name} Atom and JSON feeds carry the same entries`, async ({ request }) => {
    const atom = parseAtomFeed(await (await request.get(feed.atom)).text());
    const json = parseJsonFeed(await (await request.get(feed.json)).json());
    expect((json.items ?? []).map((i) => i.id)).toEqual((atom.entries ?? []).map((e) => e.id));
  });
}

test('the site-wide feed has the publications and the status updates', async ({ request }) => {
  const atom = parseAtomFeed(await (await request.get('/feeds/changes.atom')).text());
  const ids = (atom.entries ?? []).map((e) => e.id ?? '');
  expect(ids.some((id) => /^urn:accord:commitment:\d+:published$/.test(id))).toBe(true);
  expect(ids.some((id) => /^urn:accord:status-update:\d+$/.test(id))).toBe(true);
});

test('a feed for an unknown theme is a JSON 404 naming it', async ({ request }) => {
  for (const path of ['/themes/no-such-theme/feed.atom', '/themes/no-such-theme/feed.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const body = (await response.json()) as ApiErrorBody;
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toContain('"no-such-theme"');
  }
});

test('a feed reader revalidates a feed with If-None-Match and gets a 304', async ({ request }) => {
  const first = await request.get('/feeds/changes.json');
  const etag = first.headers()['etag']!;
  const again = await request.get('/feeds/changes.json', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('a reader’s browser finds the feeds from the home page and a theme page', async ({ page }) => {
  // Absolute on ACCORD_BASE_URL (the site's metadataBase), as a feed reader resolves them.
  const pathsOf = (locator: ReturnType<typeof page.locator>) =>
    locator.evaluateAll((links) =>
      links.map((l) => new URL(l.getAttribute('href')!, document.baseURI).pathname),
    );
  await page.goto('/');
  const home = page.locator('head link[rel="alternate"]');
  expect(await pathsOf(home.and(page.locator('[type="application/atom+xml"]')))).toEqual([
    '/feeds/changes.atom',
  ]);
  expect(await pathsOf(home.and(page.locator('[type="application/feed+json"]')))).toEqual([
    '/feeds/changes.json',
  ]);
  await page.goto('/themes/chips');
  const paths = await pathsOf(page.locator('head link[rel="alternate"]'));
  expect(paths).toEqual(
    expect.arrayContaining(['/themes/chips/feed.atom', '/themes/chips/feed.json']),
  );
  for (const path of paths) {
    expect((await page.request.get(path)).status(), path).toBe(200);
  }
});

test('a reader in Japan subscribes to the Japanese feeds: Japanese words and titles, Japanese pages', async ({
  page,
  request,
}) => {
  const english = parseAtomFeed(await (await request.get('/feeds/changes.atom')).text());
  const xml = await (await request.get('/ja/feeds/changes.atom')).text();
  expect(xml).toContain('xml:lang="ja"');
  const japanese = parseAtomFeed(xml);
  expect(japanese.title?.value).toBe('Accord：首脳会談の合意の動き');
  // The same changes, as entries of their own (a reader subscribed to both keeps both).
  expect((japanese.entries ?? []).map((e) => e.id)).toEqual(
    (english.entries ?? []).map((e) => `${e.id}:ja`),
  );
  const titles = (japanese.entries ?? []).map((e) => e.title?.value ?? '');
  expect(titles.some((t) => /^新しい合意：/.test(t))).toBe(true);
  expect(titles.some((t) => /^(未評価|進行中|一部実現|実現|停滞|断念)/.test(t))).toBe(true);
  const json = parseJsonFeed(await (await request.get('/ja/feeds/changes.json')).json());
  expect(json.language).toBe('ja');
  // An entry leads to its page in Japanese.
  const first = (japanese.entries ?? [])[0]!;
  await page.goto(first.links!.find((l) => l.rel === 'alternate')!.href!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // A Japanese page announces the Japanese feeds, a theme page its own first.
  const pathsOf = () =>
    page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) =>
        links.map((l) => new URL(l.getAttribute('href')!, document.baseURI).pathname),
      );
  await page.goto('/ja');
  expect(await pathsOf()).toEqual(['/ja/feeds/changes.atom']);
  await page.goto('/ja/themes/chips');
  expect(await pathsOf()).toEqual(['/ja/themes/chips/feed.atom', '/ja/feeds/changes.atom']);
});

test('a Japanese feed for an unknown theme is a JSON 404 too', async ({ request }) => {
  const response = await request.get('/ja/themes/no-such-theme/feed.atom');
  expect(response.status()).toBe(404);
  expect(((await response.json()) as ApiErrorBody).error.code).toBe('NOT_FOUND');
});
