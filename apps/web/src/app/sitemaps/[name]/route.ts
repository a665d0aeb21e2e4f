import { serveSitemap } from '@accord/api/rest';
import { readDb } from '~/edge/http/db';
import { servePublicRead } from '~/edge/http/public-read';

export const dynamic = 'force-dynamic';

/** `pages.xml` or `commitments-<n>.xml`, as listed by /sitemap.xml; any other name is a 404. */
export async function GET(req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return servePublicRead(req, async () => serveSitemap(req, await readDb(), name), {
    cors: false,
    flavour: 'api',
  });
}
