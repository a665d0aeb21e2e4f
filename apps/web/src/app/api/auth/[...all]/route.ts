import { getAuth } from '~/server/auth';
import { serveAuthRequest } from './guard';

export const dynamic = 'force-dynamic';

async function handler(req: Request): Promise<Response> {
  const auth = await getAuth();
  return serveAuthRequest(req, (limited) => auth.handler(limited));
}

export { handler as GET, handler as POST };
