import { type Database, loginThrottle } from '@accord/db';
import { log } from '@accord/log';
import { metrics } from '@accord/log/metrics';
import { eq, sql } from 'drizzle-orm';

/**
 * Sign-in throttling per account: after MAX_FAILURES wrong tries within WINDOW the email is
 * locked for LOCK, whether or not an account has it (so a lock says nothing about which
 * emails exist). A success clears the count.
 */
export const THROTTLE = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export function throttleKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Seconds until the email may try again, or 0 when it may try now. */
export async function lockedFor(db: Database, email: string, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.key, throttleKey(email)))
    .limit(1);
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** Counts a failed sign-in; returns true when this failure locked the email. */
export async function recordFailure(
  db: Database,
  email: string,
  now = new Date(),
): Promise<boolean> {
  // As ISO text with a cast: the postgres-js driver cannot bind a Date inside raw sql``
  // (drizzle turns its timestamp serializer off), so a Date here fails every sign-in on PostgreSQL.
  const windowStart = sql`${new Date(now.getTime() - THROTTLE.windowMs).toISOString()}::timestamptz`;
  const startsNow = sql`${now.toISOString()}::timestamptz`;
  const lockUntil = new Date(now.getTime() + THROTTLE.lockMs);
  const [row] = await db
    .insert(loginThrottle)
    .values({ key: throttleKey(email), failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        // A window that has run out starts again from this failure.
        failures: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then ${startsNow} else ${loginThrottle.windowStartedAt} end`,
      },
    })
    .returning({ failures: loginThrottle.failures });
  metrics().signInFailures.inc({ reason: 'credentials' });
  if ((row?.failures ?? 0) < THROTTLE.maxFailures) return false;
  metrics().signInLockouts.inc();
  // The throttle key, never the email (see docs/operations.md: no personal data in logs).
  log.warn('sign-in locked after repeated failures');
  await db
    .update(loginThrottle)
    .set({ lockedUntil: lockUntil, failures: 0, windowStartedAt: now })
    .where(eq(loginThrottle.key, throttleKey(email)));
  return true;
}

export async function clearFailures(db: Database, email: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, throttleKey(email)));
}
