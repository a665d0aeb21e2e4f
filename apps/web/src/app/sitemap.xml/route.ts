import { serveSitemapIndex } from '@accord/api/rest';
import { readDb } from '~/edge/http/db';
import { servePublicRead } from '~/edge/http/public-read';

// Read per request and kept by the front cache, which every publish empties: a commitment
// published or taken back is in or out of the sitemap at once.
export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return servePublicRead(req, async () => serveSitemapIndex(req, await readDb()), {
    cors: false,
    flavour: 'api',
  });
}
