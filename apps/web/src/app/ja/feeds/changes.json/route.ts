import { serveChangeFeed } from '@accord/api/rest';
import { readDb } from '~/edge/http/db';
import { corsPreflight, servePublicRead } from '~/edge/http/public-read';

export const dynamic = 'force-dynamic';

/** The site's feed of changes in Japanese. */
export function GET(req: Request) {
  return servePublicRead(
    req,
    async () => serveChangeFeed(req, await readDb(), 'json', undefined, { locale: 'ja' }),
    { cors: true, flavour: 'api' },
  );
}

export const OPTIONS = corsPreflight;
