import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb } from '../client';
import { findRepoRoot, readDbEnv } from '../env';
import { latestMigrationTag, migrateDb, queryRows } from '../migrate';
import { seedDatabase } from '../seed';
import { tableProgress } from '../cli/progress';
import { createTestDb } from '../testing';
import {
  type Backup,
  type BackupRow,
  BACKUP_TABLES,
  BackupError,
  EPHEMERAL_TABLES,
  exportDatabase,
  type FileImportOptions,
  importBackup,
  importBackupFile,
  type ImportOptions,
  openBackupFile,
  parseBackup,
  readBackupFile,
  serializeBackup,
  writeBackup,
} from './index';
import { UniqueKeys } from './format';
import { SCHEMA_TABLES } from './tables';

const HAS_POSTGRES = Boolean(readDbEnv().DATABASE_URL);
/** Said in the names of tests that need PostgreSQL, when they are skipped. */
const NO_POSTGRES = HAS_POSTGRES ? '' : ' (skipped: set DATABASE_URL to run it against PostgreSQL)';

const temporary: string[] = [];
const handles: DbHandle[] = [];
let source: DbHandle;
let target: DbHandle;
let backup: Backup;
let text: string;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accord-backup-'));
  temporary.push(dir);
  return dir;
}

async function track(handle: Promise<DbHandle>): Promise<DbHandle> {
  const opened = await handle;
  handles.push(opened);
  return opened;
}

/** A migrated, empty in-memory PGlite database, whatever DATABASE_URL says. */
async function emptyPglite(): Promise<DbHandle> {
  const handle = await track(openDb({ kind: 'memory' }));
  await migrateDb(handle);
  return handle;
}

/**
 * Rows the seed does not write, covering what a backup must carry exactly: microsecond
 * timestamps, jsonb of every kind, arrays with awkward elements, users with password hashes,
 * history rows, a meeting whose parent comes after it, and a sequence ahead of its rows.
 */
const EXTRA_ROWS = `
  insert into users (id, name, email, email_verified, role, disabled_at, created_at, updated_at) values
    ('user-admin', 'Ada Admin', 'ada@example.org', true, 'admin', null, '2024-02-29 23:59:59.123456+00', '2024-03-01 00:00:00.000001+00'),
    ('User-Editor', 'Ed Itor', 'ed@example.org', false, 'editor', '2024-05-01 08:00:00.5+02', '2024-01-01 00:00:00+00', '2024-01-01 00:00:00+00');
  insert into accounts (id, account_id, provider_id, user_id, password, access_token_expires_at, created_at, updated_at) values
    ('acct-1', 'user-admin', 'credential', 'user-admin', 'scrypt:abc123$def456', null, '2024-02-29 23:59:59.123456+00', '2024-02-29 23:59:59.123456+00');
  insert into sessions (id, token, user_id, expires_at) values ('sess-1', 'secret-token', 'user-admin', '2999-01-01 00:00:00+00');
  insert into verifications (id, identifier, value, expires_at) values ('ver-1', 'ada@example.org', 'code', '2999-01-01 00:00:00+00');
  insert into login_throttle (key, failures, window_started_at) values ('ed@example.org', 3, now());
  update commitments set
    tags = array['a,b', 'quote"d', '', 'ünïcødé 東京', 'null', null]::text[],
    published_at = '2023-05-20 01:02:03.456789+00',
    updated_at = '2023-05-20 01:02:03.000001+00'
  where id = (select min(id) from commitments);
  insert into revisions (record_type, record_id, version, snapshot, action, actor_id, actor_name, created_at) values
    ('commitment', 1, 101, '{"title": "Ünïcødé ✓ 東京", "n": 0.1, "big": 9007199254740991, "neg": -3, "nested": [[1, null], {"a": true}], "empty": {}}', 'create', 'user-admin', 'Ada Admin', '2024-02-29 12:34:56.789012+00'),
    ('commitment', 1, 102, '[]', 'update', null, 'command line', '2024-02-29 12:34:56.789013+00');
  insert into audit_log (at, actor_id, actor_name, action, record_type, record_id, summary, before, after) values
    ('2024-02-29 12:34:56.789012+00', 'user-admin', 'Ada Admin', 'create', 'commitment', '1', 'created', null, '{"k": "v"}'),
    ('2024-02-29 12:34:56.999999+00', null, 'command line', 'note', 'user', 'User-Editor', 'a jsonb string and number', '"just text"', '12.5');
  insert into meetings (slug, title, kind, starts_on, ends_on, place, summary) values
    ('child-first', 'Child', 'bilateral', '2024-01-01', '2024-01-01', 'Tokyo', 'Written before its parent.'),
    ('parent-later', 'Parent', 'summit', '2024-01-01', '2024-01-02', 'Tokyo', 'Its child has a smaller id.');
  update meetings set parent_id = (select id from meetings where slug = 'parent-later') where slug = 'child-first';
  insert into themes (slug, title, summary) values ('short-lived', 'Deleted', 'Gone.');
  delete from themes where slug = 'short-lived'
`;

async function addExtraRows(handle: DbHandle): Promise<void> {
  await handle.db.transaction(async (tx) => {
    for (const statement of EXTRA_ROWS.split(';\n')) await tx.execute(sql.raw(statement));
  });
}

