import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { hiroshimaMeeting } from './fixtures.test-data';
import { MeetingAccounts } from './meeting-accounts';

describe('MeetingAccounts', () => {
  it("puts each government's words in its own column of the topic's row", () => {
    const html = renderToStaticMarkup(
      createElement(MeetingAccounts, { accounts: hiroshimaMeeting().accounts }),
    );
    const headers = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['Topic', 'United States', 'Japan', 'What differs']);
    const row = /<tr><th scope="row">China<\/th>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1] ?? '');
    expect(cells[0]).toContain('coercive behavior');
    expect(cells[0]).not.toContain('cooperating with China');
    expect(cells[1]).toContain('cooperating with China on shared challenges');
    expect(cells[2]).toContain('The US readout names coercion');
  });

  it('shows the topic and note in Japanese where translated, else the English marked so', () => {
    const [china] = hiroshimaMeeting().accounts;
    const translated = {
      ...china!,
      translations: {
        ja: {
          topic: { text: '中国', stale: false },
          note: { text: '米側は威圧と呼び、日本側は協力を語る。', stale: true },
        },
      },
    };
    const japanese = renderToStaticMarkup(
      createElement(MeetingAccounts, {
        accounts: [translated, { ...china!, topic: 'Taiwan' }],
        locale: 'ja',
      }),
    );
    expect(japanese).toContain('<th scope="row">中国</th>');
    // An older translation is shown, and says the English changed since.
    expect(japanese).toContain(
      '<td><span>米側は威圧と呼び、日本側は協力を語る。 <span class="meta translation-mark" lang="ja">（この翻訳の後に英語の原文が更新されています）</span></span></td>',
    );
    // The untranslated row: English, marked lang="en", with a word saying so.
    expect(japanese).toContain(
      '<th scope="row"><span lang="en">Taiwan <span class="meta translation-mark" lang="ja">（未翻訳のため英語の原文）</span></span></th>',
    );
    // The quotes stay in their own words, whatever the page's language.
    expect(japanese).toContain('coercive behavior');
  });

  it("heads each government's column with its Japanese name, else its English marked so", () => {
    const [china] = hiroshimaMeeting().accounts;
    const headers = (accounts: (typeof china)[]) =>
      [
        ...renderToStaticMarkup(
          createElement(MeetingAccounts, { accounts: accounts.map((a) => a!), locale: 'ja' }),
        ).matchAll(/<th scope="col"( lang="en")?>([^<]*)<\/th>/g),
      ].map((m) => `${m[2]}${m[1] ?? ''}`);
    expect(headers([china])).toEqual(['項目', 'アメリカ合衆国', '日本国', '異なる点']);
    // A party with no Japanese name: the English, marked lang="en".
    const untranslated = {
      ...china!,
      quotes: china!.quotes.map((q) => ({
        ...q,
        attribution: { ...q.attribution, translations: {} },
      })),
    };
    expect(headers([untranslated])).toEqual([
      '項目',
      'United States lang="en"',
      'Japan lang="en"',
      '異なる点',
    ]);
  });
});
