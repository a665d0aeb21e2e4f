import { z } from 'zod';
import { BACKUP_TABLES, type BackupColumn, type BackupTable } from './tables';

/** The `format` every Accord backup file declares. */
export const BACKUP_FORMAT = 'accord-backup';
/** The version of the file layout this code writes and reads; see docs/backup.md. */
export const BACKUP_VERSION = 1;

/** A column value as the file holds it: the JSON that PostgreSQL's to_json gives. */
export type BackupValue = z.infer<ReturnType<typeof z.json>>;
export type BackupRow = Record<string, BackupValue>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** The newest migration applied to the database it came from. */
  schemaVersion: string;
  /** When the snapshot was taken, by the database clock, in UTC with microseconds. */
  exportedAt: string;
  /** Rows of each table, by primary key; parents come before children. */
  tables: Record<string, BackupRow[]>;
  /** The next value of each identity column's sequence: `{ table: { column: "16" } }`. */
  identities: Record<string, Record<string, string>>;
}

/** A backup file that cannot be imported: the message says why, on one line. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const digits = /^-?\d+$/;
// What to_json writes for timestamps and dates, plus PostgreSQL's infinities.
const timestamp =
  /^(-?infinity|\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:\d\d){0,2})?( BC)?)$/;
const date = /^(-?infinity|\d{4,}-\d\d-\d\d( BC)?)$/;

/** The shape of one column's values in the file, from its SQL type. */
function valueSchema(column: BackupColumn): z.ZodType {
  const base = ((): z.ZodType => {
    const type = column.sqlType;
    if (type.endsWith('[]')) return z.array(z.json());
    if (type === 'integer' || type === 'smallint') return z.number().int();
    if (type === 'bigint') return z.string().regex(digits, 'expected a whole number as a string');
    if (type.startsWith('numeric')) return z.string().regex(/^(-?\d+(\.\d+)?|NaN|-?Infinity)$/);
    if (type === 'boolean') return z.boolean();
    if (type.startsWith('timestamp')) return z.string().regex(timestamp, 'expected a timestamp');
    if (type === 'date') return z.string().regex(date, 'expected a date (YYYY-MM-DD)');
    if (type === 'json' || type === 'jsonb') return z.json();
    if (type === 'text' || type.startsWith('varchar') || type.startsWith('char')) return z.string();
    return z.json();
  })();
  return column.nullable ? base.nullable() : base;
}

function rowSchema(table: BackupTable) {
  return z.strictObject(Object.fromEntries(table.columns.map((c) => [c.name, valueSchema(c)])));
}

const Header = z.object({
  format: z.unknown(),
  version: z.unknown(),
  schemaVersion: z.string().min(1),
  exportedAt: z.string().regex(timestamp),
  tables: z.record(z.string(), z.unknown()),
  identities: z.record(z.string(), z.record(z.string(), z.string().regex(digits))),
});

/** "tables.quotes[3].text" from where the rows are and a zod issue path. */
function pathOf(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, p) => (typeof p === 'number' ? `${at}[${p}]` : at ? `${at}.${String(p)}` : String(p)),
    base,
  );
}

/** The first problem zod found, located in the file, with how many more there are. */
function firstProblem(error: z.ZodError, name: string, base = ''): string {
  const issue = error.issues[0]!;
  const where = pathOf(base, issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${name}: ${where ? `${where}: ` : ''}${issue.message}${more}`;
}

/**
 * Reads a backup file's text and checks all of it (format, version, tables, every row's
 * columns and value types) before anything touches a database. `name` names the file in
 * messages. Whether it fits the database (schemaVersion, empty tables) is checked on import.
 */
export function parseBackup(text: string, name = 'the backup'): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BackupError(
      `${name} is not valid JSON (${(error as Error).message}): the file is corrupt or truncated`,
    );
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || format === undefined) {
    throw new BackupError(`${name} is not an Accord backup: it has no "format" field`);
  }
  if (format !== BACKUP_FORMAT) {
    throw new BackupError(
      `${name} is not an Accord backup: its format is ${JSON.stringify(format)}, expected "${BACKUP_FORMAT}"`,
    );
  }
  const version = (data as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    throw new BackupError(
      `${name} is an Accord backup of version ${JSON.stringify(version)}; this Accord reads version ${BACKUP_VERSION} only`,
    );
  }
  const header = Header.safeParse(data);
  if (!header.success) throw new BackupError(firstProblem(header.error, name));

  const known = new Map(BACKUP_TABLES.map((t) => [t.name, t]));
  const names = Object.keys(header.data.tables);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new BackupError(
      `${name}: unknown table ${unknown.map((n) => `"${n}"`).join(', ')}; a backup holds ${[...known.keys()].join(', ')}`,
    );
  }
  const missing = [...known.keys()].filter((n) => !names.includes(n));
  if (missing.length > 0) {
    throw new BackupError(`${name}: table ${missing.map((n) => `"${n}"`).join(', ')} is missing`);
  }
  const tables: Record<string, BackupRow[]> = {};
  for (const table of BACKUP_TABLES) {
    const rows = z.array(rowSchema(table)).safeParse(header.data.tables[table.name]);
    if (!rows.success) {
      throw new BackupError(firstProblem(rows.error, name, `tables.${table.name}`));
    }
    tables[table.name] = rows.data as BackupRow[];
  }
  for (const [table, columns] of Object.entries(header.data.identities)) {
    for (const column of Object.keys(columns)) {
      if (!known.get(table)?.columns.some((c) => c.name === column && c.identity)) {
        throw new BackupError(`${name}: identities.${table}.${column} is not an identity column`);
      }
    }
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: header.data.schemaVersion,
    exportedAt: header.data.exportedAt,
    tables,
    identities: header.data.identities,
  };
}

/** The backup as JSON text: the header, then each table with one row per line. */
export function serializeBackup(backup: Backup): string {
  const lines = [
    '{',
    `  "format": ${JSON.stringify(backup.format)},`,
    `  "version": ${JSON.stringify(backup.version)},`,
    `  "schemaVersion": ${JSON.stringify(backup.schemaVersion)},`,
    `  "exportedAt": ${JSON.stringify(backup.exportedAt)},`,
    `  "identities": ${JSON.stringify(backup.identities)},`,
    '  "tables": {',
  ];
  const entries = Object.entries(backup.tables);
  entries.forEach(([table, rows], t) => {
    const end = t < entries.length - 1 ? ',' : '';
    if (rows.length === 0) {
      lines.push(`    ${JSON.stringify(table)}: []${end}`);
      return;
    }
    lines.push(`    ${JSON.stringify(table)}: [`);
    rows.forEach((row, i) =>
      lines.push(`      ${JSON.stringify(row)}${i < rows.length - 1 ? ',' : ''}`),
    );
    lines.push(`    ]${end}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}