/** Every table's rows as JSON text (generated columns included), in UTC, by primary key. */
async function contents(handle: DbHandle): Promise<Record<string, string[]>> {
  return handle.db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const dump: Record<string, string[]> = {};
    for (const table of SCHEMA_TABLES) {
      const order = table.primaryKey
        .map((c) => {
          const text = table.columns.find((col) => col.name === c)?.sqlType === 'text';
          return `"${c}"${text ? ' collate "C"' : ''}`;
        })
        .join(', ');
      const rows = await queryRows<{ row: string }>(
        tx,
        sql.raw(`select to_jsonb(t)::text as row from "${table.name}" t order by ${order}`),
      );
      dump[table.name] = rows.map((r) => r.row);
    }
    return dump;
  });
}

/** Contents of the tables a backup holds (the sign-in tables are left out). */
async function backedUpContents(handle: DbHandle): Promise<Record<string, string[]>> {
  const all = await contents(handle);
  for (const name of EPHEMERAL_TABLES) delete all[name];
  return all;
}

async function count(handle: DbHandle, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql.raw(`select count(*)::int as n from "${table}"`),
  );
  return row!.n;
}

async function triggerModes(handle: DbHandle): Promise<Record<string, string>> {
  const rows = await queryRows<{ name: string; mode: string }>(
    handle.db,
    sql`select tgname as name, tgenabled::text as mode from pg_trigger
        where not tgisinternal and tgrelid in ('revisions'::regclass, 'audit_log'::regclass)`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.mode]));
}

/** The same backup, ignoring when it was taken. */
function comparable(b: Backup): Omit<Backup, 'exportedAt'> {
  const { exportedAt: _, ...rest } = b;
  return rest;
}

function restore(handle: DbHandle, file: string, options: ImportOptions = {}) {
  return (async () => importBackup(handle, parseBackup(file, 'backup.json'), options))();
}

function rowOf(data: Record<string, unknown>, table: string, index: number) {
  return (data.tables as Record<string, Record<string, unknown>[]>)[table]![index]!;
}

function edited(change: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(text) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data);
}

beforeAll(async () => {
  source = await track(createTestDb());
  await addExtraRows(source);
  backup = await exportDatabase(source);
  text = serializeBackup(backup);
  target = await track(createTestDb({ seed: false }));
}, 600_000);

afterAll(async () => {
  for (const handle of handles.splice(0).reverse()) await handle.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}, 600_000);

/**
 * Runs one of the package's CLIs (`src/cli/*.ts`) under tsx, with the given data dir and
 * without DATABASE_URL. Asynchronous on purpose: a `spawnSync` of a child that boots PGlite
 * blocks this worker's event loop for seconds, and vitest's RPC with its workers starves.
 */
