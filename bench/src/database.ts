import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type DbHandle, type DbTarget, openDb } from '@accord/db';
import { findRepoRoot } from '@accord/settings';
import postgres from 'postgres';
import { generateDataset, GENERATOR_VERSION } from './generate';
import { readBenchEnv } from './env';
import { countCommitments, ensureBenchAdmin, loadDataset } from './load';

export const sizeLabel = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

export interface BenchDatabase {
  /** What the app is started with: ACCORD_DATA_DIR or DATABASE_URL. */
  env: { ACCORD_DATA_DIR?: string; DATABASE_URL?: string };
  target: DbTarget;
  loadedNow: boolean;
  loadSeconds: number;
}

function databaseUrlFor(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function recreatePostgresDatabase(base: string, name: string, drop: boolean) {
  const sql = postgres(databaseUrlFor(base, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    if (drop) await sql.unsafe(`drop database if exists ${name} with (force)`);
    const [row] = await sql`select 1 as one from pg_database where datname = ${name}`;
    if (!row) await sql.unsafe(`create database ${name}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * A database holding the generated dataset of `size` commitments, loaded on first use and
 * reused by later runs (the generator is deterministic; its version is in the name).
 */
export async function prepareDatabase(options: {
  repoRoot: string;
  size: number;
  databaseUrl?: string;
  admin: { email: string; name: string; password: string };
  log: (line: string) => void;
}): Promise<BenchDatabase> {
  const name = `bench-v${GENERATOR_VERSION}-${sizeLabel(options.size)}`;
  let target: DbTarget;
  let env: BenchDatabase['env'];
  if (options.databaseUrl) {
    const dbName = `accord_${name.replace(/-/g, '_')}`;
    await recreatePostgresDatabase(options.databaseUrl, dbName, false);
    const url = databaseUrlFor(options.databaseUrl, dbName);
    target = { kind: 'postgres', url, max: 2 };
    env = { DATABASE_URL: url };
  } else {
    const dataDir = join(options.repoRoot, '.data', name);
    target = { kind: 'pglite', dataDir };
    env = { ACCORD_DATA_DIR: join('.data', name) };
  }

  let handle = await openDb(target);
  let loadedNow = false;
  const started = Date.now();
  try {
    let count = 0;
    try {
      count = await countCommitments(handle);
    } catch {
      count = 0; // Not migrated yet.
    }
    if (count !== options.size) {
      if (count !== 0) {
        options.log(`  ${name}: holds ${count} commitments, reloading`);
        await handle.close();
        if (options.databaseUrl) {
          await recreatePostgresDatabase(
            options.databaseUrl,
            target.kind === 'postgres' ? new URL(target.url).pathname.slice(1) : '',
            true,
          );
        } else if (target.kind === 'pglite') {
          rmSync(target.dataDir, { recursive: true, force: true });
        }
        handle = await openDb(target);
      }
      options.log(`  generating and loading ${options.size} commitments into ${handle.location}`);
      const data = generateDataset({ commitments: options.size });
      await loadDataset(handle, data, options.log);
      loadedNow = true;
    }
    await ensureBenchAdmin(handle, options.admin);
  } finally {
    await handle.close();
  }
  return { env, target, loadedNow, loadSeconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * The dataset of `size` commitments (loaded on first use, as above), opened in this process:
 * what the in-process measurements (bench:search, bench:editor-lists, bench:export-memory)
 * read. PGlite by default, PostgreSQL when DATABASE_URL is set.
 */
export async function openBenchDataset(
  size: number,
  log: (line: string) => void,
): Promise<{ handle: DbHandle; target: DbTarget }> {
  const { target } = await prepareDatabase({
    repoRoot: findRepoRoot(),
    size,
    databaseUrl: readBenchEnv().DATABASE_URL,
    admin: {
      email: 'bench-admin@example.org',
      name: 'Bench Admin',
      password: randomBytes(18).toString('base64url'),
    },
    log,
  });
  return { handle: await openDb(target), target };
}
