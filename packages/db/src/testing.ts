import { type PGlite } from '@electric-sql/pglite';
import { createHash, randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { type DbHandle, openDb } from './client';
import { findRepoRoot, readDbEnv } from './env';
import { migrateDb, migrationsFolder } from './migrate';
import { seedDatabase } from './seed';

/**
 * A fresh, migrated (and by default seeded) database for one test file: in-memory PGlite,
 * or, when DATABASE_URL is set, a new database on that server, dropped on close. Migrations
 * come from `migrationsFolder` when given (for tests of older schemas; seeding needs the latest).
 */
export async function createTestDb(
  options: { seed?: boolean; migrationsFolder?: string } = {},
): Promise<DbHandle & { url?: string }> {
  const { DATABASE_URL } = readDbEnv();
  let handle: DbHandle & { url?: string };
  if (DATABASE_URL) {
    const name = `accord_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(DATABASE_URL);
    url.pathname = `/${name}`;
    const inner = await openDb({ kind: 'postgres', url: url.toString(), max: 4 });
    handle = {
      ...inner,
      // For a test that opens connections of its own (cache-events.test.ts).
      url: url.toString(),
      close: async () => {
        await inner.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end({ timeout: 5 });
      },
    };
  } else if (!options.migrationsFolder) {
    return openDb({ kind: 'memory', from: await pgliteTemplate(options.seed !== false) });
  } else {
    handle = await openDb({ kind: 'memory' });
  }
  await migrateDb(handle, { migrationsFolder: options.migrationsFolder });
  if (options.seed !== false) await seedDatabase(handle.db);
  return handle;
}

/**
 * The migrated (and seeded) embedded database every test file starts from, as a dump of its
 * data dir: loading one takes ~1.3 s, where a new PGlite runs initdb, the migrations and the
 * seed in ~5 s, once per test file (35 files). Built by the first test file that needs it and
 * kept in `.data/test-templates/` under a hash of everything it is made from (migrations,
 * seed, domain rules, PGlite's version), so a change to any of them makes a new one.
 */
async function pgliteTemplate(seed: boolean): Promise<Blob> {
  const file = join(
    findRepoRoot(),
    '.data',
    'test-templates',
    `${templateKey()}-${seed ? 'seeded' : 'empty'}.tar`,
  );
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    // Not built yet.
  }
  const handle = await openDb({ kind: 'memory' });
  try {
    await migrateDb(handle);
    if (seed) await seedDatabase(handle.db);
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    mkdirSync(dirname(file), { recursive: true });
    // Another worker may build it at the same time: each writes its own file, then renames.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    // Templates of older sources are never read again.
    for (const name of readdirSync(dirname(file))) {
      if (!name.startsWith(templateKey())) rmSync(join(dirname(file), name), { force: true });
    }
    return dump;
  } finally {
    await handle.close();
  }
}

let key: string | undefined;
function templateKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  const roots = [
    migrationsFolder(),
    join(here, 'seed'),
    join(here, '..', '..', 'domain', 'src'),
    join(here, '..', 'node_modules', '@electric-sql', 'pglite', 'package.json'),
  ];
  const add = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(relative(here, path)).update(readFileSync(path));
    }
  };
  for (const root of roots) add(root);
  key = hash.digest('hex').slice(0, 16);
  return key;
}
