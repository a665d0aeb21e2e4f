import { errorResponse, serveChangeFeed } from '@accord/api/rest';
import { Slug } from '@accord/domain';
import { readDb } from '~/edge/http/db';
import { corsPreflight, servePublicRead } from '~/edge/http/public-read';

export const dynamic = 'force-dynamic';

/** A theme's feed of changes in Japanese. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return servePublicRead(
    req,
    async () =>
      // A malformed slug (a NUL, 300 bytes, "..") names no theme: a 404 without a query.
      Slug.safeParse(slug).success
        ? serveChangeFeed(req, await readDb(), 'json', slug, { locale: 'ja' })
        : errorResponse(404, 'No theme has that slug.'),
    { cors: true, flavour: 'api' },
  );
}

export const OPTIONS = corsPreflight;
