import { appRouter, createContext } from '@accord/api';
import { getDb } from '@accord/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';

// Reads the database on every request; never prerendered.
export const dynamic = 'force-dynamic';

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: async () => createContext({ db: (await getDb()).db }),
    onError({ error, path }) {
      // Logged here, never sent: the client gets the formatted message only.
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'} failed`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
