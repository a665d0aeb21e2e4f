/**
 * Shared pieces for the api tests (imported only by *.test.ts files): one seeded test
 * database per test file, callers for each kind of viewer, and a TRPCError matcher.
 */
import { type DbHandle } from '@accord/db';
import { createTestDb } from '@accord/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, expect } from 'vitest';
import { createCaller, createContext, type Viewer } from './index';

export type Caller = ReturnType<typeof createCaller>;

export const EDITOR: Viewer = {
  id: 'editor-1',
  name: 'Eda Editor',
  email: 'eda@example.org',
  role: 'editor',
};
export const EDITOR_2: Viewer = {
  id: 'editor-2',
  name: 'Ed Second',
  email: 'ed@example.org',
  role: 'editor',
};
export const ADMIN: Viewer = {
  id: 'admin-1',
  name: 'Ada Admin',
  email: 'ada@example.org',
  role: 'admin',
};

/** Seed facts the tests rely on (packages/db/src/seed/hiroshima-2023.ts). */
export const SEED = {
  meeting: 'kishida-biden-hiroshima-2023',
  summit: 'g7-hiroshima-summit-2023',
  source: 'kishida-biden-tech-cooperation-2023-05-19',
  publishedCommitments: 13,
  themeCounts: { security: 7, chips: 4, minerals: 1, ukraine: 1 } as Record<string, number>,
  themeOrder: ['security', 'chips', 'minerals', 'ukraine'],
  partySlugs: ['jp', 'us', 'kr', 'cn', 'ru', 'kp', 'ua', 'tw', 'mit', 'micron', 'g7'],
} as const;

/**
 * Opens a fresh seeded database before the file's tests and closes it after them.
 * Returns accessors that are valid inside tests and hooks.
 */
export function useTestDb() {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });
  const current = (): DbHandle => {
    if (!handle) throw new Error('The test database is not open yet');
    return handle;
  };
  return {
    get db() {
      return current().db;
    },
    caller(viewer: Viewer | null = null): Caller {
      return createCaller(createContext({ db: current().db, viewer }));
    },
  };
}

/** Awaits `promise`, expects it to reject with a TRPCError of `code`, and returns the error. */
export async function expectTRPCError(
  promise: Promise<unknown>,
  code: TRPCError['code'],
  message?: string | RegExp,
): Promise<TRPCError> {
  let caught: unknown = undefined;
  let settled = false;
  try {
    await promise;
    settled = true;
  } catch (error) {
    caught = error;
  }
  expect(settled, `expected a ${code} error, but the call succeeded`).toBe(false);
  expect(caught).toBeInstanceOf(TRPCError);
  const error = caught as TRPCError;
  expect(error.code, error.message).toBe(code);
  if (message !== undefined) expect(error.message).toMatch(message);
  return error;
}
