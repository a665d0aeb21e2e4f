import { sql } from 'drizzle-orm';
import { type DbHandle } from '../client';
import { appliedMigrationTag, latestMigrationTag, queryRows } from '../migrate';
import { type Backup, BACKUP_FORMAT, BACKUP_VERSION, BackupError, type BackupRow } from './format';
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

/**
 * Reads every table a backup holds, from one consistent snapshot of the database (a
 * read-only, repeatable-read transaction), so rows written meanwhile are in it entirely or not
 * at all. The database must be at the latest migration this code knows.
 */
export async function exportDatabase(handle: DbHandle): Promise<Backup> {
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
      const tables: Record<string, BackupRow[]> = {};
      const identities: Record<string, Record<string, string>> = {};
      for (const table of BACKUP_TABLES) {
        const rows = await queryRows<{ row: string }>(tx, sql.raw(selectRows(table)));
        tables[table.name] = rows.map((r) => JSON.parse(r.row) as BackupRow);
        for (const column of table.columns.filter((c) => c.identity)) {
          (identities[table.name] ??= {})[column.name] = await nextIdentity(
            tx,
            table.name,
            column.name,
          );
        }
      }
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        schemaVersion: applied,
        exportedAt: now!.at,
        tables,
        identities,
      } satisfies Backup;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
