import { type DbHandle } from '@accord/db';
import { createTestDb } from '@accord/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimAttempt,
  clearFailures,
  lockedFor,
  recordFailure,
  releaseAttempt,
  settleFailure,
  THROTTLE,
  throttleKey,
} from './throttle';

let handle: DbHandle;
// Slow on a loaded machine, where every test file migrates its own database at once.
beforeAll(async () => {
  handle = await createTestDb({ seed: false });
}, 600_000);
afterAll(async () => {
  await handle.close();
}, 600_000);

const T0 = new Date('2026-01-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('sign-in throttle', () => {
  it('locks an email after five failures, for the lock period', async () => {
    const email = 'five@example.org';
    for (let i = 1; i < THROTTLE.maxFailures; i++) {
      expect(await recordFailure(handle.db, email, at(i * 1000))).toBe(false);
      expect(await lockedFor(handle.db, email, at(i * 1000))).toBe(0);
    }
    expect(await recordFailure(handle.db, email, at(5000))).toBe(true);
    expect(await lockedFor(handle.db, email, at(5000))).toBe(THROTTLE.lockMs / 1000);
    expect(await lockedFor(handle.db, email, at(65_000))).toBe(THROTTLE.lockMs / 1000 - 60);
    expect(await lockedFor(handle.db, email, at(5000 + THROTTLE.lockMs - 1))).toBe(1);
    expect(await lockedFor(handle.db, email, at(5000 + THROTTLE.lockMs))).toBe(0);
  });

  it('starts counting again once the window has passed', async () => {
    const email = 'window@example.org';
    for (let i = 0; i < THROTTLE.maxFailures - 1; i++) {
      await recordFailure(handle.db, email, at(i));
    }
    const later = THROTTLE.windowMs + 10_000;
    expect(await recordFailure(handle.db, email, at(later))).toBe(false);
    for (let i = 1; i < THROTTLE.maxFailures - 1; i++) {
      expect(await recordFailure(handle.db, email, at(later + i))).toBe(false);
    }
    expect(await lockedFor(handle.db, email, at(later + 10))).toBe(0);
    expect(await recordFailure(handle.db, email, at(later + 20))).toBe(true);
  });

  it('clears the count on success', async () => {
    const email = 'clear@example.org';
    for (let i = 0; i < THROTTLE.maxFailures - 1; i++) await recordFailure(handle.db, email, at(i));
    await clearFailures(handle.db, email);
    for (let i = 0; i < THROTTLE.maxFailures - 1; i++) {
      expect(await recordFailure(handle.db, email, at(100 + i))).toBe(false);
    }
  });

  it('counts an email however it is written, and each email on its own', async () => {
    expect(throttleKey('  Mixed@Example.ORG ')).toBe('mixed@example.org');
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      await recordFailure(handle.db, i % 2 ? 'Case@Example.org' : 'case@example.org ', at(i));
    }
    expect(await lockedFor(handle.db, 'CASE@example.org', at(10))).toBeGreaterThan(0);
    expect(await lockedFor(handle.db, 'other@example.org', at(10))).toBe(0);
  });

  it('lets exactly five of thirty concurrent attempts through, and locks the email', async () => {
    const email = 'concurrent@example.org';
    const waits = await Promise.all(
      Array.from({ length: 30 }, () => claimAttempt(handle.db, email, at(0))),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(THROTTLE.maxFailures);
    expect(waits.filter((w) => w === THROTTLE.lockMs / 1000)).toHaveLength(
      30 - THROTTLE.maxFailures,
    );
    expect(await lockedFor(handle.db, email, at(1))).toBeGreaterThan(0);
    // The five that went ahead fail in turn: the lock stands, and is not set a second time.
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      expect(await settleFailure(handle.db, email, at(2))).toBe(false);
    }
    expect(await lockedFor(handle.db, email, at(2))).toBe(THROTTLE.lockMs / 1000);
  });

  it('counts an attempt from its start: the fifth pending attempt is the last let through', async () => {
    const email = 'pending@example.org';
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      expect(await claimAttempt(handle.db, email, at(i))).toBe(0);
    }
    // Five are still being checked; none has failed yet, but a sixth is refused.
    expect(await claimAttempt(handle.db, email, at(10))).toBe(THROTTLE.lockMs / 1000);
  });

  it('locks on the fifth settled failure, before any sixth attempt', async () => {
    const email = 'settled@example.org';
    for (let i = 1; i < THROTTLE.maxFailures; i++) {
      expect(await claimAttempt(handle.db, email, at(i))).toBe(0);
      expect(await settleFailure(handle.db, email, at(i))).toBe(false);
    }
    expect(await claimAttempt(handle.db, email, at(5))).toBe(0);
    expect(await settleFailure(handle.db, email, at(5))).toBe(true);
    expect(await lockedFor(handle.db, email, at(5))).toBe(THROTTLE.lockMs / 1000);
  });

  it('gives back an attempt that ended neither way', async () => {
    const email = 'released@example.org';
    for (let i = 0; i < 20; i++) {
      expect(await claimAttempt(handle.db, email, at(i))).toBe(0);
      await releaseAttempt(handle.db, email);
    }
    expect(await lockedFor(handle.db, email, at(30))).toBe(0);
  });

  it('lets the email try again once the lock has run out', async () => {
    const email = 'expired@example.org';
    for (let i = 0; i < THROTTLE.maxFailures; i++) await recordFailure(handle.db, email, at(i));
    const after = THROTTLE.lockMs + 10_000;
    expect(await lockedFor(handle.db, email, at(after))).toBe(0);
    expect(await claimAttempt(handle.db, email, at(after))).toBe(0);
  });
});
