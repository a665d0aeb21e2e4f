import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type DbHandle, openDb } from './client';
import { readDbEnv } from './env';
import { migrateDb } from './migrate';
import { seedDatabase } from './seed';

/**
 * A fresh, migrated (and by default seeded) database for one test file: in-memory PGlite,
 * or, when DATABASE_URL is set, a new database on that server, dropped on close. Migrations
 * come from `migrationsFolder` when given (for tests of older schemas; seeding needs the latest).
 */
export async function createTestDb(
  options: { seed?: boolean; migrationsFolder?: string } = {},
): Promise<DbHandle> {
  const { DATABASE_URL } = readDbEnv();
  let handle: DbHandle;
  if (DATABASE_URL) {
    const name = `accord_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(DATABASE_URL);
    url.pathname = `/${name}`;
    const inner = await openDb({ kind: 'postgres', url: url.toString(), max: 4 });
    handle = {
      ...inner,
      close: async () => {
        await inner.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end({ timeout: 5 });
      },
    };
  } else {
    handle = await openDb({ kind: 'memory' });
  }
  await migrateDb(handle, { migrationsFolder: options.migrationsFolder });
  if (options.seed !== false) await seedDatabase(handle.db);
  return handle;
}
