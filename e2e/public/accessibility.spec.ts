import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoViolations as expectNone } from '../fixtures/axe';
import { listAllCommitments, listSlugs } from '../fixtures/trpc';
import { coverOf, layoutFeatures, layoutVariants } from '../fixtures/variants';

const NOT_FOUND = '/themes/no-such-theme';
const NOT_FOUND_JA = '/ja/no-such-page';

const expectNoViolations = (page: Parameters<typeof expectNone>[0], paths: string[]) =>
  expectNone(page, paths, (path) => (path === NOT_FOUND || path === NOT_FOUND_JA ? 404 : 200));

/**
 * The public pages of each kind, with slugs read from the API over HTTP. A kind with one page
 * per record (`variants`) is checked on one page per layout variant (fixtures/variants.ts):
 * axe on every source page alone took over two minutes, on pages that differ only in words.
 */
const PAGES: {
  kind: string;
  minimum: number;
  variants?: true;
  paths: (request: APIRequestContext) => Promise<string[]>;
}[] = [
  {
    kind: 'home, methodology and 404',
    minimum: 6,
    paths: () =>
      Promise.resolve([
        '/',
        '/methodology',
        '/meetings',
        '/parties',
        '/sources',
        // A later page of an index (components/index-page.tsx): the seed's sources fill three.
        '/sources/more/c1.NTA',
        NOT_FOUND,
      ]),
  },
  {
    kind: 'Japanese',
    minimum: 12,
    paths: () =>
      Promise.resolve([
        '/ja',
        '/ja/themes/chips',
        '/ja/themes/security',
        '/ja/commitments/tokyo-startup-hub-with-mit',
        '/ja/meetings',
        '/ja/meetings/kishida-biden-hiroshima-2023',
        '/ja/parties',
        '/ja/parties/jp',
        '/ja/sources',
        '/ja/sources/more/c1.NTA',
        '/ja/methodology',
        '/ja/developers',
        '/ja/search?q=Micron',
        `/ja/search?q=${encodeURIComponent('AI 半導体')}`,
        NOT_FOUND_JA,
      ]),
  },
  {
    kind: 'developers and sign-in',
    minimum: 2,
    paths: () => Promise.resolve(['/developers', '/sign-in']),
  },
  {
    kind: 'as-of',
    minimum: 6,
    paths: () =>
      Promise.resolve([
        '/as-of/2023-05-19/themes/security',
        '/as-of/2023-05-19/commitments/trilateral-meeting-with-south-korea',
        '/as-of?theme=security',
        '/ja/as-of/2023-05-19/themes/security',
        '/ja/as-of/2023-05-19/commitments/trilateral-meeting-with-south-korea',
        '/ja/as-of?theme=security',
      ]),
  },
  {
    kind: 'search',
    minimum: 4,
    paths: () =>
      Promise.resolve([
        '/search',
        '/search?q=Micron',
        '/search?q=chips&theme=chips&status=in_progress',
        `/search?q=${'a'.repeat(300)}`,
        `/search?q=${encodeURIComponent('半導体')}`,
      ]),
  },
  {
    kind: 'theme',
    variants: true,
    minimum: 4,
    paths: async (request) => (await listSlugs(request, 'theme.list')).map((s) => `/themes/${s}`),
  },
  {
    kind: 'commitment',
    variants: true,
    minimum: 13,
    paths: async (request) =>
      (await listAllCommitments(request, { limit: 5 })).items.map((c) => `/commitments/${c.slug}`),
  },
  {
    kind: 'meeting',
    variants: true,
    minimum: 2,
    paths: async (request) =>
      (await listSlugs(request, 'meeting.list')).map((s) => `/meetings/${s}`),
  },
  {
    kind: 'party',
    variants: true,
    minimum: 11,
    paths: async (request) => (await listSlugs(request, 'party.list')).map((s) => `/parties/${s}`),
  },
  {
    kind: 'source',
    variants: true,
    minimum: 1,
    paths: async (request) => (await listSlugs(request, 'source.list')).map((s) => `/sources/${s}`),
  },
];

