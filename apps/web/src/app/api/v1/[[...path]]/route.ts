import { handleRestRequest } from '@accord/api/rest';
import { readDb } from '~/edge/http/db';
import { corsPreflight, servePublicRead } from '~/edge/http/public-read';

// The public procedures over plain HTTP/JSON; see /api/v1/openapi.json and /developers.
export const dynamic = 'force-dynamic';

function handler(req: Request) {
  return servePublicRead(req, () => handleRestRequest(req, readDb), {
    cors: true,
    flavour: 'api',
  });
}

export {
  handler as GET,
  handler as HEAD,
  handler as POST,
  handler as PUT,
  handler as PATCH,
  handler as DELETE,
};
export const OPTIONS = corsPreflight;
