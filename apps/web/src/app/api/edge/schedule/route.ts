import { runDueSchedules } from '@accord/api';
import { getDb } from '@accord/db';
import { carriesBuildSecret } from '~/edge/build-secret';
import { PURGE_SECRET_HEADER } from '~/edge/cache-events';
import { publicDataChanged } from '~/edge/invalidate';

// One run of the scheduler (edge/scheduler.ts): publishes and unpublishes the commitments
// whose time has come, inside a request because the purge of a publish needs one (Next's
// revalidate calls). Only this server calls it, with its build's secret; anyone else gets a
// 404, as for any other path that is not there.
export const dynamic = 'force-dynamic';

export async function POST(req: Request): Promise<Response> {
  if (!carriesBuildSecret(req, PURGE_SECRET_HEADER)) {
    return new Response('Not found', { status: 404 });
  }
  const { db } = await getDb();
  const run = await runDueSchedules({ db, onPublicChange: publicDataChanged });
  return Response.json(run, { headers: { 'cache-control': 'no-store' } });
}