function runCli(
  script: string,
  args: string[],
  options: { dataDir: string; cwd: string },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  // eslint-disable-next-line no-restricted-properties -- the child gets this environment, minus DATABASE_URL
  const { DATABASE_URL: _, ...env } = process.env;
  const db = join(findRepoRoot(), 'packages', 'db');
  const child = spawn(join(db, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: db,
    env: { ...env, ACCORD_DATA_DIR: options.dataDir, INIT_CWD: options.cwd },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('what a backup holds', () => {
  it('covers every table and column in the database except the sign-in tables, which it leaves out', async () => {
    const tables = await queryRows<{ table_name: string }>(
      source.db,
      sql`select table_name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
    );
    const inBackup = BACKUP_TABLES.map((t) => t.name);
    expect([...inBackup, ...EPHEMERAL_TABLES].sort()).toEqual(tables.map((t) => t.table_name));
    expect(Object.keys(backup.tables).sort()).toEqual([...inBackup].sort());
    for (const table of BACKUP_TABLES) {
      const columns = await queryRows<{ column_name: string }>(
        source.db,
        sql`select column_name from information_schema.columns
            where table_schema = current_schema() and table_name = ${table.name}
              and is_generated = 'NEVER' order by 1`,
      );
      expect(table.columns.map((c) => c.name).sort(), table.name).toEqual(
        columns.map((c) => c.column_name),
      );
    }
  });

  it('writes a versioned header naming the schema, and keeps full timestamp precision', () => {
    expect(backup).toMatchObject({
      format: 'accord-backup',
      version: 1,
      schemaVersion: latestMigrationTag(),
    });
    expect(backup.exportedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
    const admin = backup.tables.users!.find((u) => u.id === 'user-admin');
    expect(admin?.created_at).toBe('2024-02-29T23:59:59.123456+00:00');
    expect(backup.tables.revisions![0]!.id).toBe('1'); // bigint as text: never rounded
    expect(backup.tables.commitments![0]).not.toHaveProperty('target_deadline'); // generated
    expect(Number(backup.identities.themes!.id)).toBeGreaterThan(backup.tables.themes!.length + 1);
  });

  it('puts each table after the tables it refers to', () => {
    const names = BACKUP_TABLES.map((t) => t.name);
    for (const table of BACKUP_TABLES) {
      for (const parent of table.dependsOn) {
        expect(names.indexOf(parent), `${parent} before ${table.name}`).toBeLessThan(
          names.indexOf(table.name),
        );
      }
    }
    expect(Object.keys(backup.tables)).toEqual(names);
  });
});

describe('importBackup', () => {
  it('round-trips losslessly: the restored database holds the same rows and exports the same backup', async () => {
    // One row per INSERT: a meeting's parent comes in a later statement than the meeting.
    const report = await restore(target, text, { batchRows: 1 });

    expect(report.rows).toBe(Object.values(backup.tables).flat().length);
    expect(await backedUpContents(target)).toEqual(await backedUpContents(source));
    expect(comparable(await exportDatabase(target))).toEqual(comparable(backup));
    const [user] = await queryRows<{ at: string }>(
      target.db,
      sql`select (created_at at time zone 'UTC')::text as at from users where id = 'user-admin'`,
    );
    expect(user?.at).toBe('2024-02-29 23:59:59.123456');
  });

  it('leaves the sign-in tables empty and continues each id sequence where the backup left it', async () => {
    for (const name of EPHEMERAL_TABLES) expect(await count(target, name), name).toBe(0);
    const [theme] = await queryRows<{ id: number }>(
      target.db,
      sql`insert into themes (slug, title, summary) values ('after-restore', 'New', 'New.') returning id`,
    );
    expect(String(theme?.id)).toBe(backup.identities.themes!.id);
    await target.db.execute(sql`delete from themes where slug = 'after-restore'`);
  });

  it('keeps revisions and the audit log append-only after a restore', async () => {
    expect(await triggerModes(target)).toEqual({
      audit_log_append_only: 'O',
      audit_log_no_truncate: 'O',
      revisions_append_only: 'O',
      revisions_no_truncate: 'O',
    });
    await expect(target.db.execute(sql`delete from revisions`)).rejects.toThrow();
  });

  it('refuses a database that holds data unless asked to replace it, changing nothing', async () => {
    const before = await contents(target);

    await expect(restore(target, text)).rejects.toThrow(
      /^The database already holds data \(.*\d+ commitments.*\): import into an empty database, or pass --replace/,
    );

    expect(await contents(target)).toEqual(before);
  });

  it('with replace, swaps all data for the backup’s, signing everyone out', async () => {
    await target.db.execute(
      sql`insert into sessions (id, token, user_id, expires_at) values ('sess-t', 'tok', 'user-admin', '2999-01-01')`,
    );
    await target.db.execute(
      sql`insert into revisions (record_type, record_id, version, snapshot, action, actor_name) values ('theme', 99, 1, '{}', 'create', 'x')`,
    );
    await target.db.execute(sql`update parties set name = 'Renamed' where slug = 'jp'`);

    const report = await restore(target, text, { replace: true });

    expect(report.replaced).toBeGreaterThan(report.rows);
    expect(await backedUpContents(target)).toEqual(await backedUpContents(source));
    expect(await count(target, 'sessions')).toBe(0);
    await expect(target.db.execute(sql`update audit_log set summary = 'x'`)).rejects.toThrow();
  });
});

describe('importBackup refuses a bad file with a clear message, changing nothing', () => {
  const cases: [string, () => string, RegExp][] = [
    [
      'text that is not JSON',
      () => 'not json {',
      /^backup\.json is not valid JSON \(.*\): the file is corrupt or truncated$/,
    ],
    [
      'a truncated file',
      () => text.slice(0, Math.floor(text.length / 2)),
      /^backup\.json is not valid JSON .*truncated$/,
    ],
    [
      'JSON that is not a backup',
      () => '[1, 2]',
      /^backup\.json is not an Accord backup: it has no "format" field$/,
    ],
    [
      'another format',
      () => edited((d) => (d.format = 'pg_dump')),
      /^backup\.json is not an Accord backup: its format is "pg_dump", expected "accord-backup"$/,
    ],
    [
      'a newer version',
      () => edited((d) => (d.version = 3)),
      /^backup\.json is an Accord backup of version 3; this Accord reads versions 1 and 2 only$/,
    ],
    [
      'an unknown table',
      () => edited((d) => ((d.tables as Record<string, unknown>).widgets = [])),
      /^backup\.json: unknown table "widgets"; a backup holds /,
    ],
    [
      'a sign-in table',
      () => edited((d) => ((d.tables as Record<string, unknown>).sessions = [])),
      /^backup\.json: unknown table "sessions"/,
    ],
    [
      'a missing table',
      () => edited((d) => delete (d.tables as Record<string, unknown>).quotes),
      /^backup\.json: table "quotes" is missing$/,
    ],
    [
      'a row with an unknown column',
      () => edited((d) => (rowOf(d, 'commitments', 0).colour = 'red')),
      /^backup\.json: tables\.commitments\[0\]: Unrecognized key: "colour"$/,
    ],
    [
      'a row missing a column',
      () => edited((d) => delete rowOf(d, 'quotes', 2).text),
      /^backup\.json: tables\.quotes\[2\]\.text: /,
    ],
    [
      'a value of the wrong type',
      () => edited((d) => (rowOf(d, 'users', 1).created_at = 12)),
      /^backup\.json: tables\.users\[1\]\.created_at: /,
    ],
    [
      'a malformed timestamp',
      () => edited((d) => (rowOf(d, 'audit_log', 0).at = 'yesterday')),
      /^backup\.json: tables\.audit_log\[0\]\.at: expected a timestamp$/,
    ],
    [
      'a header without exportedAt',
      () => edited((d) => delete d.exportedAt),
      /^backup\.json: exportedAt: /,
    ],
    [
      'another schema version',
      () => edited((d) => (d.schemaVersion = '0000_init')),
      /^The backup was taken at schema 0000_init but this Accord is at \S+: /,
    ],
    [
      'a cell nested 100,000 arrays deep',
      // Built as text: JSON.stringify itself runs out of stack on such a value.
      () =>
        edited((d) => (rowOf(d, 'revisions', 0).snapshot = 'DEEP')).replace(
          '"DEEP"',
          '['.repeat(100_000) + ']'.repeat(100_000),
        ),
      /^backup\.json: tables\.revisions\[0\]\.snapshot(\[0\])+…?: nested deeper than 64 levels of arrays and objects$/,
    ],
    [
      'objects nested 100,000 deep in a text[] cell',
      () =>
        edited((d) => (rowOf(d, 'commitments', 0).tags = 'DEEP')).replace(
          '"DEEP"',
          '[' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000) + ']',
        ),
      /^backup\.json: tables\.commitments\[0\]\.tags\[0\](\.a)+…?: nested deeper than 64 levels/,
    ],
    [
      'a string over the length limit',
      () => edited((d) => (rowOf(d, 'quotes', 1).text = 'x'.repeat(1_000_001))),
      /^backup\.json: tables\.quotes\[1\]\.text: a string of 1000001 characters, over the limit of 1000000$/,
    ],
    [
      'a NUL in text',
      () => edited((d) => (rowOf(d, 'themes', 0).summary = 'before\u0000after')),
      /^backup\.json: tables\.themes\[0\]\.summary: a string holding a NUL character \(\\u0000\), which PostgreSQL cannot store$/,
    ],
    [
      'a NUL in a key inside jsonb',
      () => edited((d) => (rowOf(d, 'audit_log', 0).after = { 'k\u0000': 1 })),
      /^backup\.json: tables\.audit_log\[0\]\.after: a key holding a NUL character/,
    ],
    [
      'a lone surrogate',
      () => edited((d) => (rowOf(d, 'parties', 0).name = 'broken \ud800 text')),
      /^backup\.json: tables\.parties\[0\]\.name: a string holding a lone UTF-16 surrogate/,
    ],
    [
      'a __proto__ table',
      () => text.replace('"tables": {', '"tables": {"__proto__": [{"polluted": true}],'),
      /^backup\.json: tables\.__proto__: the key "__proto__" is not allowed$/,
    ],
    [
      'a __proto__ column',
      () => text.replace('"quotes": [\n      {', '"quotes": [\n      {"__proto__": {"id": 1},'),
      /^backup\.json: tables\.quotes\[0\]\.__proto__: the key "__proto__" is not allowed$/,
    ],
    [
      'a constructor key inside jsonb',
      () => edited((d) => (rowOf(d, 'revisions', 0).snapshot = { constructor: { name: 'x' } })),
      /^backup\.json: tables\.revisions\[0\]\.snapshot\.constructor: the key "constructor" is not allowed$/,
    ],
    [
      'a duplicate id',
      () =>
        edited((d) => {
          const quotes = (d.tables as Record<string, unknown[]>).quotes!;
          quotes.push({ ...rowOf(d, 'quotes', 0), text: 'Another quote, same id.' });
        }),
      /^backup\.json: tables\.quotes\[\d+\]: duplicate primary key \(id = \d+\), the same as tables\.quotes\[0\]$/,
    ],
    [
      'a duplicate slug',
      () =>
        edited((d) => {
          const row = rowOf(d, 'parties', 1);
          row.slug = rowOf(d, 'parties', 0).slug;
        }),
      /^backup\.json: tables\.parties\[1\]: duplicate unique key \(slug = "\w+"\), the same as tables\.parties\[0\]$/,
    ],
    [
      'a duplicate composite key',
      () =>
        edited((d) => {
          const links = (d.tables as Record<string, unknown[]>).commitment_parties!;
          links.push({ ...rowOf(d, 'commitment_parties', 0) });
        }),
      /^backup\.json: tables\.commitment_parties\[\d+\]: duplicate primary key \(commitment_id = \d+, party_id = \d+\)/,
    ],
    [
      'an object in a text column',
      () => edited((d) => (rowOf(d, 'commitments', 0).title = { text: 'x' })),
      /^backup\.json: tables\.commitments\[0\]\.title: /,
    ],
    [
      'an integer id written as a string',
      () => edited((d) => (rowOf(d, 'themes', 0).id = '1')),
      /^backup\.json: tables\.themes\[0\]\.id: /,
    ],
    [
      'an integer out of range',
      () => edited((d) => (rowOf(d, 'themes', 0).id = 2 ** 31)),
      /^backup\.json: tables\.themes\[0\]\.id: /,
    ],
    [
      'a bigint out of range',
      () => edited((d) => (rowOf(d, 'audit_log', 0).id = '9223372036854775808')),
      /^backup\.json: tables\.audit_log\[0\]\.id: outside the range of a bigint$/,
    ],
    [
      'an identity with leading zeros',
      () =>
        edited(
          (d) => ((d.identities as Record<string, Record<string, string>>).themes!.id = '007'),
        ),
      /^backup\.json: identities\.themes\.id: expected a whole number as a string$/,
    ],
  ];

  it.each(cases)('refuses %s', async (_, file, message) => {
    const before = await contents(target);
    expect(before.commitments!.length).toBeGreaterThan(0);

    // With replace, an importer that checked too little would already have emptied the tables.
    const failure = restore(target, file(), { replace: true });

    await expect(failure).rejects.toBeInstanceOf(BackupError);
    await expect(failure).rejects.toThrow(message);
    expect(await contents(target)).toEqual(before);
  });

  it('rolls everything back when a row late in the file breaks a constraint', async () => {
    const last = BACKUP_TABLES.findLast((t) => (backup.tables[t.name]?.length ?? 0) >= 2)!;
    expect(BACKUP_TABLES.indexOf(last)).toBeGreaterThan(BACKUP_TABLES.length / 2);
    const broken = edited((d) => {
      const rows = (d.tables as Record<string, unknown[]>)[last.name]!;
      rows[rows.length - 1] = rows[rows.length - 2]; // a duplicate primary key
    });
    await target.db.execute(
      sql`insert into sessions (id, token, user_id, expires_at) values ('sess-keep', 'keep', 'user-admin', '2999-01-01')`,
    );
    const before = await contents(target);
    const identities = (await exportDatabase(target)).identities;

    await expect(restore(target, broken, { replace: true })).rejects.toThrow();

    expect(await contents(target)).toEqual(before);
    expect((await exportDatabase(target)).identities).toEqual(identities);
    expect(Object.values(await triggerModes(target))).toEqual(['O', 'O', 'O', 'O']);
  });
});

describe('the limits on a backup file', () => {
  it('refuses a string or nesting over a smaller limit, naming where it is', () => {
    const file = edited((d) => {
      rowOf(d, 'quotes', 0).text = 'y'.repeat(20_001);
    });
    expect(() => parseBackup(file, 'b.json', { maxStringLength: 20_000 })).toThrow(
      /^b\.json: tables\.quotes\[0\]\.text: a string of 20001 characters, over the limit of 20000$/,
    );
    expect(() => parseBackup(file, 'b.json', { maxStringLength: 20_001 })).not.toThrow();
    // The file's own levels: the document, tables, a table's rows, a row.
    expect(() => parseBackup(text, 'b.json', { maxDepth: 4 })).toThrow(
      /^b\.json: tables\.audit_log\[0\]\.after: nested deeper than 4 levels/,
    );
  });

  it('refuses a file over the size limit from its size, before reading it', () => {
    const dir = tempDir();
    const big = join(dir, 'big.json');
    // A 1 GiB file that takes no disk space and is never read.
    writeFileSync(big, '');
    truncateSync(big, 1024 ** 3);
    expect(() => readBackupFile(big)).toThrow(
      new BackupError(
        `${big} is 1.0 GiB, over the 256.0 MiB a backup may be: it is not a backup this Accord wrote, or pass a larger --max-size`,
      ),
    );
    const small = join(dir, 'small.json');
    writeFileSync(small, text);
    expect(() => readBackupFile(small, text.length - 1)).toThrow(
      /^\S+ is \d+ bytes, over the \d+ bytes/,
    );
    expect(readBackupFile(small, Buffer.byteLength(text))).toBe(text);
  });

  it('refuses a file that is not UTF-8, rather than replacing what it cannot read', () => {
    const file = join(tempDir(), 'latin1.json');
    writeFileSync(file, Buffer.from('{"format": "caf\xe9"}', 'latin1'));
    expect(() => readBackupFile(file)).toThrow(
      `${file} is not UTF-8 text: the file is corrupt or not a backup`,
    );
  });

  it('keeps control characters of the file out of its messages', () => {
    const file = edited((d) => (rowOf(d, 'commitments', 0)['\u001b[31mred\nline'] = 1));
    expect(() => parseBackup(file, 'b.json')).toThrow(
      'b.json: tables.commitments[0]: Unrecognized key: "\\u001b[31mred\\u000aline"',
    );
  });
});

describe('moving between engines', () => {
  it('restores a backup of in-memory PGlite into a PGlite data directory, which reopens with the same data', async () => {
    let lite = source;
    if (source.engine !== 'pglite') {
      lite = await emptyPglite();
      await restore(lite, text);
    }
    const fromLite = await exportDatabase(lite);
    const dataDir = join(tempDir(), 'pglite');

    const onDisk = await openDb({ kind: 'pglite', dataDir });
    try {
      await migrateDb(onDisk);
      await importBackup(onDisk, fromLite);
    } finally {
      await onDisk.close();
    }
    const reopened = await openDb({ kind: 'pglite', dataDir });
    try {
      expect(comparable(await exportDatabase(reopened))).toEqual(comparable(fromLite));
      expect(await backedUpContents(reopened)).toEqual(await backedUpContents(lite));
    } finally {
      await reopened.close();
    }
  });

  it.skipIf(!HAS_POSTGRES)(`restores a PGlite backup into PostgreSQL${NO_POSTGRES}`, async () => {
    const lite = await emptyPglite();
    await seedDatabase(lite.db);
    await addExtraRows(lite);
    const fromLite = await exportDatabase(lite);
    const server = await track(createTestDb({ seed: false }));
    expect(server.engine).toBe('postgres');

    await importBackup(server, parseBackup(serializeBackup(fromLite)));

    expect(comparable(await exportDatabase(server))).toEqual(comparable(fromLite));
    expect(await backedUpContents(server)).toEqual(await backedUpContents(lite));
  });

  it.skipIf(!HAS_POSTGRES)(`restores a PostgreSQL backup into PGlite${NO_POSTGRES}`, async () => {
    expect(source.engine).toBe('postgres');
    const lite = await emptyPglite();

    await restore(lite, text);

    expect(comparable(await exportDatabase(lite))).toEqual(comparable(backup));
    expect(await backedUpContents(lite)).toEqual(await backedUpContents(source));
  });
});

describe('pnpm db:import', () => {
  it('exits non-zero with a one-line message on a corrupt file, before opening any database', async () => {
    const dir = tempDir();
    const file = join(dir, 'corrupt.json');
    writeFileSync(file, text.slice(0, 1000));
    const dataDir = join(dir, 'data');

    const run = await runCli('src/cli/import.ts', [file], { dataDir, cwd: dir });

    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `db:import failed: ${file} is not valid JSON (${jsonError(text.slice(0, 1000))}): the file is corrupt or truncated\n`,
    );
    expect(run.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
  });

  async function dbImport(file: string, ...args: string[]) {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const run = await runCli('src/cli/import.ts', [file, ...args], { dataDir, cwd: dir });
    return { ...run, dataDir };
  }

  it('refuses a file over the size limit with one line, before reading it or opening a database', async () => {
    const file = join(tempDir(), 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 1024 ** 3);

    const run = await dbImport(file);

    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `db:import failed: ${file} is 1.0 GiB, over the 256.0 MiB a backup may be: it is not a backup this Accord wrote, or pass a larger --max-size\n`,
    );
    expect(run.stdout).toBe('');
    expect(existsSync(run.dataDir)).toBe(false);
  });

  it('refuses a hostile file with one line naming the table, row and field, and no stack trace', async () => {
    const file = join(tempDir(), 'deep.json');
    writeFileSync(
      file,
      edited((d) => (rowOf(d, 'revisions', 1).snapshot = 'DEEP')).replace(
        '"DEEP"',
        '['.repeat(100_000) + ']'.repeat(100_000),
      ),
    );

    const run = await dbImport(file, '--max-size', '1');

    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^db:import failed: \S+deep\.json: tables\.revisions\[1\]\.snapshot(\[0\])+…?: nested deeper than 64 levels of arrays and objects\n$/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(run.dataDir)).toBe(false);
  });

  it('refuses a --max-size that is not a whole number of MiB up to 512', async () => {
    const run = await dbImport('x.json', '--max-size', '1e9');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^db:import failed: --max-size is a whole number of MiB from 1 to 512 \(usage: /,
    );
  });
});

function jsonError(input: string): string {
  try {
    JSON.parse(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected invalid JSON');
}

describe('streamed backups (version 2, NDJSON)', () => {
  let file: string;
  let lines: string[];
  let exported: { table: string; done: number; total: number }[];
  /** A database holding the backup's data, which a broken file must leave as it is. */
  let filled: DbHandle;

  beforeAll(async () => {
    filled = await track(createTestDb({ seed: false }));
    await importBackup(filled, backup);
    file = join(tempDir(), 'backup.ndjson');
    exported = [];
    const out = createWriteStream(file);
    await writeBackup(source, out, {
      onProgress: (table, done, total) => exported.push({ table, done, total }),
    });
    out.end();
    await finished(out);
    lines = readFileSync(file, 'utf8').split('\n');
  });

  /** The file cut or changed: `change` gets its lines (the header first) and edits them. */
  function variant(change: (lines: string[]) => string[] | string): string {
    const path = join(tempDir(), 'variant.ndjson');
    const result = change([...lines]);
    writeFileSync(path, typeof result === 'string' ? result : result.join('\n'));
    return path;
  }

  function restoreFile(handle: DbHandle, path: string, options: FileImportOptions = {}) {
    return (async () =>
      importBackupFile(handle, openBackupFile(path, 'b.ndjson'), 'b.ndjson', options))();
  }

  it('writes a header line with each table’s row count, then one row per line in table order', () => {
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(header).toMatchObject({
      format: 'accord-backup',
      version: 2,
      schemaVersion: latestMigrationTag(),
      identities: backup.identities,
    });
    const counts = header.tables as Record<string, number>;
    expect(Object.keys(counts)).toEqual(BACKUP_TABLES.map((t) => t.name));
    expect(lines.at(-1)).toBe(''); // ends with a line break
    const rows = lines.slice(1, -1).map((l) => JSON.parse(l) as BackupRow);
    let at = 0;
    for (const table of BACKUP_TABLES) {
      expect(counts[table.name], table.name).toBe(backup.tables[table.name]!.length);
      expect(rows.slice(at, at + counts[table.name]!), table.name).toEqual(
        backup.tables[table.name],
      );
      at += counts[table.name]!;
    }
    expect(at).toBe(rows.length);
  });

  it('reports progress per table, ending each with done = total', () => {
    const last = new Map(exported.map((p) => [p.table, p]));
    expect([...last.keys()]).toEqual(BACKUP_TABLES.map((t) => t.name));
    for (const table of BACKUP_TABLES) {
      const n = backup.tables[table.name]!.length;
      expect(last.get(table.name), table.name).toEqual({ table: table.name, done: n, total: n });
    }
  });

  it('round-trips losslessly, a batch at a time, reporting progress per table', async () => {
    const empty = await track(createTestDb({ seed: false }));
    const imported: [string, number, number][] = [];

    const report = await restoreFile(empty, file, {
      batchRows: 1, // a meeting's parent comes in a later batch than the meeting
      onProgress: (...p) => imported.push(p),
    });

    expect(report.rows).toBe(lines.length - 2);
    expect(await backedUpContents(empty)).toEqual(await backedUpContents(source));
    expect(comparable(await exportDatabase(empty))).toEqual(comparable(backup));
    const commitments = backup.tables.commitments!.length;
    expect(imported.filter(([t]) => t === 'commitments').map(([, done]) => done)).toEqual(
      Array.from({ length: commitments }, (_, i) => i + 1),
    );
    expect(imported.at(-1)).toEqual([
      'status_update_sources',
      expect.any(Number),
      expect.any(Number),
    ]);
  });

  it('still imports a file of version 1, as db:export wrote it before', async () => {
    const old = join(tempDir(), 'old.json');
    writeFileSync(old, text);
    const opened = openBackupFile(old);
    expect(opened.version).toBe(1);
    const empty = await track(createTestDb({ seed: false }));

    await importBackupFile(empty, opened);

    expect(await backedUpContents(empty)).toEqual(await backedUpContents(source));
  });

  it('checks the header before the database is opened', () => {
    expect(() =>
      openBackupFile(
        variant((l) => [l[0]!.replace('"version":2', '"version":7'), ...l.slice(1)]),
        'b',
      ),
    ).toThrow(/^b is an Accord backup of version 7; this Accord reads versions 1 and 2 only$/);
    expect(() =>
      openBackupFile(
        variant((l) => [l[0]!.replace(/"themes":(\d)/, '"thems":$1'), ...l.slice(1)]),
        'b',
      ),
    ).toThrow(/^b: unknown table "thems"/);
  });

  const broken: [string, (l: string[]) => string[] | string, RegExp][] = [
    [
      'a file cut in the middle of a line',
      (l) => l.join('\n').slice(0, Math.floor(l.join('\n').length / 2)),
      /^b\.ndjson: line \d+ \(tables\.\w+\[\d+\]\) is not valid JSON \(.*\): the file is corrupt or truncated$/,
    ],
    [
      'a file cut between two lines',
      (l) => l.slice(0, Math.floor(l.length / 2)).join('\n') + '\n',
      /^b\.ndjson ends after line \d+, at row \d+ of the \d+ rows of \w+: the file is truncated$/,
    ],
    [
      'a row of the wrong shape in the middle',
      (l) => {
        // The first commitment, halfway through the file.
        const before = BACKUP_TABLES.slice(
          0,
          BACKUP_TABLES.findIndex((t) => t.name === 'commitments'),
        );
        const i = 1 + before.reduce((n, t) => n + backup.tables[t.name]!.length, 0);
        l[i] = l[i]!.replace(/^\{/, '{"surplus":1,');
        return l;
      },
      /^b\.ndjson: line \d+: tables\.commitments\[0\]: Unrecognized key: "surplus"$/,
    ],
    [
      'a duplicate key late in the file',
      (l) => {
        l[l.length - 2] = l[l.length - 3]!;
        return l;
      },
      /^b\.ndjson: line \d+: tables\.status_update_sources\[\d+\]: duplicate primary key .*the same as tables\.status_update_sources\[\d+\]$/,
    ],
    [
      'lines after the last row',
      (l) => [...l.slice(0, -1), l[1]!, ''],
      /^b\.ndjson: line \d+ is past the last row the header announces: the file is corrupt$/,
    ],
  ];

  it.each(broken)('refuses %s, changing nothing', async (_, change, message) => {
    const path = variant(change);
    const before = await contents(filled);
    expect(before.commitments!.length).toBeGreaterThan(0);

    // With replace, the tables are emptied before the bad line is reached: all is rolled back.
    const failure = restoreFile(filled, path, { replace: true });

    await expect(failure).rejects.toBeInstanceOf(BackupError);
    await expect(failure).rejects.toThrow(message);
    expect(await contents(filled)).toEqual(before);
    expect(Object.values(await triggerModes(filled))).toEqual(['O', 'O', 'O', 'O']);
  });

  it('fails, rather than waits, when the output fails', async () => {
    const out = new Writable({
      highWaterMark: 16,
      write: (_chunk, _encoding, callback) => callback(new Error('no space left on device')),
    });
    out.on('error', () => {});
    await expect(writeBackup(source, out)).rejects.toThrow('no space left on device');
  });

  it.skipIf(!HAS_POSTGRES)(`moves from PostgreSQL to PGlite and back${NO_POSTGRES}`, async () => {
    expect(source.engine).toBe('postgres');
    const lite = await emptyPglite();
    await restoreFile(lite, file);
    const again = join(tempDir(), 'again.ndjson');
    const out = createWriteStream(again);
    await writeBackup(lite, out);
    out.end();
    await finished(out);
    const server = await track(createTestDb({ seed: false }));

    await restoreFile(server, again);

    expect(await backedUpContents(server)).toEqual(await backedUpContents(source));
    expect(readFileSync(again, 'utf8').split('\n').slice(1)).toEqual(lines.slice(1));
  });
});

describe('progress lines', () => {
  it('prints at most one line per table every half second, and always each table’s last', () => {
    const printed: string[] = [];
    let clock = 0;
    const progress = tableProgress(
      'db:x',
      false,
      (l) => printed.push(l),
      () => clock,
    );
    progress('quotes', 1000, 200_000);
    clock = 100;
    progress('quotes', 2000, 200_000); // too soon
    clock = 600;
    progress('quotes', 40_000, 200_000);
    progress('quotes', 200_000, 200_000); // the last, printed at once
    progress('themes', 12, 12);
    expect(printed).toEqual([
      'db:x: quotes: 1,000 / 200,000',
      'db:x: quotes: 40,000 / 200,000',
      'db:x: quotes: 200,000 / 200,000',
      'db:x: themes: 12 / 12',
    ]);
    const quiet: string[] = [];
    tableProgress('db:x', true, (l) => quiet.push(l))('quotes', 1, 1);
    expect(quiet).toEqual([]);
  });

  // Four CLI runs, each booting PGlite under tsx: a minute on a loaded two-core machine.
  it('db:export and db:import print progress per table on stderr, the result alone on stdout', async () => {
    const dir = tempDir();
    const from = join(dir, 'from');
    const to = join(dir, 'to');
    const onDisk = await openDb({ kind: 'pglite', dataDir: from });
    try {
      await migrateDb(onDisk);
      await importBackup(onDisk, backup);
    } finally {
      await onDisk.close();
    }
    const empty = await openDb({ kind: 'pglite', dataDir: to });
    try {
      await migrateDb(empty);
    } finally {
      await empty.close();
    }
    const run = (script: string, dataDir: string, ...args: string[]) =>
      runCli(script, args, { dataDir, cwd: dir });
    const n = backup.tables.commitments!.length;

    const exported = await run('src/cli/export.ts', from, '--out', 'b.ndjson');
    expect(exported.stderr).toContain(`db:export: commitments: ${n} / ${n}\n`);
    expect(
      exported.stderr.split('\n').filter((l) => l && !/^db:export: \w+: [\d,]+ \/ [\d,]+$/.test(l)),
    ).toEqual([]);
    expect(exported.stdout).toMatch(
      /^db:export: wrote \d+ rows of \d+ tables .* to \S+b\.ndjson\n$/,
    );
    expect(exported.status).toBe(0);
    expect(statSync(join(dir, 'b.ndjson')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);

    const imported = await run('src/cli/import.ts', to, 'b.ndjson');
    expect(imported.stderr).toContain(`db:import: commitments: ${n} / ${n}\n`);
    expect(imported.stdout).toMatch(
      /^db:import: restored \d+ rows of \d+ tables from \S+b\.ndjson/,
    );
    expect(imported.status).toBe(0);

    const nowhere = await run('src/cli/export.ts', from, '--out', 'missing/b.ndjson');
    expect(nowhere.status).toBe(1);
    // The file is opened first: no table is read (nor any progress printed) for nothing.
    expect(nowhere.stderr).toMatch(/^db:export failed: ENOENT: [^\n]*missing[^\n]*\n$/);

    const quiet = await run('src/cli/export.ts', to, '--quiet', '--out', 'c.ndjson');
    expect(quiet.stderr).toBe('');
    expect(quiet.status).toBe(0);
    // The restored database exports the same rows.
    expect(readFileSync(join(dir, 'c.ndjson'), 'utf8').split('\n').slice(1)).toEqual(
      readFileSync(join(dir, 'b.ndjson'), 'utf8').split('\n').slice(1),
    );
  }, 180_000);
});

describe('UniqueKeys', () => {
  it('tells composite keys apart exactly, small or large, and names both rows of a duplicate', () => {
    const table = BACKUP_TABLES.find((t) => t.name === 'commitment_parties')!;
    const keys = new UniqueKeys(table);
    const row = (commitment_id: number, party_id: number) => ({ commitment_id, party_id });
    const rows = [
      row(1, 2),
      row(2, 1),
      row(2 ** 20 + 1, 2),
      row(2, 2 ** 20 + 1),
      row(2 ** 31 - 1, 7),
    ];
    rows.forEach((r, i) => keys.check(r, i, 'b'));
    expect(() => keys.check(row(2 ** 20 + 1, 2), 5, 'b')).toThrow(
      'b: tables.commitment_parties[5]: duplicate primary key (commitment_id = 1048577, party_id = 2), the same as tables.commitment_parties[2]',
    );
    expect(() => keys.check(row(2, 1), 6, 'b')).toThrow(
      /the same as tables\.commitment_parties\[1\]$/,
    );
  });
});
