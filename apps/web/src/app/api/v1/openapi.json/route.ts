import { generateApiDocument } from '@accord/api/rest';
import { corsPreflight, servePublicRead } from '~/edge/http/public-read';

export const dynamic = 'force-dynamic';

let document: string | undefined;

export function GET(req: Request) {
  return servePublicRead(
    req,
    () => {
      document ??= JSON.stringify(generateApiDocument(), null, 2);
      return Promise.resolve(
        new Response(document, {
          headers: { 'Content-Type': 'application/vnd.oai.openapi+json; charset=utf-8' },
        }),
      );
    },
    { cors: true, flavour: 'api' },
  );
}

export const OPTIONS = corsPreflight;
