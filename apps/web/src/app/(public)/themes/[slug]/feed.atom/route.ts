import { serveChangeFeed } from '@accord/api/rest';
import { readDb } from '~/server/http/db';
import { corsPreflight, servePublicRead } from '~/server/http/public-read';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return servePublicRead(req, async () => serveChangeFeed(req, await readDb(), 'atom', slug), {
    cors: true,
    flavour: 'api',
  });
}

export const OPTIONS = corsPreflight;
