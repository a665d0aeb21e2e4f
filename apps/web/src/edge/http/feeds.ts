import 'server-only';
import { errorResponse, type FeedFormat, serveChangeFeed } from '@accord/api/rest';
import { type Locale, Slug } from '@accord/domain';
import { readDb } from './db';
import { servePublicRead } from './public-read';

/**
 * The GET handlers of the feed routes (app/feeds/…, app/themes/[slug]/feed.…, and their /ja
 * twins): each is one of these, so the eight routes cannot drift apart.
 */

/** The site-wide feed of changes in `format` and `locale`. */
export function siteFeed(format: FeedFormat, locale: Locale) {
  return (req: Request) =>
    servePublicRead(
      req,
      async () => serveChangeFeed(req, await readDb(), format, undefined, { locale }),
      {
        cors: true,
        flavour: 'api',
      },
    );
}

/** A theme's feed of changes in `format` and `locale`: a 404 for a theme that does not exist. */
export function themeFeed(format: FeedFormat, locale: Locale) {
  return async (req: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const { slug } = await params;
    return servePublicRead(
      req,
      async () =>
        // A malformed slug (a NUL, 300 bytes, "..") names no theme: a 404 without a query.
        Slug.safeParse(slug).success
          ? serveChangeFeed(req, await readDb(), format, slug, { locale })
          : errorResponse(404, 'No theme has that slug.'),
      { cors: true, flavour: 'api' },
    );
  };
}
