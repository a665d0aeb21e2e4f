import { handleTrpcRequest } from '@accord/api';
import { getDb } from '@accord/db';

// Reads the database on every request; never prerendered.
export const dynamic = 'force-dynamic';

function handler(req: Request) {
  return handleTrpcRequest(req, async () => (await getDb()).db);
}

export { handler as GET, handler as POST };
