import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Change } from '../queries/changes';
import { type ChangeFeed, entryOf, renderAtom, renderJsonFeed, tightenCdata } from './feeds';

const ORIGIN = 'https://accord.example.org';
/** Everything a feed must keep apart from markup: tags, entities, a CDATA end, controls. */
const HOSTILE = `Chips & <b>fabs</b> "quoted" 'single' ]]> &amp; end]]>\u0001\u0008\u000B\uFFFE!`;
/** What an XML reader can get back: XML 1.0 carries none of those control characters. */
const HOSTILE_READ = `Chips & <b>fabs</b> "quoted" 'single' ]]> &amp; end]]>!`;

function commitment(
  title: string,
  translations: Change['commitment']['translations'] = {},
): Change['commitment'] {
  return {
    slug: 'fab-subsidies',
    title,
    summary: 'A summary & <more>',
    status: 'in_progress',
    translations,
    theme: {
      slug: 'chips',
      title: 'Chips',
      translations: { ja: { title: { text: '半導体', stale: false } } },
    },
  };
}

function feedOf(
  changes: Change[],
  title = 'Accord: changes',
  locale: ChangeFeed['locale'] = 'en',
): ChangeFeed {
  return {
    locale,
    title,
    homeUrl: `${ORIGIN}/?a=1&b=2`,
    atomUrl: `${ORIGIN}/feeds/changes.atom`,
    jsonUrl: `${ORIGIN}/feeds/changes.json`,
    id: 'urn:accord:feed:changes',
    changes,
  };
}

const published: Change = {
  kind: 'published',
  id: 'urn:accord:commitment:7:published',
  commitment: commitment(HOSTILE),
  effectiveAt: new Date('2025-01-02T00:00:00Z'),
  recordedAt: new Date('2025-01-03T10:00:00Z'),
};
const update: Change = {
  kind: 'status',
  id: 'urn:accord:status-update:9',
  commitment: commitment('Plain title'),
  status: 'stalled',
  note: `A note with ${HOSTILE}\n\n>\n  <![CDATA[ kept as written`,
  translations: {},
  author: `Editor <${HOSTILE}>`,
  party: { slug: 'us', name: 'United States', translations: {} },
  effectiveAt: new Date('2025-02-01T00:00:00Z'),
  recordedAt: new Date('2025-01-31T00:00:00Z'),
};
const strip = (text: string) => text.replace(/[\u0001\u0008\u000B\uFFFE]/g, '');

