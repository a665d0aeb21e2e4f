/**
 * Runs once when a server process starts (Next calls it before serving). Starts this
 * process's end of the cache events (edge/cache-events.ts), so that public changes saved by
 * any other process purge this one's caches, and the scheduler's clock (edge/scheduler.ts),
 * which publishes commitments at their scheduled time. Not during the build.
 */
export async function register(): Promise<void> {
  /* eslint-disable no-restricted-properties -- Next's own variables, set before this runs */
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  /* eslint-enable no-restricted-properties */
  const { startCacheEvents } = await import('./edge/cache-events');
  // Not awaited: with the database down the server still starts, and listens once it is back.
  void startCacheEvents();
  const { startScheduler } = await import('./edge/scheduler');
  startScheduler();
}
