// Liveness: the process is up and serving requests. Never touches the database, so an
// orchestrator does not restart a healthy process because the database is down.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json({ status: 'live' }, { headers: { 'Cache-Control': 'no-store' } });
}
