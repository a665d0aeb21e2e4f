import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Locale } from '~/i18n';
import { apiOperations } from '~/lib/api-reference';
import { datasetJsonLd, Developers } from './developers';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function render(locale: Locale): string {
  return renderToStaticMarkup(createElement(Developers, { locale }));
}

function unescape(html: string): string {
  return html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text a reader sees, without code and without what is marked lang="en". */
function ownText(html: string): string {
  return unescape(
    html
      .replace(/<code>.*?<\/code>/g, '')
      .replace(/<(span|p) lang="en">.*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}

function elements(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>(.*?)</${tag}>`, 'gs'))].map((m) => m[0]);
}

function section(html: string, id: string): string {
  return /<section aria-labelledby="([^"]+)">.*?<\/section>/gs.exec(
    html.slice(html.indexOf(`<section aria-labelledby="${id}">`)),
  )![0];
}

type Dataset = {
  url: string;
  inLanguage?: string;
  distribution: { encodingFormat: string; contentUrl: string; inLanguage?: string }[];
};

describe('the developers page', () => {
  const errors = vi.spyOn(console, 'error');
  afterEach(() => {
    // A message that failed to format (a missing key, a bad tag) is logged, not thrown.
    expect(errors).not.toHaveBeenCalled();
  });

  it('in English: its headings, and a language switch to /ja/developers', () => {
    const html = render('en');
    expect(html).toContain('<h1>Developers</h1>');
    expect(html).toContain('<h2 id="endpoints">Endpoints</h2>');
    expect(html).toContain('<a href="/ja/developers" hrefLang="ja" lang="ja">日本語</a>');
    expect(html).not.toContain('lang="en"');
    expect(html).toContain('<caption class="visually-hidden">Columns of commitments.csv</caption>');
    expect(html).toContain('<a href="/methodology">methodology</a>');
  });

  it('in Japanese: every heading, label and sentence of ours in Japanese', () => {
    const html = render('ja');
    expect(html).toContain('<h1>開発者向け</h1>');
    expect(html).toContain('<a href="/developers" hrefLang="en" lang="en">English</a>');
    expect(html).not.toMatch(/developers\.\w+/);
    const labels = [
      ...['h2', 'th', 'summary', 'caption'].flatMap((tag) => elements(html, tag)),
      ...elements(section(html, 'limits'), 'strong'),
    ].map((element) =>
      ownText(element).replace(/REST API|HTTP|CORS|API|CSV|commitments\.csv/g, ''),
    );
    expect(labels.length).toBeGreaterThan(20);
    for (const label of labels) expect(label, label).not.toMatch(/[A-Za-z]{3,}/);
    // Every sentence of ours: the paragraphs (but the OpenAPI document's), the lists of
    // limits, feeds and exports, and the meanings of the statuses and the CSV's columns.
    const sentences = [
      ...elements(html, 'p').filter((p) => !p.startsWith('<p lang="en">')),
      ...['limits', 'feeds', 'exports'].flatMap((id) => elements(section(html, id), 'li')),
      ...['errors', 'exports'].flatMap((id) => elements(section(html, id), 'td')),
    ].map(ownText);
    expect(sentences.length).toBeGreaterThan(40);
    for (const sentence of sentences) expect(sentence, sentence).toMatch(JAPANESE);
  });

  it('in Japanese: the OpenAPI document\'s words stay English, marked lang="en"', () => {
    const html = render('ja');
    for (const { op } of apiOperations()) {
      const article = elements(html, 'article').find((a) =>
        a.includes(`aria-labelledby="op-${op.operationId}"`),
      )!;
      expect(unescape(article)).toContain(
        `<p lang="en"><strong>${op.summary}.</strong> ${op.description ?? ''}</p>`,
      );
      if (op.parameters?.length)
        expect(unescape(article)).toContain(`<span lang="en">${op.summary}</span>のパラメーター`);
    }
  });

  it('in Japanese: the Japanese feeds and CSV first, the English ones marked hreflang="en"', () => {
    const html = render('ja');
    const links = (id: string) =>
      [...section(html, id).matchAll(/<a href="([^"]+)"( hrefLang="(\w+)")?/g)].map((m) =>
        m[3] ? `${m[1]} ${m[3]}` : m[1],
      );
    expect(links('feeds')).toEqual([
      '/ja/feeds/changes.atom',
      '/ja/feeds/changes.json',
      '/ja/themes/chips/feed.atom',
      '/feeds/changes.atom en',
    ]);
    expect(links('exports')).toEqual([
      '/ja/exports/commitments.csv',
      '/exports/commitments.csv en',
      '/exports/commitments.json',
      '/ja/methodology',
    ]);
    expect(section(html, 'feeds')).toContain('<code>/ja/themes/&lt;slug&gt;/feed.atom</code>');
  });

  it('has the same anchors in both languages', () => {
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(render('ja'))).toEqual(ids(render('en')));
    expect(ids(render('en'))).toContain('exports');
  });

  it("describes the dataset in the page's language, each download in its own", () => {
    const en = JSON.parse(datasetJsonLd('en')) as Dataset;
    const ja = JSON.parse(datasetJsonLd('ja')) as Dataset;
    expect(new URL(en.url, 'http://x').pathname).toBe('/developers');
    expect(new URL(ja.url, 'http://x').pathname).toBe('/ja/developers');
    // The dataset itself holds both languages: neither page says it is one.
    expect(en.inLanguage).toBeUndefined();
    expect(ja.inLanguage).toBeUndefined();
    const downloads = (d: Dataset) =>
      d.distribution.map((x) => [new URL(x.contentUrl, 'http://x').pathname, x.inLanguage]);
    expect(downloads(en)).toEqual([
      ['/exports/commitments.csv', 'en'],
      ['/ja/exports/commitments.csv', 'ja'],
      ['/exports/commitments.json', undefined],
      ['/feeds/changes.atom', 'en'],
    ]);
    expect(downloads(ja)).toEqual([
      ['/ja/exports/commitments.csv', 'ja'],
      ['/exports/commitments.csv', 'en'],
      ['/exports/commitments.json', undefined],
      ['/ja/feeds/changes.atom', 'ja'],
    ]);
    expect(ja).toMatchObject({ name: 'Accord：首脳会談の合意を追跡' });
  });
});
