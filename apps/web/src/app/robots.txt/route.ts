import { originOf } from '@accord/api/rest';

/**
 * Crawlers may read every public page; the admin, the sign-in page and the API (which serves
 * the same data as the pages, and is rate-limited) are left out. The sitemap is absolute, on
 * ACCORD_BASE_URL when it is set.
 */
export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /sign-in',
    '',
    `Sitemap: ${originOf(req)}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
