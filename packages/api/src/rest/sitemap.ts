import { type Database } from '@accord/db';
import { languageAlternates, localePath } from '@accord/domain';
import {
  publishedCommitmentCount,
  type SitemapEntry,
  sitemapCatalog,
  sitemapCommitments,
} from '../queries/sitemap';
import { errorResponse } from './errors';
import { type LinkOptions, originOf } from './publish';

/**
 * Sitemaps for search engines (sitemaps.org 0.9): an index at /sitemap.xml, one file of the
 * site's own and catalog pages, and the published commitments in files of at most
 * SITEMAP_SIZE entries, the protocol's limit (100k commitments need two).
 */
export const SITEMAP_SIZE = 50_000;

/** Public pages that are not records: the same list the header and footer link to. */
export const SITE_PAGES = [
  '/',
  '/meetings',
  '/parties',
  '/sources',
  '/methodology',
  '/developers',
] as const;

const XML = 'application/xml; charset=utf-8';
const NAME = /^(?:pages|commitments-([1-9][0-9]{0,5}))\.xml$/;

export interface SitemapOptions extends LinkOptions {
  /** Entries per commitments file; SITEMAP_SIZE unless a test wants small files. */
  size?: number;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** W3C datetime, to the second, in UTC. */
function lastmod(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function xmlResponse(body: string): Response {
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, {
    headers: { 'Content-Type': XML },
  });
}

/**
 * A page's other languages (hreflang en, ja, x-default) as xhtml:link elements, for the pages
 * that have a Japanese edition (@accord/domain hasJapaneseEdition); nothing for the others.
 */
function alternateLinks(origin: string, englishPath: string): string {
  const languages = languageAlternates(englishPath);
  if (!languages) return '';
  return Object.entries(languages)
    .map(
      ([lang, path]) =>
        `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(`${origin}${path}`)}"/>`,
    )
    .join('');
}

type Entry = SitemapEntry | { path: string };

/**
 * A urlset. Each entry is a page's English path; with `japanese`, a page that has a Japanese
 * edition is listed in both languages (the commitments files keep one entry per commitment,
 * to stay within SITEMAP_SIZE, and name the Japanese page as an alternate).
 */
function urlset(origin: string, entries: readonly Entry[], japanese = false): Response {
  const urls = entries.flatMap((entry) => {
    const modified = 'updatedAt' in entry ? `<lastmod>${lastmod(entry.updatedAt)}</lastmod>` : '';
    const alternates = alternateLinks(origin, entry.path);
    const paths = [entry.path, ...(japanese && alternates ? [localePath(entry.path, 'ja')] : [])];
    return paths.map(
      (path) => `<url><loc>${escapeXml(`${origin}${path}`)}</loc>${modified}${alternates}</url>`,
    );
  });
  return xmlResponse(
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>`,
  );
}

function filesOf(commitmentCount: number, size: number): number {
  return Math.ceil(commitmentCount / size);
}

/** /sitemap.xml: the index of every sitemap file. */
export async function serveSitemapIndex(
  req: Request,
  db: Database,
  options: SitemapOptions = {},
): Promise<Response> {
  const origin = originOf(req, options);
  const files = filesOf(await publishedCommitmentCount(db), options.size ?? SITEMAP_SIZE);
  const names = [
    'pages.xml',
    ...Array.from({ length: files }, (_, i) => `commitments-${i + 1}.xml`),
  ];
  const items = names.map(
    (name) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${name}`)}</loc></sitemap>`,
  );
  return xmlResponse(
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>`,
  );
}

/** /sitemaps/<name>: `pages.xml` or `commitments-<n>.xml`; 404 for any other name. */
export async function serveSitemap(
  req: Request,
  db: Database,
  name: string,
  options: SitemapOptions = {},
): Promise<Response> {
  const match = name.length <= 40 ? NAME.exec(name) : null;
  if (!match) return errorResponse(404, 'No such sitemap: see /sitemap.xml for the list.');
  const origin = originOf(req, options);
  if (match[1] === undefined) {
    return urlset(
      origin,
      [...SITE_PAGES.map((path) => ({ path })), ...(await sitemapCatalog(db))],
      true,
    );
  }
  const size = options.size ?? SITEMAP_SIZE;
  const page = Number(match[1]);
  if (page > filesOf(await publishedCommitmentCount(db), size)) {
    return errorResponse(404, 'No such sitemap: see /sitemap.xml for the list.');
  }
  return urlset(origin, await sitemapCommitments(db, page, size));
}
