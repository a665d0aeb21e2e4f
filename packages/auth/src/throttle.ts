import { type Database, loginThrottle } from '@accord/db';
import { and, eq, gte, sql } from 'drizzle-orm';

/**
 * Sign-in throttling per account: after MAX_FAILURES wrong tries within WINDOW the email is
 * locked for LOCK, whether or not an account has it (so a lock says nothing about which
 * emails exist). A success clears the count.
 *
 * The count lives in the database and is taken atomically *before* the password is checked
 * (`claimAttempt`): an attempt counts as a failure from the moment it starts until it is
 * settled. So 30 concurrent wrong passwords for one email, on one instance or spread over
 * several, get 5 password checks and 25 refusals, not 30 checks: a count made after the
 * check (read the lock, check, then count) lets every concurrent attempt through the read.
 */
export const THROTTLE = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export function throttleKey(email: string): string {
  return email.trim().toLowerCase();
}

// As ISO text with a cast: the postgres-js driver cannot bind a Date inside raw sql``
// (drizzle turns its timestamp serializer off), so a Date here fails every sign-in on PostgreSQL.
const timestamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;

function secondsUntil(lockedUntil: Date | null | undefined, now: Date): number {
  if (!lockedUntil || lockedUntil <= now) return 0;
  return Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000);
}

/** Seconds until the email may try again, or 0 when it may try now. */
export async function lockedFor(db: Database, email: string, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.key, throttleKey(email)))
    .limit(1);
  return secondsUntil(row?.lockedUntil, now);
}

/**
 * Takes one attempt for the email, in one statement (an upsert holds the row's lock, so
 * concurrent attempts on any instance are counted one after another). Returns 0 when the
 * attempt may go ahead (it is counted as a failure until `settleFailure`, `clearFailures` or
 * `releaseAttempt`), or the seconds to wait: the email is locked, or this attempt was one
 * too many and locked it.
 */
export async function claimAttempt(db: Database, email: string, now = new Date()): Promise<number> {
  const t = loginThrottle;
  const at = timestamp(now);
  const locked = sql`(${t.lockedUntil} is not null and ${t.lockedUntil} > ${at})`;
  const expired = sql`${t.windowStartedAt} < ${timestamp(new Date(now.getTime() - THROTTLE.windowMs))}`;
  const tooMany = sql`${t.failures} + 1 > ${THROTTLE.maxFailures}`;
  const lockUntil = timestamp(new Date(now.getTime() + THROTTLE.lockMs));
  // Every expression below reads the row as it was before this statement.
  const [row] = await db
    .insert(t)
    .values({ key: throttleKey(email), failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures: sql`case when ${locked} then ${t.failures} when ${expired} then 1 when ${tooMany} then 0 else ${t.failures} + 1 end`,
        windowStartedAt: sql`case when ${locked} then ${t.windowStartedAt} when ${expired} or ${tooMany} then ${at} else ${t.windowStartedAt} end`,
        lockedUntil: sql`case when ${locked} then ${t.lockedUntil} when ${expired} then null when ${tooMany} then ${lockUntil} else ${t.lockedUntil} end`,
      },
    })
    .returning({ lockedUntil: t.lockedUntil });
  return secondsUntil(row?.lockedUntil, now);
}

/**
 * The claimed attempt was refused (wrong password, unknown email, disabled account): its
 * count stands, and the email is locked at once when it reached the maximum. Returns true
 * when this failure locked the email.
 */
export async function settleFailure(
  db: Database,
  email: string,
  now = new Date(),
): Promise<boolean> {
  const t = loginThrottle;
  const rows = await db
    .update(t)
    .set({
      lockedUntil: timestamp(new Date(now.getTime() + THROTTLE.lockMs)),
      failures: 0,
      windowStartedAt: timestamp(now),
    })
    .where(
      and(
        eq(t.key, throttleKey(email)),
        gte(t.failures, THROTTLE.maxFailures),
        sql`(${t.lockedUntil} is null or ${t.lockedUntil} <= ${timestamp(now)})`,
      ),
    )
    .returning({ key: t.key });
  return rows.length > 0;
}

/** The claimed attempt ended neither way (a malformed request, a server error): not counted. */
export async function releaseAttempt(db: Database, email: string): Promise<void> {
  const t = loginThrottle;
  await db
    .update(t)
    .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
    .where(eq(t.key, throttleKey(email)));
}

/** Counts one whole failed attempt (claim and settle); true when it locked the email. */
export async function recordFailure(
  db: Database,
  email: string,
  now = new Date(),
): Promise<boolean> {
  if ((await claimAttempt(db, email, now)) > 0) return false;
  return settleFailure(db, email, now);
}

export async function clearFailures(db: Database, email: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, throttleKey(email)));
}
