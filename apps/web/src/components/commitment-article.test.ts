import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sitePaths, TODAY_PATHS_JA } from '~/lib/site-paths';
import { CommitmentArticle } from './commitment-article';
import { trilateral, ukraine } from './fixtures.test-data';

function render(c = trilateral(), asOf: string | null = null): string {
  return renderToStaticMarkup(createElement(CommitmentArticle, { c, paths: sitePaths(asOf) }));
}

function renderJa(c = trilateral()): string {
  return renderToStaticMarkup(
    createElement(CommitmentArticle, { c, paths: TODAY_PATHS_JA, locale: 'ja' }),
  );
}

/** The text of every heading, label and caption of a page: its own UI, not record text. */
function uiText(html: string): string[] {
  const tags = /<(h2|h3|dt|summary|label|button|th)\b[^>]*>(.*?)<\/\1>/g;
  return [...html.matchAll(tags)]
    .filter((m) => !/\blang="en"/.test(m[0]))
    .map((m) => text(m[2] ?? '').trim());
}

/** The text a reader sees, tags dropped and spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<title[^>]*>.*?<\/title>|<desc[^>]*>.*?<\/desc>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ([,:.])/g, '$1');
}

describe('CommitmentArticle', () => {
  it('says when the status took effect, and no overdue badge once delivered', () => {
    const html = render();
    expect(text(html)).toContain('Delivered, 21 May 2023');
    expect(html).not.toContain('Past target date');
    expect(text(html)).toContain('Why: The three leaders met in Hiroshima on 21 May.');
    expect(text(html)).toContain('Last reviewed 30 November 2025');
  });

  it('shows the overdue badge only when the view says so', () => {
    const html = render(
      trilateral({ status: 'not_yet_rated', statusSince: null, overdue: true, history: [] }),
    );
    expect(text(html)).toContain('Past target date');
  });

  it('groups quotes by whose account they are', () => {
    const html = text(render());
    expect(html).toContain("The United States' account");
    expect(html).toContain('Other sources');
    expect(html.indexOf("The United States' account")).toBeLessThan(html.indexOf('Other sources'));
  });

  it('lists where it was restated, with the date, meeting and words', () => {
    const html = render();
    expect(text(html)).toContain('Restated in');
    expect(html).toContain('href="/meetings/camp-david-2023"');
    expect(text(html)).toContain('a new era of trilateral partnership');
    expect(text(html)).toContain('18 August 2023');
  });

  it('draws the timeline as an accessible SVG with key dates that open the dated view', () => {
    const html = render();
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="commitment-timeline-title commitment-timeline-desc"/,
    );
    expect(html).toContain('<title id="commitment-timeline-title">');
    expect(html).toContain(
      'href="/as-of/2023-05-21/commitments/trilateral-meeting-with-south-korea"',
    );
    expect(html).toContain('action="/as-of"');
    expect(html).not.toContain('<script');
  });

  it('shows each party’s line, the disputes both ways and unreliable sources marked', () => {
    const html = render(ukraine());
    const t = text(html);
    expect(t).toContain("Japan's line");
    expect(t).toContain("The United States' line");
    expect(t).toContain('Stalled since 3 March 2025');
    expect(t).toContain("The United States' part:");
    expect(t).toContain('Where sources disagree');
    expect(t).toContain('AP reported the pause on Monday 3 March.');
    expect(t).toContain('One site dated it 28 February.');
    expect(t).toContain('Our note: We use 3 March');
    // In the history, in the United States' line, and beside its side of the dispute.
    expect(html.match(/Unreliable source/g)?.length).toBe(3);
    expect(t).toContain('Sub-commitments');
  });

  it('keeps links in the dated view and says which day it shows', () => {
    const html = render(trilateral({ asOf: '2023-05-19' }), '2023-05-19');
    expect(text(html)).toContain("As it stood at the end of 19 May 2023 — see today's version");
    expect(html).toContain('href="/commitments/trilateral-meeting-with-south-korea"');
    expect(html).toContain('href="/as-of/2023-05-19/themes/security"');
  });

  it('speaks Japanese in its own words, and keeps the record text English, marked so', () => {
    const html = renderJa(ukraine());
    const t = text(html);
    for (const label of [
      'ステータス',
      '目標期日',
      '当事者',
      '経過',
      '履歴',
      '出典の間で食い違う点',
    ])
      expect(t).toContain(label);
    expect(t).toContain('下位の合意');
    expect(t).toContain('2025年3月3日');
    // No heading, label or caption of ours is left in English.
    for (const ui of uiText(html)) expect(ui, ui).not.toMatch(/[A-Za-z]{3,}/);
    for (const english of ['Where sources disagree', 'Past target date', 'Our note', 'Source:'])
      expect(t).not.toContain(english);
    // The commitment's own title, as today, is English and says so.
    expect(html).toMatch(/<h1 lang="en">/);
    expect(html).toContain('信頼性に問題のある出典');
  });

  it('shows each status note in Japanese where translated, else the English marked so', () => {
    const c = ukraine();
    const [overall, japan, us] = c.history;
    const history = [
      {
        ...overall!,
        translations: { ja: { note: { text: '両政府は支援を続けた。', stale: false } } },
      },
      {
        ...japan!,
        translations: { ja: { note: { text: '日本は追加支援を表明した。', stale: true } } },
      },
      us!,
    ];
    const html = renderJa({ ...c, history });
    // The why of the status and the history: our Japanese, in the page's language.
    expect(html).toContain('<p>両政府は支援を続けた。</p>');
    expect(text(html)).toMatch(/理由\S*\s*両政府は支援を続けた。/);
    expect(html).toContain(
      '<p>日本は追加支援を表明した。 <span class="meta translation-mark" lang="ja">（この翻訳の後に英語の原文が更新されています）</span></p>',
    );
    expect(html).toContain(
      '<p lang="en">The US paused aid. <span class="meta translation-mark" lang="ja">（未翻訳のため英語の原文）</span></p>',
    );
    expect(html).not.toContain('Both governments kept up aid');
    // The English page keeps the English notes, with nothing added.
    const english = renderToStaticMarkup(
      createElement(CommitmentArticle, { c: { ...c, history }, paths: sitePaths(null) }),
    );
    expect(english).toContain(
      '<p>Both governments kept up aid; the US changed how it pays in 2025.</p>',
    );
    expect(english).not.toContain('translation-mark');
  });

  it('shows disputes, their claims, lineage notes and the target note in Japanese where translated', () => {
    const u = ukraine();
    const [dispute] = u.disputes;
    const [first, second] = dispute!.claims;
    const html = renderJa({
      ...u,
      disputes: [
        {
          ...dispute!,
          translations: {
            ja: {
              topic: { text: '米国の停止の日付', stale: false },
              note: { text: '多くの報道が示す3月3日を用いる。', stale: false },
            },
          },
          claims: [
            {
              ...first!,
              translations: { ja: { claim: { text: 'APは3月3日と報じた。', stale: false } } },
            },
            second!,
          ],
        },
      ],
    });
    expect(html).toMatch(/<h3 id="dispute-1">米国の停止の日付<\/h3>/);
    expect(html).toContain('多くの報道が示す3月3日を用いる。');
    expect(html).toContain('APは3月3日と報じた。');
    expect(html).not.toContain('The date of the US pause');
    // The untranslated claim: English, marked so.
    expect(html).toContain(
      '<span lang="en">One site dated it 28 February. <span class="meta translation-mark" lang="ja">',
    );

    const t = trilateral();
    const [link] = t.lineage;
    const linked = renderJa({
      ...t,
      target: t.target && { ...t.target, note: 'on the sidelines of the summit' },
      translations: {
        ...t.translations,
        ja: { ...t.translations.ja, targetNote: { text: 'サミットの合間に', stale: false } },
      },
      lineage: [
        {
          ...link!,
          translations: { ja: { note: { text: '初の単独の3か国首脳会談。', stale: false } } },
        },
      ],
    });
    expect(linked).toContain('<p>初の単独の3か国首脳会談。</p>');
    expect(text(linked)).toContain('· サミットの合間に');
    expect(linked).not.toContain('on the sidelines of the summit');
  });

  it('names the theme, meeting, parties, tracks and sub-commitments by their Japanese names', () => {
    const html = renderJa(ukraine());
    const t = text(html);
    // The theme has no Japanese title in this fixture: English, marked so, in the breadcrumb.
    expect(html).toMatch(/<a lang="en" href="\/ja\/themes\/ukraine">Support for Ukraine<\/a>/);
    expect(html).toMatch(
      /<a href="\/ja\/meetings\/kishida-biden-hiroshima-2023">広島での岸田・バイデン会談<\/a>/,
    );
    expect(html).toMatch(/<a href="\/ja\/parties\/jp">日本国<\/a>/);
    expect(html).toMatch(/<a href="\/ja\/parties\/us">アメリカ合衆国<\/a>/);
    // Each party's track and update is headed by its Japanese name, with the timeline's lanes.
    expect(t).toContain('日本国の評価');
    expect(t).toContain('アメリカ合衆国の部分：');
    // The timeline's lanes carry the short names.
    expect(html).toMatch(/<text class="lane-label"[^>]*>米国<\/text>/);
    expect(html).toContain('2024年の支援策');
    for (const english of ['United States', 'Kishida–Biden meeting', 'A 2024 aid package'])
      expect(t, english).not.toContain(english);
    // The English page keeps the English names.
    const english = text(render(ukraine()));
    for (const name of [
      'Support for Ukraine',
      'Kishida–Biden meeting in Hiroshima',
      'United States',
    ])
      expect(english).toContain(name);
    expect(english).not.toContain('日本');
  });

  it('names the theme and a restating meeting in Japanese, an untranslated one in English marked so', () => {
    const html = renderJa(trilateral());
    expect(html).toMatch(/<a href="\/ja\/themes\/security">安全保障と抑止<\/a>/);
    // The speaker's government heads its account by its Japanese name.
    expect(html).toContain('アメリカ合衆国側の説明');
    expect(html).toMatch(
      /<a lang="en" href="\/ja\/meetings\/camp-david-2023">Camp David summit<\/a>/,
    );
  });

  it('links to Japanese pages where they exist, and to English ones marked hreflang', () => {
    const html = renderJa();
    expect(html).toContain('href="/ja/themes/security"');
    const methodology = /<a [^>]*href="(?:\/ja)?\/methodology#last-reviewed"[^>]*>/.exec(html)?.[0];
    expect(methodology).toBeDefined();
    // Until /ja/methodology exists the link is to the English page, and says so.
    if (!methodology?.includes('/ja/')) expect(methodology).toContain('hrefLang="en"');
    expect(html).toContain('action="/ja/as-of"');
  });

  it('reads as of a day in Japanese: the banner, the links and the form stay in the dated Japanese view', () => {
    const html = renderToStaticMarkup(
      createElement(CommitmentArticle, {
        c: trilateral({ asOf: '2023-05-19' }),
        paths: sitePaths('2023-05-19', 'ja'),
        locale: 'ja',
      }),
    );
    expect(text(html)).toMatch(/2023年5月19日\s*の終わり時点の状態 — 今日の版を見る/);
    expect(html).toContain('href="/ja/commitments/trilateral-meeting-with-south-korea"');
    expect(html).toContain('href="/ja/as-of/2023-05-19/themes/security"');
    expect(html).toContain('action="/ja/as-of"');
    // The timeline's key dates open the Japanese dated view too.
    expect(html).toMatch(
      /href="\/ja\/as-of\/\d{4}-\d{2}-\d{2}\/commitments\/trilateral-meeting-with-south-korea"/,
    );
    expect(html).not.toMatch(/href="\/as-of\//);
  });
});
