import { is } from 'drizzle-orm';
import { getTableConfig, IndexedColumn, PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../schema';

/**
 * Tables a backup leaves out: sign-in state that is short-lived by design. Restoring
 * sessions would bring back login tokens (possibly revoked since), verifications are one-time
 * tokens, and login_throttle counts recent failed sign-ins. Everyone signs in again after a
 * restore; `--replace` empties these tables too, so no old session outlives it.
 */
export const EPHEMERAL_TABLES = ['sessions', 'verifications', 'login_throttle'] as const;

export interface BackupColumn {
  name: string;
  /** The SQL type as drizzle declares it: `integer`, `text[]`, `timestamp with time zone`… */
  sqlType: string;
  nullable: boolean;
  /** An identity column: restored with its value, and its sequence set after the import. */
  identity: boolean;
}

export interface BackupTable {
  name: string;
  /** Columns held in the backup: all but generated ones, which the database computes. */
  columns: BackupColumn[];
  primaryKey: string[];
  /** Column sets no two rows may share (when none of them is null): the primary key first. */
  uniqueKeys: string[][];
  /** Columns referring to this same table (meetings.parent_id), filled in after all rows. */
  selfReferences: string[];
  /** Tables this one refers to, which are restored first. */
  dependsOn: string[];
}

function describeTable(table: PgTable): BackupTable {
  const config = getTableConfig(table);
  const columns = config.columns
    .filter((c) => !c.generated)
    .map((c) => ({
      name: c.name,
      sqlType: c.getSQLType(),
      nullable: !c.notNull,
      identity: c.generatedIdentity !== undefined,
    }));
  const single = config.columns.filter((c) => c.primary).map((c) => c.name);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  const selfReferences: string[] = [];
  const dependsOn = new Set<string>();
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    const target = getTableConfig(ref.foreignTable).name;
    if (target === config.name) selfReferences.push(...ref.columns.map((c) => c.name));
    else dependsOn.add(target);
  }
  for (const name of selfReferences) {
    if (!columns.find((c) => c.name === name)?.nullable) {
      throw new Error(`${config.name}.${name} refers to its own table and cannot be null`);
    }
  }
  const primaryKey = single.length > 0 ? single : composite;
  const uniqueKeys = [
    primaryKey,
    ...config.columns.filter((c) => c.isUnique && !c.primary).map((c) => [c.name]),
    ...config.uniqueConstraints.map((u) => u.columns.map((c) => c.name)),
    // Unique indexes on plain columns; one on an expression or partial is left to the database.
    ...config.indexes.flatMap((i) => {
      if (!i.config.unique || i.config.where) return [];
      const names = i.config.columns.map((c) =>
        is(c, PgColumn) || is(c, IndexedColumn) ? c.name : undefined,
      );
      return names.every((n) => n !== undefined) ? [names] : [];
    }),
  ];
  return {
    name: config.name,
    columns,
    primaryKey,
    uniqueKeys,
    selfReferences,
    dependsOn: [...dependsOn].sort(),
  };
}

/** Orders tables so each comes after the tables it refers to (alphabetical among equals). */
function inDependencyOrder(tables: BackupTable[]): BackupTable[] {
  const ordered: BackupTable[] = [];
  const done = new Set<string>();
  let remaining = tables.toSorted((a, b) => a.name.localeCompare(b.name));
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => t.dependsOn.every((d) => done.has(d)));
    if (ready.length === 0) {
      throw new Error(`Foreign keys form a cycle among ${remaining.map((t) => t.name).join(', ')}`);
    }
    for (const t of ready) {
      ordered.push(t);
      done.add(t.name);
    }
    remaining = remaining.filter((t) => !done.has(t.name));
  }
  return ordered;
}

/** Every table of the schema, in an order that respects foreign keys. */
export const SCHEMA_TABLES: readonly BackupTable[] = inDependencyOrder(
  (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map(describeTable),
);

/** The tables a backup holds, parents before children. */
export const BACKUP_TABLES: readonly BackupTable[] = SCHEMA_TABLES.filter(
  (t) => !(EPHEMERAL_TABLES as readonly string[]).includes(t.name),
);

/** Double-quotes an SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
