import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { sql as rawSql } from 'drizzle-orm';
import postgres from 'postgres';
import { readDbEnv, resolveDataDir } from './env';
import { withDeadline } from './errors';
import { acquireDataDirLock } from './lock';
import { createDatabaseState, type DatabaseState, registerDatabaseState } from './state';
import * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle database, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
  db: Database;
  engine: Engine;
  /** Where the data lives: a folder, `memory`, or the server URL without its password. */
  location: string;
  close(): Promise<void>;
}

export type DbTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'memory'; /** A data dir dumped by PGlite's dumpDataDir to start from. */ from?: Blob }
  | { kind: 'postgres'; url: string; max?: number };

/** The configured target: PostgreSQL when DATABASE_URL is set, else the embedded data dir. */
export function configuredTarget(): DbTarget {
  const env = readDbEnv();
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: resolveDataDir(env) };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}

/**
 * PostgreSQL settings of the embedded database, on top of PGlite's own start parameters.
 *
 * PGlite keeps a server's default of 128 MB of shared_buffers, and allocates and zero-fills
 * all of it in its WebAssembly memory when it starts: with the database inside the web
 * server's process, that alone was ~110 MB of its resident memory, before a single request.
 * 16 MB (2048 pages) keeps the hot pages of the public reads (most of which the app answers
 * from its own caches anyway); a block outside it is read from the data dir's files, which
 * the OS page cache keeps in memory outside the process. Measured on the 100k bench dataset:
 * RSS after priming 622 -> 521 MB, same req/s on pages and API reads (hits and misses).
 */
export const PGLITE_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
};

/** The options every PGlite instance is created with. */
function pgliteOptions(): PGliteOptions {
  return {
    // startParams replaces PGlite's defaults (single-user mode, fsync off, ...): keep them.
    startParams: [
      ...PGlite.defaultStartParams,
      ...Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
  };
}

/** Opens a database. Each call opens a new connection; use `getDb` for the shared one. */
export async function openDb(target: DbTarget = configuredTarget()): Promise<DbHandle> {
  if (target.kind === 'postgres') {
    const sql = postgres(target.url, {
      max: target.max ?? 10,
      onnotice: () => {},
      // While the server is down or unreachable a request fails within this many seconds
      // (a refused connection fails at once) and is answered 503, rather than hanging.
      // Connections are made again on demand, so the app recovers when the server is back.
      connect_timeout: CONNECT_TIMEOUT_SECONDS,
      // postgres.js waits 3^n/100 s (up to 20 s) before reconnecting after the n-th failed
      // connection in a row, and queries wait with it: after an outage with traffic the app
      // hung for 12-15 s once the server was back. A refused connect is cheap: retry soon.
      backoff: reconnectDelaySeconds,
      // Idle connections are closed, so few of them are left to find dead after a restart.
      idle_timeout: 60,
    });
    return {
      db: drizzlePostgres({ client: sql, schema }),
      engine: 'postgres',
      location: redactUrl(target.url),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  if (target.kind === 'memory') {
    const client = await PGlite.create({
      ...pgliteOptions(),
      ...(target.from ? { loadDataDir: target.from } : {}),
    });
    return {
      db: drizzlePglite({ client, schema }),
      engine: 'pglite',
      location: 'memory',
      close: () => client.close(),
    };
  }
  // PGlite creates only the last folder of its data dir, and with the process umask.
  mkdirSync(dirname(target.dataDir), { recursive: true, mode: PRIVATE_DIR_MODE });
  const lock = acquireDataDirLock(target.dataDir);
  try {
    mkdirSync(target.dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    // A data dir from an older Accord may still be open to everyone: close it before use.
    restrictToOwner(target.dataDir);
    const client = await PGlite.create(target.dataDir, pgliteOptions());
    try {
      // PGlite's file system chmods the files initdb writes to 0666, whatever the umask: the
      // dir being 0700 already keeps others out, and this puts every file back to 0600.
      restrictToOwner(target.dataDir);
    } catch (error) {
      await client.close();
      throw error;
    }
    return {
      db: drizzlePglite({ client, schema }),
      engine: 'pglite',
      location: target.dataDir,
      close: async () => {
        try {
          await client.close();
          // PGlite makes folders with the umask's modes: tighten whatever it made while open.
          restrictToOwner(target.dataDir);
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The embedded database's folders and files are its owner's alone (group and others: none). */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Makes `dir` and everything under it private to its owner: folders 0700, files 0600.
 * Symbolic links are left alone (a chmod would follow them out of the tree); a file that
 * disappears meanwhile is skipped. Only what needs it is chmodded.
 */
export function restrictToOwner(dir: string): void {
  const pending = [dir];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    try {
      const stat = lstatSync(path);
      if (stat.isDirectory()) {
        if ((stat.mode & 0o777) !== PRIVATE_DIR_MODE) chmodSync(path, PRIVATE_DIR_MODE);
        for (const name of readdirSync(path)) pending.push(join(path, name));
      } else if (stat.isFile() && (stat.mode & 0o777) !== PRIVATE_FILE_MODE) {
        chmodSync(path, PRIVATE_FILE_MODE);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new Error(
        `Could not make ${path} private to its owner (the embedded database's files must be ` +
          `readable by its owner only): ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
}

/** How long opening one PostgreSQL connection may take. */
export const CONNECT_TIMEOUT_SECONDS = 2;

/** Seconds before the n-th reconnect in a row: 0.1, 0.2, ... at most half a second. */
export function reconnectDelaySeconds(retries: number): number {
  return Math.min(0.1 * retries, 0.5);
}

const globalForDb = globalThis as unknown as { accordDb?: Promise<DbHandle> };

/**
 * The process-wide database, opened once. Kept on globalThis so that a dev server's module
 * reloads reuse it rather than opening the data dir a second time.
 */
export function getDb(): Promise<DbHandle> {
  // Whoever uses the database registers its state, for the server to ask after a 500.
  databaseState();
  globalForDb.accordDb ??= openDb().catch((error: unknown) => {
    globalForDb.accordDb = undefined;
    throw error;
  });
  return globalForDb.accordDb;
}

/**
 * Opens the process-wide database if needed and runs `select 1`; rejects when that has not
 * answered within `ms` (a readiness check must answer quickly, whatever the database does).
 */
export async function pingDb(ms = 1000): Promise<void> {
  await withDeadline(
    getDb().then(({ db }) => db.execute(rawSql`select 1`)),
    ms,
  );
}

/** The process-wide database's state, probed with `pingDb` (see state.ts). */
export function databaseState(): DatabaseState {
  return registerDatabaseState(() => createDatabaseState(() => pingDb(PROBE_DEADLINE_MS)));
}

/** How long a probe of the database's state may take before it counts as away. */
export const PROBE_DEADLINE_MS = 1000;
