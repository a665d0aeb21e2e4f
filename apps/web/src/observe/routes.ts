/**
 * The route pattern of a request, for the access log and the metrics' `route` label: one of
 * a fixed list (ROUTE_PATTERNS), else `other`. Never the raw path: a made-up URL must not
 * add a log field worth reading or a metrics series (1,000 junk paths add none).
 */
const ADMIN_SECTIONS = ['commitments', 'meetings', 'parties', 'sources', 'themes'];

/**
 * What has a Japanese twin under /ja (the pages domain/locale.ts lists, their feeds and the
 * CSV export), by its English pattern: `/ja/themes/chips` counts as `/ja/themes/:slug`.
 */
const JAPANESE_TWINS = [
  '/',
  '/themes/:slug',
  '/themes/:slug/more/:cursor',
  '/themes/:slug/feed.atom',
  '/themes/:slug/feed.json',
  '/commitments/:slug',
  '/as-of',
  '/as-of/:date/themes/:slug',
  '/as-of/:date/themes/:slug/more/:cursor',
  '/as-of/:date/commitments/:slug',
  '/meetings',
  '/meetings/more/:cursor',
  '/meetings/:slug',
  '/parties',
  '/parties/more/:cursor',
  '/parties/:slug',
  '/parties/:slug/more/:cursor',
  '/sources',
  '/sources/more/:cursor',
  '/sources/:slug',
  '/methodology',
  '/search',
  '/developers',
  '/feeds/changes.atom',
  '/feeds/changes.json',
  '/exports/commitments.csv',
];

export const ROUTE_PATTERNS: readonly string[] = [
  '/',
  '/search',
  '/themes/:slug',
  '/themes/:slug/more/:cursor',
  '/themes/:slug/feed.atom',
  '/themes/:slug/feed.json',
  '/commitments/:slug',
  '/as-of',
  '/as-of/:date/themes/:slug',
  '/as-of/:date/themes/:slug/more/:cursor',
  '/as-of/:date/commitments/:slug',
  '/meetings',
  '/meetings/more/:cursor',
  '/meetings/:slug',
  '/parties',
  '/parties/more/:cursor',
  '/parties/:slug',
  '/parties/:slug/more/:cursor',
  '/sources',
  '/sources/more/:cursor',
  '/sources/:slug',
  '/methodology',
  '/developers',
  '/sign-in',
  '/admin',
  '/admin/audit',
  '/admin/users',
  ...ADMIN_SECTIONS.flatMap((s) => [
    `/admin/${s}`,
    `/admin/${s}/new`,
    `/admin/${s}/:id`,
    `/admin/${s}/:id/history`,
  ]),
  '/admin/commitments/:id/preview',
  '/api/trpc/:procedure',
  '/api/v1/openapi.json',
  '/api/v1/*',
  '/api/auth/*',
  '/api/health/live',
  '/api/health/ready',
  '/feeds/changes.atom',
  '/feeds/changes.json',
  '/exports/commitments.csv',
  '/exports/commitments.json',
  '/_next/static/*',
  '/_next/image',
  '/_next/*',
  '/favicon.ico',
  '/icon.svg',
  '/apple-icon',
  '/robots.txt',
  '/sitemap.xml',
  '/sitemaps/:name',
  ...JAPANESE_TWINS.map((pattern) => (pattern === '/' ? '/ja' : `/ja${pattern}`)),
];

/** Each pattern as a regular expression: `:name` is one segment, a trailing `*` any rest. */
const COMPILED: [RegExp, string][] = ROUTE_PATTERNS.map((pattern) => {
  const source = pattern
    .split('/')
    .map((part) =>
      part === '*'
        ? '.+'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return [new RegExp(`^${source}$`), pattern];
});

/** Paths longer than this are `other` without being matched. */
const MAX_PATH = 2048;

/** The pattern a request target matches (its query string ignored), or `other`. */
export function routePattern(url: string | undefined): string {
  if (!url) return 'other';
  const q = url.search(/[?#]/);
  let path = q === -1 ? url : url.slice(0, q);
  if (path.length > MAX_PATH || !path.startsWith('/')) return 'other';
  // Next's RSC and prefetch variants of a page count as the page.
  path = path.replace(/\.(?:rsc|segments\/.*)$/, '');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  for (const [regex, pattern] of COMPILED) if (regex.test(path)) return pattern;
  return 'other';
}