test.describe('accessibility (WCAG 2.2 AA, axe)', () => {
  // Read-only and independent: the kinds spread over both workers.
  test.describe.configure({ mode: 'parallel' });
  for (const { kind, minimum, variants, paths } of PAGES) {
    test(`a screen-reader user finds no WCAG violations on every ${kind} page${variants ? ' layout' : ''}`, async ({
      page,
      request,
    }) => {
      const all = await paths(request);
      expect(all.length).toBeGreaterThanOrEqual(minimum);
      // Finding the layouts reads every page once (about 100 sources, each rendered on first
      // request): that alone outlasted the default 30 s beside other specs.
      const discovery = variants ? all.length * 2_000 : 0;
      test.setTimeout(30_000 + discovery);
      const checked = variants ? await layoutVariants(request, all) : all;
      test.setTimeout(30_000 + discovery + checked.length * 10_000);
      test.info().annotations.push({
        type: 'pages',
        description: `${checked.length} of ${all.length}: ${checked.join(' ')}`,
      });
      await expectNoViolations(page, checked);
    });
  }

  test('one page per layout variant: a page with a part no other page has is always checked', () => {
    const page = (path: string, html: string) => ({ path, features: layoutFeatures(html) });
    const plain = '<main><h1 class="title">A</h1><p>words</p></main>';
    const pages = [
      page('/sources/a', plain),
      page('/sources/b', plain.replace('words', 'other words')),
      page('/sources/c', '<main><h1 class="title">C</h1><p class="badge unreliable">!</p></main>'),
      page(
        '/sources/d',
        '<main><h1 class="title">D</h1><blockquote lang="ja">引用</blockquote></main>',
      ),
      // Outside <main>: the header and footer are the same on every page.
      page('/sources/e', `<header class="x"></header>${plain}`),
    ];
    expect(coverOf(pages)).toEqual(['/sources/c', '/sources/d']);
    expect(coverOf(pages.slice(0, 2))).toEqual(['/sources/a']);
  });
});

/**
 * The same checks with the reader's system set to dark, on the pages readers land on most and
 * the sign-in form (axe's color-contrast rule is what differs between the schemes; the colour
 * pairs themselves are checked in apps/web/src/app/colours.test.ts).
 */
const DARK_PAGES = [
  '/',
  '/themes/chips',
  '/commitments/tokyo-startup-hub-with-mit',
  '/methodology',
  '/developers',
  '/sign-in',
];

test.describe('accessibility in the dark scheme (WCAG 2.2 AA, axe)', () => {
  test.use({ colorScheme: 'dark' });

  test('a screen-reader user with a dark system scheme finds no WCAG violations on the main pages', async ({
    page,
  }) => {
    test.setTimeout(30_000 + DARK_PAGES.length * 10_000);
    await page.goto('/');
    // The pages really are dark: otherwise this would only repeat the light checks.
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background).toBe('rgb(18, 24, 32)');
    await expectNoViolations(page, DARK_PAGES);
  });
});

test.describe('keyboard and structure', () => {
  test('a keyboard user skips to the content with the first Tab', async ({ page }) => {
    await page.goto('/themes/security');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab continues inside the content, not back in the header: first the same page
    // in Japanese, then the breadcrumb.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByRole('link', { name: '日本語' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByRole('link', { name: 'Briefs' })).toBeFocused();
  });

  const STRUCTURE = [
    '/',
    '/methodology',
    '/meetings',
    '/parties',
    '/sources',
    '/themes/chips',
    '/commitments/tokyo-startup-hub-with-mit',
    '/meetings/g7-hiroshima-summit-2023',
    '/parties/micron',
    '/sources/kishida-biden-tech-cooperation-2023-05-19',
    NOT_FOUND,
  ];
  for (const path of STRUCTURE) {
    test(`a screen-reader user finds one h1 and the banner, main and contentinfo landmarks on ${path}`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
    });
  }
});
