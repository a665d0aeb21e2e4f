import { describeError, pingDb } from '@accord/db';
import { log } from '@accord/log';
import { countDatabaseError, markDatabaseUp } from '@accord/log/metrics';

// Readiness: the database answers a `select 1` within a second. A load balancer sends
// traffic only to ready instances; the answer never includes internals.
export const dynamic = 'force-dynamic';

const READY_TIMEOUT_MS = 1000;
const RETRY_AFTER_SECONDS = 5;

export async function GET(): Promise<Response> {
  try {
    await pingDb(READY_TIMEOUT_MS);
    markDatabaseUp();
    return Response.json({ status: 'ready' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    countDatabaseError('unavailable');
    log.warn(`readiness: the database is not answering (${describeError(error)})`);
    return Response.json(
      { status: 'unavailable', message: 'The database is not answering.' },
      {
        status: 503,
        headers: { 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) },
      },
    );
  }
}
