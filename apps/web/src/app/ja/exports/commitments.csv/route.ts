import { serveCommitmentsExport } from '@accord/api/rest';
import { readDb } from '~/edge/http/db';
import { corsPreflight, servePublicRead } from '~/edge/http/public-read';

export const dynamic = 'force-dynamic';

/** The CSV export in Japanese: Japanese titles and summaries where translated, a BOM for Excel. */
export function GET(req: Request) {
  return servePublicRead(
    req,
    async () => serveCommitmentsExport(req, await readDb(), 'csv', { locale: 'ja' }),
    { cors: true, flavour: 'api' },
  );
}

export const OPTIONS = corsPreflight;
