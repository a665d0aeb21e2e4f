import { describe, expect, it, vi } from 'vitest';
import { useTestDb } from '../testing/helpers';
import { originOf, serveChangeFeed, serveCommitmentsExport } from './publish';

// The deployment's public address, read once per process on the first feed or export.
vi.stubEnv('ACCORD_BASE_URL', 'https://accord.example.org/');

const db = useTestDb();

/** A request as a poisoning client sends it: another Host, scheme and forwarded host. */
function hostile(path: string): Request {
  return new Request(`http://evil.example${path}`, {
    headers: {
      host: 'evil.example',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': 'evil.example',
    },
  });
}

describe('feeds and exports with ACCORD_BASE_URL set', () => {
  it('link only to it, whatever Host the request carries', async () => {
    const bodies = [
      await (await serveChangeFeed(hostile('/feeds/changes.atom'), db.db, 'atom')).text(),
      await (await serveChangeFeed(hostile('/feeds/changes.json'), db.db, 'json')).text(),
      await (
        await serveChangeFeed(hostile('/themes/chips/feed.atom'), db.db, 'atom', 'chips')
      ).text(),
      await (
        await serveCommitmentsExport(hostile('/exports/commitments.csv'), db.db, 'csv')
      ).text(),
      await (
        await serveCommitmentsExport(hostile('/exports/commitments.json'), db.db, 'json')
      ).text(),
    ];
    for (const body of bodies) {
      expect(body).toContain('https://accord.example.org/');
      expect(body).not.toContain('evil.example');
    }
    const feed = JSON.parse(bodies[1]!) as { feed_url: string; items: { url: string }[] };
    expect(feed.feed_url).toBe('https://accord.example.org/feeds/changes.json');
    expect(feed.items[0]?.url).toMatch(/^https:\/\/accord\.example\.org\/commitments\//);
  });

  it('take an explicit origin over it, and the request only when told there is none', () => {
    const req = hostile('/x');
    expect(originOf(req)).toBe('https://accord.example.org');
    expect(originOf(req, { origin: 'https://mirror.example.net' })).toBe(
      'https://mirror.example.net',
    );
    expect(originOf(req, { origin: null })).toBe('http://evil.example');
  });
});

describe('the feeds in Japanese (/ja/feeds/…, /ja/themes/<slug>/feed.…)', () => {
  const req = (path: string) => new Request(`https://accord.example.org${path}`);

  it('link to the Japanese pages and feeds, with Japanese titles where the records have them', async () => {
    const res = await serveChangeFeed(req('/ja/feeds/changes.json'), db.db, 'json', undefined, {
      locale: 'ja',
    });
    const feed = (await res.json()) as {
      title: string;
      home_page_url: string;
      feed_url: string;
      language: string;
      items: { id: string; url: string; title: string; content_text: string }[];
    };
    expect(feed).toMatchObject({
      title: 'Accord：首脳会談の合意の動き',
      home_page_url: 'https://accord.example.org/ja',
      feed_url: 'https://accord.example.org/ja/feeds/changes.json',
      language: 'ja',
    });
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/accord\.example\.org\/ja\/commitments\/[a-z0-9-]+$/);
      expect(item.id).toMatch(/:ja$/);
    }
    // The seed's commitments have Japanese titles: the entries show them.
    expect(feed.items.some((i) => /[\u3040-\u30ff\u4e00-\u9fff]{4}/.test(i.title))).toBe(true);
    const english = (await (
      await serveChangeFeed(req('/feeds/changes.json'), db.db, 'json')
    ).json()) as typeof feed;
    expect(english.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.id.slice(0, -3)));
    // And every seeded status note has a Japanese translation: each update's text opens with it.
    const updates = feed.items.filter((i) => i.id.includes(':status-update:'));
    expect(updates.length).toBeGreaterThan(0);
    for (const [i, item] of updates.entries()) {
      const [note] = item.content_text.split('\n\n');
      expect(note, item.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]{4}/);
      const en = english.items.find((e) => `${e.id}:ja` === item.id)!;
      expect(en.content_text.split('\n\n')[0], `${i}`).not.toBe(note);
    }
  });

  it("the JSON export carries each status note's translation beside the English", async () => {
    const { commitments: exported } = (await (
      await serveCommitmentsExport(req('/exports/commitments.json'), db.db, 'json')
    ).json()) as {
      commitments: {
        history: {
          note: string;
          translations: { ja?: { note?: { text: string; stale: boolean } } };
        }[];
      }[];
    };
    const updates = exported.flatMap((c) => c.history);
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) {
      expect(u.translations.ja?.note?.stale, u.note).toBe(false);
      expect(u.translations.ja?.note?.text, u.note).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]{4}/);
    }
  });

  it("give a theme's feed its Japanese title and addresses, and a 404 for an unknown theme", async () => {
    const xml = await (
      await serveChangeFeed(req('/ja/themes/chips/feed.atom'), db.db, 'atom', 'chips', {
        locale: 'ja',
      })
    ).text();
    expect(xml).toContain('xml:lang="ja"');
    expect(xml).toContain('<title>Accord：半導体・AI・先端技術</title>');
    expect(xml).toContain('href="https://accord.example.org/ja/themes/chips/feed.atom"');
    expect(xml).toContain('href="https://accord.example.org/ja/themes/chips"');
    expect(xml).toMatch(/<id>urn:accord:feed:theme:\d+:ja<\/id>/);
    const missing = await serveChangeFeed(req('/ja/themes/none/feed.atom'), db.db, 'atom', 'none', {
      locale: 'ja',
    });
    expect(missing.status).toBe(404);
  });
});
