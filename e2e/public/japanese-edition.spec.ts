import { expect, test } from '@playwright/test';
import { trpcData } from '../fixtures/trpc';

/** A commitment of the chips brief, with an English quote (seed: hiroshima-2023). */
const COMMITMENT = 'tokyo-startup-hub-with-mit';
/** The seed's meeting and a party of it. */
const MEETING = 'kishida-biden-hiroshima-2023';
const PARTY = 'jp';

test.describe('the Japanese edition', () => {
  test('a reader opens the chips brief in Japanese: Japanese headings, title and brief', async ({
    page,
  }) => {
    const response = await page.goto('/ja/themes/chips');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    // The UI speaks Japanese: navigation, headings and status names.
    await expect(page.getByRole('navigation', { name: 'メイン' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '概要' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'ステータスの推移' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^合意 \d+件$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '本文へ移動' })).toBeAttached();
    // The theme's title and brief are their Japanese translations (seed: translations-ja.ts),
    // in the page's language: nothing marked English, no "not translated" notice.
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText('半導体・AI・先端技術');
    await expect(title).not.toHaveAttribute('lang', 'en');
    const brief = page.locator('#brief-heading + div');
    await expect(brief).not.toHaveAttribute('lang', 'en');
    await expect(brief.locator('p').first()).toHaveText(/[\u3040-\u30ff]{4}/);
    await expect(brief.locator('strong').first()).toHaveText(/^[^A-Za-z]+$/);
    await expect(
      page.getByText('この項目はまだ翻訳されていません。', { exact: false }),
    ).toHaveCount(0);
    // Its commitments lead to their Japanese pages, each card's title in Japanese.
    const card = page.locator('.commitment-card').first();
    await expect(card.getByRole('heading', { level: 3 })).not.toHaveAttribute('lang', 'en');
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(
      /[\u3040-\u30ff\u4e00-\u9fff]/,
    );
    // The strength of language is our vocabulary, in Japanese (約束, 合意, 再確認…).
    await expect(card.locator('.strength')).toHaveText(/^[^A-Za-z]+$/);
    await expect(card.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute(
      'href',
      /^\/ja\/commitments\//,
    );
  });

  test('each quote keeps the language it was said or reported in, English ones marked lang="en"', async ({
    page,
    request,
  }) => {
    const c = await trpcData<{
      quotes: { id: number; source: { language: string } }[];
    }>(request, 'commitment.bySlug', { slug: COMMITMENT });
    await page.goto(`/ja/commitments/${COMMITMENT}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    // This commitment is quoted from English and from Japanese reports.
    const languages = new Set(c.quotes.map((q) => q.source.language));
    expect([...languages].sort()).toEqual(['en', 'ja']);
    for (const q of c.quotes) {
      await expect(page.locator(`#quote-${q.id} blockquote`)).toHaveAttribute(
        'lang',
        q.source.language,
      );
    }
  });

  test('the Japanese commitment page has no English heading or label of ours left', async ({
    page,
  }) => {
    await page.goto(`/ja/commitments/${COMMITMENT}`);
    await expect(page.getByRole('heading', { level: 2, name: '履歴' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '当事者の言葉' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '経過' })).toBeVisible();
    await expect(page.locator('.facts dt').first()).toHaveText('ステータス');
    // Every heading, term, caption and button is ours, in Japanese, and so are the names of
    // the parties in them (a track's heading); record text left in English is marked lang="en".
    const labels = await page
      .locator('main :is(h2, h3, dt, summary, label, button, th):not([lang="en"])')
      .evaluateAll((nodes) =>
        nodes.map((node) => {
          const copy = node.cloneNode(true) as Element;
          for (const en of copy.querySelectorAll('[lang="en"]')) en.remove();
          return (copy.textContent ?? '').trim();
        }),
      );
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) expect(label, label).not.toMatch(/[A-Za-z]{3,}/);
    for (const english of ['History', 'In their words', 'Timeline', 'Key dates', 'Source:'])
      await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  });

  test('a reader sees every record a commitment names by its Japanese name, and follows one', async ({
    page,
  }) => {
    await page.goto(`/ja/commitments/${COMMITMENT}`);
    // The theme in the breadcrumb, the meeting it was made at, its parties, the meetings of
    // its lineage: each a link to its Japanese page, named in Japanese (seed: catalog-ja.ts).
    const named = page.locator(
      'main a[href^="/ja/themes/"], main a[href^="/ja/meetings/"], main a[href^="/ja/parties/"]',
    );
    expect(await named.count()).toBeGreaterThan(3);
    for (const link of await named.all()) {
      await expect(link).not.toHaveAttribute('lang', 'en');
      await expect(link).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    await expect(page.getByRole('navigation', { name: 'パンくずリスト' })).toContainText('半導体');
    await page.locator('.parties').getByRole('link', { name: '日本', exact: true }).click();
    await expect(page).toHaveURL(`/ja/parties/${PARTY}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本');
  });

  test('the Hiroshima meeting names its participants, their parties and the account columns in Japanese', async ({
    page,
  }) => {
    await page.goto(`/ja/meetings/${MEETING}`);
    const columns = page.locator('table.accounts thead th');
    await expect(columns.filter({ hasText: '日本' })).toHaveCount(1);
    await expect(columns.filter({ hasText: 'アメリカ合衆国' })).toHaveCount(1);
    await expect(page.locator('table.accounts th[lang="en"]')).toHaveCount(0);
    for (const link of await page
      .locator('main a[href^="/ja/parties/"], main a[href^="/ja/meetings/"]')
      .all()) {
      await expect(link).not.toHaveAttribute('lang', 'en');
    }
    // Each participant by their Japanese name and office, as the press writes them.
    const participants = page.getByRole('region', { name: '出席者' }).getByRole('listitem');
    await expect(participants.first()).toHaveText('岸田文雄首相、日本');
    await expect(participants.nth(1)).toHaveText('ジョー・バイデン大統領、アメリカ合衆国');
    await expect(participants.locator('[lang="en"]')).toHaveCount(0);
  });

  test("a reader follows a commitment's history in Japanese: each status note is our translation", async ({
    page,
    request,
  }) => {
    const c = await trpcData<{
      history: {
        note: string;
        party: unknown;
        translations: { ja?: { note?: { text: string } } };
      }[];
    }>(request, 'commitment.bySlug', { slug: COMMITMENT });
    expect(c.history.length).toBeGreaterThan(1);
    await page.goto(`/ja/commitments/${COMMITMENT}`);
    const items = page.locator('#history-heading ~ ol > li');
    await expect(items).toHaveCount(c.history.length);
    for (const [i, u] of c.history.entries()) {
      const japanese = u.translations.ja!.note!.text;
      const note = items.nth(i).getByText(japanese, { exact: true });
      await expect(note).toBeVisible();
      await expect(note).not.toHaveAttribute('lang', 'en');
      await expect(page.getByText(u.note, { exact: true })).toHaveCount(0);
    }
    // The status's "why" is the newest overall note, in Japanese too.
    const overall = c.history.filter((u) => u.party === null).at(-1)!;
    await expect(page.locator('.status-why')).toContainText(overall.translations.ja!.note!.text);
    await expect(page.locator('.translation-mark')).toHaveCount(0);
  });

  test('a reader reads where sources disagree, and the target, in Japanese', async ({ page }) => {
    await page.goto(`/ja/commitments/${COMMITMENT}`);
    const disputes = page.getByRole('region', { name: '出典の間で食い違う点' });
    const topics = disputes.getByRole('heading', { level: 3 });
    expect(await topics.count()).toBeGreaterThan(0);
    for (const topic of await topics.all())
      await expect(topic).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]{2}/);
    // Every claim and note of ours is Japanese: none says it is the English original.
    await expect(disputes.getByText('未翻訳のため英語の原文')).toHaveCount(0);
    await expect(page.locator('.facts')).toContainText('2028年度');
    await expect(page.locator('main .translation-mark')).toHaveCount(0);
  });

  test('the accounts of the Hiroshima meeting read in Japanese, each government’s words as said', async ({
    page,
  }) => {
    await page.goto(`/ja/meetings/${MEETING}`);
    const table = page.locator('table.accounts');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    // Topic and note are our Japanese; the quotes stay English, marked lang="en".
    await expect(rows.first().locator('th')).toHaveText(/^[^A-Za-z]+$/);
    await expect(rows.first().locator('td').last()).toHaveText(/[\u3040-\u30ff]{4}/);
    await expect(table.locator('.translation-mark')).toHaveCount(0);
    await expect(table.locator('blockquote').first()).toHaveAttribute('lang', 'en');
  });

  test('a reader opens the Hiroshima meeting in Japanese and follows it to a party, in Japanese', async ({
    page,
  }) => {
    const response = await page.goto(`/ja/meetings/${MEETING}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 2, name: '出席者' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^合意 \d+件$/ })).toBeVisible();
    // The meeting's own title, place and summary are our Japanese (seed: catalog-ja.ts).
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).not.toHaveAttribute('lang', 'en');
    await expect(title).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]{2}/);
    await expect(page.locator('.lede')).not.toHaveAttribute('lang', 'en');
    await expect(
      page.getByText('この項目はまだ翻訳されていません。', { exact: false }),
    ).toHaveCount(0);
    // Its commitments lead to their Japanese pages.
    await expect(
      page.locator('.commitment-card').first().getByRole('heading').getByRole('link'),
    ).toHaveAttribute('href', /^\/ja\/commitments\//);
    // The header and footer lead to the Japanese meetings and methodology.
    await expect(
      page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '会議' }),
    ).toHaveAttribute('href', '/ja/meetings');
    await expect(
      page.getByRole('navigation', { name: 'その他' }).getByRole('link', { name: '当事者' }),
    ).toHaveAttribute('href', '/ja/parties');

    await page
      .getByRole('navigation', { name: 'その他' })
      .getByRole('link', { name: '当事者' })
      .click();
    await expect(page).toHaveURL('/ja/parties');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('当事者');
    await page.getByRole('link', { name: '日本', exact: true }).click();
    await expect(page).toHaveURL(`/ja/parties/${PARTY}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('.eyebrow')).toHaveText('当事者');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本');
    await expect(
      page.getByRole('heading', { level: 2, name: /^日本が関わる合意 \d+件$/ }),
    ).toBeVisible();
  });

  test('the methodology reads in Japanese, marked as a translation, with the anchors other pages use', async ({
    page,
  }) => {
    await page.goto('/ja/methodology');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('方法論');
    await expect(
      page.getByText('英語版「Methodology」をAccord編集部が日本語に訳したもの'),
    ).toBeVisible();
    for (const id of ['status-delivered', 'role-committer', 'disputes', 'last-reviewed', 'lineage'])
      await expect(page.locator(`#${id}`)).toBeAttached();
    await expect(page.locator('#status-delivered dt')).toHaveText('実現');
  });

  test('a developer reads the API reference in Japanese, the OpenAPI document’s own words in English marked so', async ({
    page,
    request,
  }) => {
    const doc = (await (await request.get('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get?: { operationId: string; summary: string } }>;
    };
    const operation = Object.values(doc.paths).find((item) => item.get)!.get!;
    // The Japanese footer leads to the Japanese page.
    await page.goto('/ja');
    await expect(
      page.getByRole('navigation', { name: 'その他' }).getByRole('link', { name: '開発者向け' }),
    ).toHaveAttribute('href', '/ja/developers');
    const response = await page.goto('/ja/developers');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('開発者向け');
    await expect(page.getByRole('heading', { level: 2, name: 'エンドポイント' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'エラーとステータスコード' }),
    ).toBeVisible();
    // An operation's summary comes from the OpenAPI document: English, in an element that says so.
    const summary = page.locator(`[id="op-${operation.operationId}"] + p`);
    await expect(summary).toHaveAttribute('lang', 'en');
    await expect(summary.locator('strong')).toHaveText(`${operation.summary}.`);
    // Paths, parameters and status codes are the same as on the English page.
    await expect(
      page.getByRole('table', { name: 'HTTPステータスコードとその意味' }).getByRole('rowheader', {
        name: '429',
        exact: true,
      }),
    ).toBeVisible();
    // The Japanese feeds and the Japanese CSV come first; the English CSV says it is English.
    const feeds = page.getByRole('region', { name: 'フィード' });
    await expect(feeds.getByRole('link').first()).toHaveAttribute('href', '/ja/feeds/changes.atom');
    const exports = page.getByRole('region', { name: 'エクスポート' });
    await expect(exports.getByRole('link').first()).toHaveAttribute(
      'href',
      '/ja/exports/commitments.csv',
    );
    await expect(
      exports.getByRole('link', { name: '/exports/commitments.csv', exact: true }),
    ).toHaveAttribute('hreflang', 'en');
    const columns = page.getByRole('table', { name: 'commitments.csvの列' });
    await expect(columns.getByRole('rowheader', { name: 'slug', exact: true })).toBeVisible();
    await expect(exports.getByRole('link', { name: '方法論' })).toHaveAttribute(
      'href',
      '/ja/methodology',
    );
  });

  test('a reader searches from the Japanese header and stays in Japanese', async ({ page }) => {
    await page.goto('/ja');
    const box = page.getByRole('search').getByRole('searchbox', { name: '合意を検索' });
    await box.fill('Micron');
    await box.press('Enter');
    await expect(page).toHaveURL('/ja/search?q=Micron');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('検索');
    // English words search the English records, and the page says which text is searched.
    await expect(page.getByText('英語の語は英語の記録')).toBeVisible();
    const result = page.locator('.search-result').first();
    await expect(result.getByRole('heading').getByRole('link')).toHaveAttribute(
      'href',
      /^\/ja\/commitments\//,
    );
    await expect(result.locator('mark').first()).toHaveText(/micron/i);
  });

  test('a reader searches in Japanese: 半導体 finds the Japanese titles, marked', async ({
    page,
  }) => {
    await page.goto('/ja');
    const box = page.getByRole('search').getByRole('searchbox', { name: '合意を検索' });
    await box.fill('半導体');
    await box.press('Enter');
    await expect(page).toHaveURL(`/ja/search?q=${encodeURIComponent('半導体')}`);
    const results = page.locator('.search-result');
    await expect(results.first()).toBeVisible();
    await expect(
      results.getByRole('link', { name: '広島のマイクロンの半導体工場への支援を続ける' }),
    ).toBeVisible();
    // The Japanese title is in the page's language (no lang of its own), the match marked.
    const title = results.first().getByRole('heading');
    await expect(title).not.toHaveAttribute('lang', /.*/);
    await expect(title.locator('mark').first()).toHaveText('半導体');
    await expect(results.first().locator('p mark').first()).toHaveText('半導体');
  });

  test('a Japanese search on the English page links to the Japanese edition', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('半導体')}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('No commitments match');
    const link = page.getByRole('link', { name: 'search for “半導体” in Japanese' });
    await expect(link).toHaveAttribute('href', `/ja/search?q=${encodeURIComponent('半導体')}`);
    await link.click();
    await expect(page.locator('.search-result').first()).toBeVisible();
  });

  test('the English pages stay English, with lang="en"', async ({ page }) => {
    await page.goto('/themes/chips');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'The brief' })).toBeVisible();
  });

  test('the status names are the same words on the home page and in a brief', async ({ page }) => {
    const breakdowns = 'ul.breakdown-list:not([aria-label="Legend"]):not([aria-label="凡例"]) li';
    await page.goto('/ja');
    const home = await page.locator(breakdowns).allInnerTexts();
    await page.goto('/ja/themes/chips');
    const brief = await page.locator(breakdowns).allInnerTexts();
    const names = (items: string[]) => new Set(items.map((t) => t.replace(/\s*\d+件$/, '').trim()));
    for (const name of names(brief)) expect([...names(home)]).toContain(name);
    for (const name of names(brief))
      expect(['未評価', '進行中', '一部実現', '実現', '停滞', '断念']).toContain(name);
  });

  for (const [path, english] of [
    ['/ja', '/'],
    ['/ja/themes/chips', '/themes/chips'],
    [`/ja/commitments/${COMMITMENT}`, `/commitments/${COMMITMENT}`],
    [`/ja/meetings/${MEETING}`, `/meetings/${MEETING}`],
    ['/ja/parties', '/parties'],
    ['/ja/methodology', '/methodology'],
    ['/ja/developers', '/developers'],
  ] as const) {
    test(`${path} and ${english} announce each other as hreflang alternates`, async ({ page }) => {
      for (const at of [path, english]) {
        await page.goto(at);
        const alternate = (lang: string) =>
          page.locator(`head link[rel="alternate"][hreflang="${lang}"]`);
        const pathOf = async (lang: string) =>
          new URL((await alternate(lang).getAttribute('href')) ?? '').pathname;
        expect(await pathOf('en')).toBe(english);
        expect(await pathOf('ja')).toBe(path);
        expect(await pathOf('x-default')).toBe(english);
      }
    });
  }

  test('/ja/ works like /ja, and unknown or admin paths under /ja are 404s in Japanese', async ({
    page,
    request,
  }) => {
    const slash = await page.goto('/ja/');
    expect(slash?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/ja');
    for (const path of ['/ja/admin', '/ja/no-such-page', '/ja/themes/no-such-theme']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    }
    // Another language is not a thing: no redirect, a plain 404.
    const fr = await request.get('/fr/themes/chips', { maxRedirects: 0 });
    expect(fr.status()).toBe(404);
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`switching language ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    for (const path of [`/meetings/${MEETING}`, `/parties/${PARTY}`]) {
      test(`a reader switches language on ${path} and stays on the same record`, async ({
        page,
      }) => {
        await page.goto(path);
        const title = await page.getByRole('heading', { level: 1 }).innerText();
        await page
          .getByRole('navigation', { name: 'Language' })
          .getByRole('link', { name: '日本語' })
          .click();
        await expect(page).toHaveURL(`/ja${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
        // The same record, its title in our Japanese (seed: catalog-ja.ts).
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          /[\u3040-\u30ff\u4e00-\u9fff]/,
        );
        await page
          .getByRole('navigation', { name: '言語' })
          .getByRole('link', { name: 'English' })
          .click();
        await expect(page).toHaveURL(path);
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      });
    }

    test('a developer switches the API reference to Japanese and back', async ({ page }) => {
      await page.goto('/developers');
      await page
        .getByRole('navigation', { name: 'Language' })
        .getByRole('link', { name: '日本語' })
        .click();
      await expect(page).toHaveURL('/ja/developers');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('開発者向け');
      await page
        .getByRole('navigation', { name: '言語' })
        .getByRole('link', { name: 'English' })
        .click();
      await expect(page).toHaveURL('/developers');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Developers');
    });

    test('a reader switches language on a commitment and lands on the same commitment', async ({
      page,
      request,
    }) => {
      // The same record: its Japanese title on /ja (seed: translations-ja.ts).
      const c = await trpcData<{ translations: { ja?: { title?: { text: string } } } }>(
        request,
        'commitment.bySlug',
        { slug: COMMITMENT },
      );
      const japaneseTitle = c.translations.ja?.title?.text;
      expect(japaneseTitle).toBeTruthy();
      await page.goto(`/commitments/${COMMITMENT}`);
      const title = await page.getByRole('heading', { level: 1 }).innerText();
      await page
        .getByRole('navigation', { name: 'Language' })
        .getByRole('link', { name: '日本語' })
        .click();
      await expect(page).toHaveURL(`/ja/commitments/${COMMITMENT}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(japaneseTitle!);

      await page
        .getByRole('navigation', { name: '言語' })
        .getByRole('link', { name: 'English' })
        .click();
      await expect(page).toHaveURL(`/commitments/${COMMITMENT}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    });
  });
}
