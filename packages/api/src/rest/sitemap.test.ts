import { commitments } from '@accord/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDb } from '../testing/helpers';
import { SITE_PAGES, serveSitemap, serveSitemapIndex } from './sitemap';

vi.stubEnv('ACCORD_BASE_URL', 'https://accord.example.org/');

const db = useTestDb();
const ORIGIN = 'https://accord.example.org';
const request = (path: string) =>
  new Request(`http://evil.example${path}`, { headers: { host: 'evil.example' } });

/** Every <loc> of a sitemap or sitemap index, in order. */
async function locs(res: Response): Promise<string[]> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  return [...(await res.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
}

const TAKEN_BACK = 'tokyo-startup-hub-with-mit';

describe('sitemaps', () => {
  let published: string[];
  let unpublished: string[];
  beforeAll(async () => {
    // A seeded commitment taken back to draft must drop out of the sitemap.
    await db.db
      .update(commitments)
      .set({ editorialState: 'draft' })
      .where(eq(commitments.slug, TAKEN_BACK));
    const rows = await db.db
      .select({ slug: commitments.slug, state: commitments.editorialState })
      .from(commitments);
    published = rows.filter((r) => r.state === 'published').map((r) => r.slug);
    unpublished = rows.filter((r) => r.state !== 'published').map((r) => r.slug);
    expect(published.length).toBeGreaterThan(4);
    expect(unpublished).toContain(TAKEN_BACK);
  });

  it('list every published commitment once, in files of `size`, and nothing unpublished', async () => {
    const size = 3;
    const files = await locs(await serveSitemapIndex(request('/sitemap.xml'), db.db, { size }));
    const expected = Math.ceil(published.length / size);
    expect(files).toEqual([
      `${ORIGIN}/sitemaps/pages.xml`,
      ...Array.from({ length: expected }, (_, i) => `${ORIGIN}/sitemaps/commitments-${i + 1}.xml`),
    ]);
    const listed: string[] = [];
    for (let n = 1; n <= expected; n++) {
      const file = await locs(
        await serveSitemap(
          request(`/sitemaps/commitments-${n}.xml`),
          db.db,
          `commitments-${n}.xml`,
          {
            size,
          },
        ),
      );
      expect(file.length).toBeLessThanOrEqual(size);
      listed.push(...file);
    }
    expect(listed.sort()).toEqual(published.map((slug) => `${ORIGIN}/commitments/${slug}`).sort());
    for (const slug of unpublished) expect(listed).not.toContain(`${ORIGIN}/commitments/${slug}`);
  });

  it('name the Japanese page of every published commitment as an alternate, and of no draft', async () => {
    const body = await (
      await serveSitemap(request('/sitemaps/commitments-1.xml'), db.db, 'commitments-1.xml')
    ).text();
    for (const slug of published) {
      expect(body).toContain(
        `<xhtml:link rel="alternate" hreflang="ja" href="${ORIGIN}/ja/commitments/${slug}"/>`,
      );
    }
    expect(body).toContain(
      `<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/commitments/${published[0]}"/>`,
    );
    expect(body).not.toContain(`/ja/commitments/${TAKEN_BACK}"`);
  });

  it('list every Japanese page in its own entry, twin of an English one', async () => {
    const pages = await locs(
      await serveSitemap(request('/sitemaps/pages.xml'), db.db, 'pages.xml'),
    );
    expect(pages).toContain(`${ORIGIN}/ja`);
    expect(pages).toContain(`${ORIGIN}/ja/themes/chips`);
    // Meetings, parties and sources, their indexes and each record's page.
    for (const index of ['meetings', 'parties', 'sources', 'methodology', 'developers'])
      expect(pages).toContain(`${ORIGIN}/ja/${index}`);
    for (const kind of ['meetings', 'parties', 'sources']) {
      const english = pages.filter((loc) => loc.startsWith(`${ORIGIN}/${kind}/`));
      expect(english.length, kind).toBeGreaterThan(0);
      for (const loc of english) expect(pages).toContain(loc.replace(ORIGIN, `${ORIGIN}/ja`));
    }
    // Every /ja entry has its English twin.
    for (const loc of pages.filter((l) => l.startsWith(`${ORIGIN}/ja/`)))
      expect(pages).toContain(loc.replace(`${ORIGIN}/ja`, ORIGIN));
  });

  it('date each commitment by its last change', async () => {
    const res = await serveSitemap(request('/x'), db.db, 'commitments-1.xml');
    const body = await res.text();
    expect(body).toMatch(
      /<url><loc>https:\/\/accord\.example\.org\/commitments\/[a-z0-9-]+<\/loc><lastmod>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/lastmod>(?:<xhtml:link [^>]+\/>){3}<\/url>/,
    );
  });

  it("list the site's own pages and every theme, meeting, party and source", async () => {
    const pages = await locs(await serveSitemap(request('/x'), db.db, 'pages.xml'));
    for (const path of SITE_PAGES) expect(pages).toContain(`${ORIGIN}${path}`);
    for (const prefix of ['themes', 'meetings', 'parties', 'sources']) {
      expect(
        pages.some((loc) => loc.startsWith(`${ORIGIN}/${prefix}/`)),
        prefix,
      ).toBe(true);
    }
    expect(pages).toContain(`${ORIGIN}/themes/chips`);
    expect(pages.every((loc) => loc.startsWith(`${ORIGIN}/`))).toBe(true);
  });

  it.each([
    'commitments-0.xml',
    'commitments-99.xml',
    'commitments-1.json',
    'commitments-01.xml',
    '../pages.xml',
    'pages.xml\u0000',
    `commitments-${'9'.repeat(2_000)}.xml`,
  ])('answer 404 for a sitemap that does not exist: %s', async (name) => {
    const res = await serveSitemap(request('/x'), db.db, name);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
