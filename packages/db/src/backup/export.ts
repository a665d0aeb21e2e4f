import { sql } from 'drizzle-orm';
import { type DbHandle } from '../client';
import { appliedMigrationTag, latestMigrationTag, queryRows } from '../migrate';
import {
  type Backup,
  BACKUP_FORMAT,
  BackupError,
  type BackupRow,
  LEGACY_BACKUP_VERSION,
} from './format';
import { BACKUP_TABLES, type BackupColumn, type BackupTable, quoteIdent } from './tables';

/**
 * A column as the file holds it. PostgreSQL writes the JSON (to_json), so timestamps keep
 * their microseconds; bigint and numeric go as strings, which JavaScript numbers would round.
 */
function exportedValue(column: BackupColumn): string {
  const ref = `src.${quoteIdent(column.name)}`;
  const asText = column.sqlType === 'bigint' || column.sqlType.startsWith('numeric');
  return `${asText ? `${ref}::text` : ref} as ${quoteIdent(column.name)}`;
}

function selectRows(table: BackupTable): string {
  const columns = table.columns.map(exportedValue).join(', ');
  // Text keys sort byte-wise, so two engines with different collations write the same file.
  const order = table.primaryKey
    .map((name) => {
      const text = table.columns.find((c) => c.name === name)?.sqlType === 'text';
      return `src.${quoteIdent(name)}${text ? ' collate "C"' : ''}`;
    })
    .join(', ');
  return (
    `select to_json(r)::text as row from ${quoteIdent(table.name)} as src ` +
    `cross join lateral (select ${columns}) as r order by ${order}`
  );
}

/** The value the identity column's sequence will give next. */
async function nextIdentity(
  tx: Parameters<Parameters<DbHandle['db']['transaction']>[0]>[0],
  table: string,
  column: string,
): Promise<string> {
  const [seq] = await queryRows<{ name: string | null }>(
    tx,
    sql`select pg_get_serial_sequence(${quoteIdent(table)}, ${column}) as name`,
  );
  if (!seq?.name) throw new Error(`${table}.${column} has no sequence`);
  const [state] = await queryRows<{ last_value: string; is_called: boolean }>(
    tx,
    sql.raw(`select last_value::text as last_value, is_called from ${seq.name}`),
  );
  if (!state) throw new Error(`Could not read the sequence ${seq.name}`);
  const last = BigInt(state.last_value);
  return String(state.is_called ? last + 1n : last);
}

/** Rows fetched from the cursor at a time: memory holds one batch, whatever the table's size. */
const FETCH_ROWS = 1000;

/** What a snapshot's reader hands to whoever writes it out. */
export interface BackupSink {
  /** Called once, before any row: the header, with each table's number of rows. */
  begin(header: BackupHeader): Promise<void> | void;
  /** The next rows of `table`, in primary-key order, as to_json text (one JSON object each). */
  rows(table: string, rows: string[]): Promise<void> | void;
  /** Called after the last rows of `table` (also for a table without rows). */
  endTable?(table: string, count: number): Promise<void> | void;
}

/** The header of a backup: everything but the rows, and how many rows each table has. */
export interface BackupHeader {
  schemaVersion: string;
  exportedAt: string;
  identities: Record<string, Record<string, string>>;
  /** Rows of each table, in the order the tables come (parents before children). */
  counts: Record<string, number>;
}

/**
 * Reads every table a backup holds, from one consistent snapshot of the database (a
 * read-only, repeatable-read transaction), so rows written meanwhile are in it entirely or not
 * at all, and hands them to `sink` through a cursor, a batch at a time: the sink's promise is
 * awaited before the next batch is fetched, so a slow writer holds the reading back. The
 * database must be at the latest migration this code knows.
 */
export async function readSnapshot(handle: DbHandle, sink: BackupSink): Promise<BackupHeader> {
  const expected = latestMigrationTag();
  const applied = await appliedMigrationTag(handle.db);
  if (applied !== expected) {
    throw new BackupError(
      `The database is at migration ${applied ?? '(none)'} but this Accord expects ${expected}: run pnpm db:migrate first`,
    );
  }
  return handle.db.transaction(
    async (tx) => {
      await tx.execute(sql`set local time zone 'UTC'`);
      const [now] = await queryRows<{ at: string }>(tx, sql`select to_json(now()) #>> '{}' as at`);
      const identities: Record<string, Record<string, string>> = {};
      const counts: Record<string, number> = {};
      for (const table of BACKUP_TABLES) {
        const [row] = await queryRows<{ n: number }>(
          tx,
          sql.raw(`select count(*)::int as n from ${quoteIdent(table.name)}`),
        );
        counts[table.name] = row?.n ?? 0;
        for (const column of table.columns.filter((c) => c.identity)) {
          (identities[table.name] ??= {})[column.name] = await nextIdentity(
            tx,
            table.name,
            column.name,
          );
        }
      }
      const header = { schemaVersion: applied, exportedAt: now!.at, identities, counts };
      await sink.begin(header);
      for (const table of BACKUP_TABLES) {
        await tx.execute(sql.raw(`declare backup_rows no scroll cursor for ${selectRows(table)}`));
        let read = 0;
        for (;;) {
          const rows = await queryRows<{ row: string }>(
            tx,
            sql.raw(`fetch forward ${FETCH_ROWS} from backup_rows`),
          );
          if (rows.length === 0) break;
          read += rows.length;
          await sink.rows(
            table.name,
            rows.map((r) => r.row),
          );
        }
        await tx.execute(sql`close backup_rows`);
        // The snapshot cannot change under the cursor; a mismatch would be a bug here.
        if (read !== counts[table.name]) {
          throw new Error(`${table.name}: counted ${counts[table.name]} rows but read ${read}`);
        }
        await sink.endTable?.(table.name, read);
      }
      return header;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * The whole database as one in-memory backup document (the layout of version 1). For tests
 * and small databases: `writeBackup` streams the same rows to a file without holding them.
 */
export async function exportDatabase(handle: DbHandle): Promise<Backup> {
  const tables: Record<string, BackupRow[]> = {};
  const header = await readSnapshot(handle, {
    begin(h) {
      for (const name of Object.keys(h.counts)) tables[name] = [];
    },
    rows(table, rows) {
      for (const row of rows) tables[table]!.push(JSON.parse(row) as BackupRow);
    },
  });
  return {
    format: BACKUP_FORMAT,
    version: LEGACY_BACKUP_VERSION,
    schemaVersion: header.schemaVersion,
    exportedAt: header.exportedAt,
    tables,
    identities: header.identities,
  } satisfies Backup;
}
