import { sql } from 'drizzle-orm';
import { type Database, type DbHandle } from '../client';
import { appliedMigrationTag, latestMigrationTag, queryRows } from '../migrate';
import { type Backup, BackupError, type BackupRow } from './format';
import {
  BACKUP_TABLES,
  type BackupTable,
  EPHEMERAL_TABLES,
  quoteIdent,
  SCHEMA_TABLES,
} from './tables';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface ImportOptions {
  /** Delete what the database holds first (sign-in sessions included) instead of refusing. */
  replace?: boolean;
  /** Rows per INSERT statement (500 by default); each statement is also kept under 4 MB. */
  batchRows?: number;
  /** Told after each batch of a table is in, and once at its end (also for an empty table). */
  onProgress?: (table: string, done: number, total: number) => void;
}

export interface RestoreOptions extends ImportOptions {
  /** Runs after the last table's rows, before the commit: a reader's last check of its file. */
  onBeforeCommit?: () => Promise<void>;
}

/** What a restore needs of a backup besides its rows. */
export interface RestoreHeader {
  schemaVersion: string;
  identities: Record<string, Record<string, string>>;
  /** Rows of each table the backup holds. */
  counts: Record<string, number>;
}

/**
 * The checked rows of one table, in batches. Called for each table of BACKUP_TABLES in turn;
 * it may throw (a row that fails its checks), which rolls the whole restore back.
 */
export type RowSource = (table: BackupTable) => AsyncIterable<BackupRow[]> | Iterable<BackupRow[]>;

export interface ImportReport {
  tables: number;
  rows: number;
  /** Rows deleted first, with `replace`. */
  replaced: number;
}

/** The most JSON text per INSERT, so no statement grows unbounded. */
const CHUNK_CHARS = 4_000_000;

function* chunks(rows: BackupRow[], batchRows: number): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const row of rows) {
    const text = JSON.stringify(row);
    if (batch.length > 0 && (batch.length >= batchRows || size + text.length > CHUNK_CHARS)) {
      yield `[${batch.join(',')}]`;
      batch = [];
      size = 0;
    }
    batch.push(text);
    size += text.length;
  }
  if (batch.length > 0) yield `[${batch.join(',')}]`;
}

async function rowCounts(tx: Tx, tables: readonly BackupTable[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql.raw(`select count(*)::int as n from ${quoteIdent(table.name)}`),
    );
    counts.set(table.name, row?.n ?? 0);
  }
  return counts;
}

interface EnabledTrigger {
  table: string;
  trigger: string;
  /** pg_trigger.tgenabled: O (origin), A (always) or R (replica). */
  mode: string;
}

const ENABLE = { O: 'enable trigger', A: 'enable always trigger', R: 'enable replica trigger' };

/**
 * Empties the tables with their user triggers switched off for the moment of the TRUNCATE:
 * the append-only triggers of revisions and audit_log refuse it otherwise. This needs only
 * table ownership (not superuser, as session_replication_role would), the ALTER TABLE locks
 * the tables until commit so no other session ever sees them without their triggers, and
 * each trigger is switched back on in its own mode before the data goes in.
 */
async function emptyTables(tx: Tx, tables: readonly BackupTable[]): Promise<void> {
  const names = tables.map((t) => t.name);
  const triggers = await queryRows<EnabledTrigger>(
    tx,
    sql`select c.relname as "table", t.tgname as "trigger", t.tgenabled::text as "mode"
        from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and not t.tgisinternal and t.tgenabled <> 'D'
          and c.relname in (${sql.join(
            names.map((n) => sql`${n}`),
            sql`, `,
          )})
        order by 1, 2`,
  );
  for (const t of triggers) {
    await tx.execute(
      sql.raw(`alter table ${quoteIdent(t.table)} disable trigger ${quoteIdent(t.trigger)}`),
    );
  }
  await tx.execute(sql.raw(`truncate ${names.map(quoteIdent).join(', ')} restart identity`));
  for (const t of triggers) {
    const enable = ENABLE[t.mode as keyof typeof ENABLE];
    if (!enable) throw new Error(`Unexpected mode ${t.mode} of trigger ${t.trigger}`);
    await tx.execute(
      sql.raw(`alter table ${quoteIdent(t.table)} ${enable} ${quoteIdent(t.trigger)}`),
    );
  }
}

