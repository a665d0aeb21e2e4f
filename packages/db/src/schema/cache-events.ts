import { pgSequence } from 'drizzle-orm/pg-core';

/**
 * Numbers every cache event (src/cache-events.ts): each instance's listener expects them one
 * after the other, and purges everything when one is missing. A sequence, not a table: an
 * event lives only as a notification, and nothing needs it once delivered.
 */
export const cacheEventSeq = pgSequence('cache_event_seq');
