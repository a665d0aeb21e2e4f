import { join } from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { type PgliteDatabase } from 'drizzle-orm/pglite';
import { type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { type DbHandle, type Schema } from './client';

import { findRepoRoot } from './env';

/** Found from the repository root rather than import.meta.url, which bundlers rewrite. */
export function migrationsFolder(): string {
  return join(findRepoRoot(), 'packages', 'db', 'drizzle');
}

/** Applies the committed migrations in `drizzle/` that the database has not seen yet. */
export async function migrateDb(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() };
  if (handle.engine === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, config);
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase<Schema>, config);
  }
}