async function insertRows(
  tx: Tx,
  table: BackupTable,
  batches: AsyncIterable<BackupRow[]> | Iterable<BackupRow[]>,
  options: ImportOptions,
  total: number,
): Promise<number> {
  const batchRows = options.batchRows ?? 500;
  const name = quoteIdent(table.name);
  const columns = table.columns.map((c) => quoteIdent(c.name));
  // A row may refer to one later in the same table: those columns are set once all are in,
  // from their key and those columns only, kept aside meanwhile.
  const values = table.columns.map((c) =>
    table.selfReferences.includes(c.name) ? 'null' : `s.${quoteIdent(c.name)}`,
  );
  const laterColumns = [...table.primaryKey, ...table.selfReferences];
  const later: BackupRow[] = [];
  const overriding = table.columns.some((c) => c.identity) ? ' overriding system value' : '';
  let done = 0;
  for await (const rows of batches) {
    for (const chunk of chunks(rows, batchRows)) {
      await tx.execute(
        sql`${sql.raw(`insert into ${name} (${columns.join(', ')})${overriding} select ${values.join(', ')} from json_populate_recordset(null::${name}, `)}${chunk}::json${sql.raw(') as s')}`,
      );
    }
    if (table.selfReferences.length > 0) {
      for (const row of rows) {
        if (table.selfReferences.some((c) => row[c] !== null && row[c] !== undefined)) {
          later.push(Object.fromEntries(laterColumns.map((c) => [c, row[c] ?? null])));
        }
      }
    }
    done += rows.length;
    options.onProgress?.(table.name, done, total);
  }
  if (done === 0) options.onProgress?.(table.name, 0, total);
  if (later.length === 0) return done;
  const set = table.selfReferences.map((c) => `${quoteIdent(c)} = s.${quoteIdent(c)}`).join(', ');
  const match = table.primaryKey.map((c) => `t.${quoteIdent(c)} = s.${quoteIdent(c)}`);
  for (const chunk of chunks(later, batchRows)) {
    await tx.execute(
      sql`${sql.raw(`update ${name} as t set ${set} from json_populate_recordset(null::${name}, `)}${chunk}::json${sql.raw(`) as s where ${match.join(' and ')}`)}`,
    );
  }
  return done;
}

/** Sets each identity sequence to continue after the backup's (and never below a row's id). */
async function restartIdentities(tx: Tx, backup: RestoreHeader): Promise<void> {
  for (const table of BACKUP_TABLES) {
    for (const column of table.columns.filter((c) => c.identity)) {
      const [max] = await queryRows<{ max: string | null }>(
        tx,
        sql.raw(
          `select max(${quoteIdent(column.name)})::text as max from ${quoteIdent(table.name)}`,
        ),
      );
      const afterRows = max?.max ? BigInt(max.max) + 1n : 1n;
      const saved = backup.identities[table.name]?.[column.name];
      const next = saved && BigInt(saved) > afterRows ? BigInt(saved) : afterRows;
      // ALTER … RESTART is transactional, unlike setval, so a rollback undoes it too.
      await tx.execute(
        sql.raw(
          `alter table ${quoteIdent(table.name)} alter column ${quoteIdent(column.name)} restart with ${next}`,
        ),
      );
    }
  }
}

function describeCounts(counts: Map<string, number>): string {
  return [...counts]
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');
}

/**
 * Restores a backup (already checked by parseBackup) into a database at the same migration,
 * in one transaction: if any row fails, the database is left exactly as it was. A database
 * holding data is refused unless `replace` is set, which empties every table first.
 */
export async function importBackup(
  handle: DbHandle,
  backup: Backup,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const counts = Object.fromEntries(
    Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]),
  );
  return restoreBackup(
    handle,
    { schemaVersion: backup.schemaVersion, identities: backup.identities, counts },
    (table) => [backup.tables[table.name] ?? []],
    options,
  );
}

/** Refuses a backup taken at another migration than this code's and the database's. */
export async function checkSchemaVersion(handle: DbHandle, schemaVersion: string): Promise<void> {
  const expected = latestMigrationTag();
  if (schemaVersion !== expected) {
    throw new BackupError(
      `The backup was taken at schema ${schemaVersion} but this Accord is at ${expected}: ` +
        'import it with the Accord release that wrote it, then migrate',
    );
  }
  const applied = await appliedMigrationTag(handle.db);
  if (applied !== schemaVersion) {
    throw new BackupError(
      `The database is at migration ${applied ?? '(none)'} but the backup is at ${schemaVersion}: run pnpm db:migrate first`,
    );
  }
}

/**
 * Restores rows from `source`, table after table, into a database at the backup's migration,
 * in one transaction: if any row fails (its checks in the source, or the database's), the
 * database is left exactly as it was. A database holding data is refused unless `replace` is
 * set, which empties every table first. Memory holds one batch of rows at a time.
 */
export async function restoreBackup(
  handle: DbHandle,
  header: RestoreHeader,
  source: RowSource,
  options: RestoreOptions = {},
): Promise<ImportReport> {
  await checkSchemaVersion(handle, header.schemaVersion);
  const ephemeral = SCHEMA_TABLES.filter((t) =>
    (EPHEMERAL_TABLES as readonly string[]).includes(t.name),
  );
  return handle.db.transaction(async (tx) => {
    // Nobody else writes while the database is checked, emptied and filled.
    const all = [...BACKUP_TABLES, ...ephemeral].map((t) => quoteIdent(t.name));
    await tx.execute(sql.raw(`lock table ${all.join(', ')} in access exclusive mode`));
    const counts = await rowCounts(tx, BACKUP_TABLES);
    const existing = [...counts.values()].reduce((a, b) => a + b, 0);
    if (existing > 0 && !options.replace) {
      throw new BackupError(
        `The database already holds data (${describeCounts(counts)}): ` +
          'import into an empty database, or pass --replace to delete its data first',
      );
    }
    if (options.replace) await emptyTables(tx, [...BACKUP_TABLES, ...ephemeral]);
    let rows = 0;
    for (const table of BACKUP_TABLES) {
      rows += await insertRows(tx, table, source(table), options, header.counts[table.name] ?? 0);
    }
    await options.onBeforeCommit?.();
    await restartIdentities(tx, header);
    return { tables: BACKUP_TABLES.length, rows, replaced: options.replace ? existing : 0 };
  });
}
