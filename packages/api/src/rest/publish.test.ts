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