describe('the Atom feed', () => {
  const xml = renderAtom(feedOf([update, published], `Accord: ${HOSTILE}`), ORIGIN);
  const atom = parseAtomFeed(xml);

  it('carries the feed-level elements Atom requires', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed ')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(atom.id).toBe('urn:accord:feed:changes');
    expect(atom.title?.value).toBe(`Accord: ${HOSTILE_READ}`);
    expect(atom.updated).toBe('2025-02-01T00:00:00.000Z');
    expect(atom.authors).toEqual([{ name: 'Accord editors' }]);
    expect(atom.generator?.text).toBe('Accord');
    expect(atom.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${ORIGIN}/feeds/changes.atom` },
      { rel: 'alternate', type: 'text/html', href: `${ORIGIN}/?a=1&b=2` },
      { rel: 'alternate', type: 'application/feed+json', href: `${ORIGIN}/feeds/changes.json` },
    ]);
  });

  it('reads back every entry exactly, hostile text included, and drops what XML cannot carry', () => {
    const expected = [update, published].map((c) => entryOf(c, ORIGIN));
    expect(atom.entries).toEqual(
      expected.map((e) => ({
        id: e.id,
        title: { value: strip(e.title) },
        links: [{ rel: 'alternate', type: 'text/html', href: e.url }],
        published: e.published.toISOString(),
        updated: e.updated.toISOString(),
        authors: [{ name: strip(e.author) }],
        categories: e.tags.map((term) => ({ term })),
        content: { type: 'text', value: strip(e.text) },
      })),
    );
    expect(atom.entries?.[1]?.title?.value).toBe(`New commitment: ${HOSTILE_READ}`);
    expect(xml).not.toMatch(/[\u0001\u0008\u000B\uFFFE]/);
  });

  it('puts no whitespace between an element and its CDATA, and keeps the whitespace inside', () => {
    expect(xml).toContain('<title><![CDATA[New commitment: Chips & <b>fabs</b>');
    expect(xml).not.toMatch(/<[a-z]+( [^>]*)?>\s+<!\[CDATA\[/);
    expect(xml).not.toMatch(/\]\]>\s+<\//);
    expect(xml).toContain('\n\n>\n  <![CDATA[ kept as written');
  });

  it('is as old as its newest entry, or the dataset epoch when empty', () => {
    const empty = parseAtomFeed(renderAtom(feedOf([]), ORIGIN));
    expect(empty.updated).toBe('2023-05-18T00:00:00.000Z');
    expect(empty.entries).toBeUndefined();
  });

  it('reads back any title exactly, less the characters XML 1.0 cannot carry', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const title = `a${text}z`;
        const feed = feedOf([{ ...published, commitment: commitment(title) }]);
        const entry = parseAtomFeed(renderAtom(feed, ORIGIN)).entries?.[0];
        // An XML reader also reads every line end (CR LF, or CR) as LF.
        const readable = title
          .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
          .replace(/\r\n?/g, '\n');
        expect(entry?.title?.value).toBe(`New commitment: ${readable}`);
      }),
      { seed: 20_261_204, numRuns: 100 },
    );
  });
});

describe('tightenCdata', () => {
  it('leaves a document without CDATA as it is', () => {
    const xml = '<a>\n  <b>x &amp; y</b>\n</a>';
    expect(tightenCdata(xml)).toBe(xml);
  });
  it('joins a split CDATA section to its tags and nothing else', () => {
    expect(
      tightenCdata('<t>\n    <![CDATA[a ]]]]><![CDATA[> b\n  <![CDATA[ c ]]>\n  </t>\n<u/>'),
    ).toBe('<t><![CDATA[a ]]]]><![CDATA[> b\n  <![CDATA[ c ]]></t>\n<u/>');
  });
});

describe('the JSON feed', () => {
  it('carries every item as before, the text unescaped', () => {
    const json = JSON.parse(renderJsonFeed(feedOf([update, published], HOSTILE), ORIGIN)) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json)[0]).toBe('version');
    expect(json).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: HOSTILE,
      home_page_url: `${ORIGIN}/?a=1&b=2`,
      feed_url: `${ORIGIN}/feeds/changes.json`,
      description: 'Commitments published and status updates recorded on Accord, newest first.',
      language: 'en',
      authors: [{ name: 'Accord editors' }],
      items: [update, published].map((c) => {
        const e = entryOf(c, ORIGIN);
        return {
          id: e.id,
          url: e.url,
          title: e.title,
          content_text: e.text,
          date_published: e.published.toISOString(),
          date_modified: e.updated.toISOString(),
          authors: [{ name: e.author }],
          tags: e.tags,
        };
      }),
    });
    expect(parseJsonFeed(json).items?.[1]?.title).toBe(`New commitment: ${HOSTILE}`);
  });

  it('keeps the items list, which JSON Feed requires, when there are none', () => {
    const json = JSON.parse(renderJsonFeed(feedOf([]), ORIGIN)) as { items: unknown[] };
    expect(json.items).toEqual([]);
  });
});

// /ja/feeds/changes.atom and the /ja theme feeds: the same changes, in Japanese.
describe('a feed in Japanese', () => {
  const JA = {
    ja: {
      title: { text: '半導体工場への補助金', stale: false },
      summary: { text: '日本は新しい工場に補助金を出す。', stale: true },
    },
  };
  const publishedJa: Change = { ...published, commitment: commitment('Fab subsidies', JA) };
  const updateJa: Change = { ...update, commitment: commitment('Fab subsidies', JA) };

  it("says a publish in Japanese words, with the record's translations and the Japanese page", () => {
    const e = entryOf(publishedJa, ORIGIN, 'ja');
    expect(e).toMatchObject({
      id: 'urn:accord:commitment:7:published:ja',
      title: '新しい合意：半導体工場への補助金',
      url: `${ORIGIN}/ja/commitments/fab-subsidies`,
      // An older translation is shown, as the Japanese pages show it.
      text: '日本は新しい工場に補助金を出す。\n\nステータス：進行中。テーマ：半導体。',
    });
  });

  it('names the status and the party of an update in Japanese, and keeps an untranslated note in English', () => {
    const e = entryOf(updateJa, ORIGIN, 'ja');
    expect(e.id).toBe('urn:accord:status-update:9:ja');
    // A party with no Japanese name yet is named in English.
    expect(e.title).toBe('停滞（United States）：半導体工場への補助金');
    expect(e.text).toBe(`${update.note}\n\n合意：日本は新しい工場に補助金を出す。`);
    expect(e.tags).toEqual(['chips', 'stalled', 'us']);
  });

  it('names the party by its Japanese name where it has one, and the English feed by its English', () => {
    const named: Change = {
      ...updateJa,
      party: {
        slug: 'us',
        name: 'United States',
        translations: { ja: { name: { text: 'アメリカ合衆国', stale: false } } },
      },
    };
    expect(entryOf(named, ORIGIN, 'ja').title).toBe('停滞（アメリカ合衆国）：半導体工場への補助金');
    expect(entryOf(named, ORIGIN).title).toBe('Stalled (United States): Fab subsidies');
  });

  it("gives an update's note in Japanese where it has a translation, older than the English or not", () => {
    const translated: Change = {
      ...updateJa,
      translations: { ja: { note: { text: '工場の建設が止まった。', stale: true } } },
    };
    expect(entryOf(translated, ORIGIN, 'ja').text).toBe(
      '工場の建設が止まった。\n\n合意：日本は新しい工場に補助金を出す。',
    );
    // The English feed keeps the English note.
    expect(entryOf(translated, ORIGIN).text).toBe(
      `${update.note}\n\nCommitment: A summary & <more>`,
    );
  });

  it('shows the English title and summary where a record has no translation', () => {
    const e = entryOf({ ...published, commitment: commitment('Untranslated') }, ORIGIN, 'ja');
    expect(e.title).toBe('新しい合意：Untranslated');
    expect(e.text).toBe('A summary & <more>\n\nステータス：進行中。テーマ：半導体。');
  });

  it('leaves the English entries as they were', () => {
    expect(entryOf(publishedJa, ORIGIN)).toMatchObject({
      id: 'urn:accord:commitment:7:published',
      title: 'New commitment: Fab subsidies',
      url: `${ORIGIN}/commitments/fab-subsidies`,
      text: 'A summary & <more>\n\nStatus: In progress. Theme: Chips.',
    });
    expect(entryOf(updateJa, ORIGIN).title).toBe('Stalled (United States): Fab subsidies');
  });

  it('declares its language in Atom and in JSON Feed', () => {
    const feed = feedOf([updateJa, publishedJa], 'Accord：首脳会談の合意の動き', 'ja');
    const xml = renderAtom(feed, ORIGIN);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">');
    expect(parseAtomFeed(xml).entries?.map((e) => e.title?.value)).toEqual([
      '停滞（United States）：半導体工場への補助金',
      '新しい合意：半導体工場への補助金',
    ]);
    const json = parseJsonFeed(renderJsonFeed(feed, ORIGIN));
    expect(json.language).toBe('ja');
    expect(json.description).toBe(
      'Accordで公開された合意と、記録されたステータスの更新（新しい順）。',
    );
    expect(json.items?.map((i) => i.url)).toEqual([
      `${ORIGIN}/ja/commitments/fab-subsidies`,
      `${ORIGIN}/ja/commitments/fab-subsidies`,
    ]);
  });
});
