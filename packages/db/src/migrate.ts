import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { type MigrationMeta, readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { type PgliteDatabase } from 'drizzle-orm/pglite';
import { type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { z } from 'zod';
import { type Database, type DbHandle, type Schema } from './client';

import { findRepoRoot } from './env';
import { storeMissingBaselines } from './records';

/** Found from the repository root rather than import.meta.url, which bundlers rewrite. */
export function migrationsFolder(): string {
  return join(findRepoRoot(), 'packages', 'db', 'drizzle');
}

const Journal = z.object({
  entries: z.array(z.object({ idx: z.number(), when: z.number(), tag: z.string() })),
});

export interface MigrationEntry {
  tag: string;
  /** drizzle records a migration as applied by this timestamp, from the journal. */
  when: number;
}

/** The migrations in a folder's journal, oldest first. */
export function readMigrationJournal(folder: string = migrationsFolder()): MigrationEntry[] {
  const journal = Journal.parse(
    JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')),
  );
  return journal.entries.toSorted((a, b) => a.idx - b.idx).map(({ tag, when }) => ({ tag, when }));
}

/** The newest migration in the folder: the schema this code expects. */
export function latestMigrationTag(folder: string = migrationsFolder()): string {
  const last = readMigrationJournal(folder).at(-1);
  if (!last) throw new Error(`No migrations in ${folder}`);
  return last.tag;
}

/** Rows of a raw query, whichever engine ran it (postgres-js returns an array, PGlite `{ rows }`). */
export async function queryRows<T>(db: Pick<Database, 'execute'>, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/**
 * The newest migration applied to the database, as a tag of the folder's journal; null for a
 * database that has never been migrated. drizzle records applied migrations by their journal
 * timestamp, so one the folder does not know is reported by that timestamp.
 */
export async function appliedMigrationTag(
  db: Pick<Database, 'execute'>,
  folder: string = migrationsFolder(),
): Promise<string | null> {
  const [table] = await queryRows<{ name: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`,
  );
  if (!table?.name) return null;
  const [last] = await queryRows<{ created_at: string | null }>(
    db,
    sql`select created_at::text as created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  if (!last?.created_at) return null;
  const when = Number(last.created_at);
  const entry = readMigrationJournal(folder).find((m) => m.when === when);
  return entry?.tag ?? `unknown migration of ${new Date(when).toISOString()}`;
}

/** A migration failed; nothing of this run was applied (drizzle runs them in one transaction). */
export class MigrationError extends Error {
  constructor(
    readonly tag: string,
    readonly pending: string[],
    cause: unknown,
  ) {
    const others = pending.filter((t) => t !== tag);
    super(
      `Migration ${tag} failed, so the database was left as it was` +
        (others.length > 0 ? ` (${others.join(', ')} not applied either)` : '') +
        `: ${reasonOf(cause)}`,
      { cause },
    );
    this.name = 'MigrationError';
  }
}

/** The driver's reason for a failed query, without drizzle's "Failed query: <sql>" wrapper. */
function reasonOf(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

export interface MigrateOptions {
  /** The folder of SQL migrations and their journal; the committed `drizzle/` by default. */
  migrationsFolder?: string;
}

/**
 * Applies the migrations the database has not seen yet, all in one transaction: when one
 * fails, none is applied and the error names the failing migration. Then, on a database at
 * the committed schema, the data migration `storeMissingBaselines` (a no-op query per record
 * type once done).
 */
export async function migrateDb(handle: DbHandle, options: MigrateOptions = {}): Promise<void> {
  const folder = options.migrationsFolder ?? migrationsFolder();
  const config = { migrationsFolder: folder };
  try {
    if (handle.engine === 'pglite') {
      await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, config);
    } else {
      await migratePostgres(handle.db as unknown as PostgresJsDatabase<Schema>, config);
    }
  } catch (error) {
    throw await explainFailure(handle.db, folder, error);
  }
  // Data migrations need the schema this code reads: skipped for a folder that stops short.
  if ((await appliedMigrationTag(handle.db, folder)) === latestMigrationTag()) {
    await storeMissingBaselines(handle.db);
  }
}

/** Names the migration whose statement failed, found among those not yet applied. */
async function explainFailure(db: Database, folder: string, error: unknown): Promise<unknown> {
  const failedQuery = (error as { query?: unknown } | null)?.query;
  if (typeof failedQuery !== 'string') return error;
  let applied: string | null;
  try {
    applied = await appliedMigrationTag(db, folder);
  } catch {
    return error;
  }
  const journal = readMigrationJournal(folder);
  const files: MigrationMeta[] = readMigrationFiles({ migrationsFolder: folder });
  const start = applied === null ? 0 : journal.findIndex((m) => m.tag === applied) + 1;
  const pending = journal.slice(start).map((entry, i) => ({
    tag: entry.tag,
    statements: files[start + i]?.sql ?? [],
  }));
  const failed = pending.find((m) => m.statements.includes(failedQuery));
  if (!failed) return error;
  return new MigrationError(
    failed.tag,
    pending.map((m) => m.tag),
    error,
  );
}
