import { type DbHandle } from '@accord/db';
import { createTestDb } from '@accord/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFailures, lockedFor, recordFailure, THROTTLE, throttleKey } from './throttle';

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
});
