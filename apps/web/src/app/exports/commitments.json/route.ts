import { serveCommitmentsExport } from '@accord/api/rest';
import { readDb } from '~/server/http/db';
import { corsPreflight, servePublicRead } from '~/server/http/public-read';

export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return servePublicRead(req, async () => serveCommitmentsExport(req, await readDb(), 'json'), {
    cors: true,
    flavour: 'api',
  });
}

export const OPTIONS = corsPreflight;
