import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { BACKUP_TABLES, type BackupColumn, type BackupTable } from './tables';

/** The `format` every Accord backup file declares. */
export const BACKUP_FORMAT = 'accord-backup';
/**
 * The version of the file layout this code writes: NDJSON, a header line then one row per
 * line, read as a stream (see docs/backup.md and stream.ts).
 */
export const BACKUP_VERSION = 2;
/** The first layout, one JSON document, which this code still reads (whole, in memory). */
export const LEGACY_BACKUP_VERSION = 1;

/** A column value as the file holds it: the JSON that PostgreSQL's to_json gives. */
export type BackupValue = z.infer<ReturnType<typeof z.json>>;
export type BackupRow = Record<string, BackupValue>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof LEGACY_BACKUP_VERSION;
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
    // The message may quote the file (a key, a value): no control characters reach the
    // terminal, and no quoted text makes it longer than a line or two.
    const printable = message.replace(
      /[\u0000-\u001f\u007f-\u009f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    super(printable.length > 600 ? `${printable.slice(0, 599)}…` : printable);
    this.name = 'BackupError';
  }
}

/**
 * What a backup file may hold, checked before anything else reads it, so a hostile file is
 * refused with a message instead of exhausting memory or the stack. Far above what Accord
 * writes: its longest text is 20,000 characters and its JSON is a few levels deep.
 */
export interface BackupLimits {
  /** The largest file `readBackupFile` reads, in bytes. */
  maxBytes: number;
  /** The longest string or object key, in UTF-16 code units. */
  maxStringLength: number;
  /** The deepest nesting of objects and arrays, the file's own four levels included. */
  maxDepth: number;
}

export const BACKUP_LIMITS: Readonly<BackupLimits> = {
  // JSON.parse needs several times the file's size in memory; V8 strings stop at 512 MiB.
  maxBytes: 256 * 1024 * 1024,
  maxStringLength: 1_000_000,
  maxDepth: 64,
};

/** Object keys that mean something to JavaScript objects; no Accord table or value uses them. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${bytes} bytes`;
}

/**
 * Reads a backup file as UTF-8 text, refusing one over `maxBytes` from its size alone,
 * before reading it, and one that is not valid UTF-8 (rather than replacing bytes).
 */
export function readBackupFile(path: string, maxBytes = BACKUP_LIMITS.maxBytes): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new BackupError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new BackupError(`${path} is not a file`);
    if (stat.size > maxBytes) {
      throw new BackupError(
        `${path} is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} a backup may be: ` +
          'it is not a backup this Accord wrote, or pass a larger --max-size',
      );
    }
    // One byte more than the size: a file that grew since is noticed, not read without end.
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > stat.size) throw new BackupError(`${path} changed while it was being read`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new BackupError(`${path} is not UTF-8 text: the file is corrupt or not a backup`);
    }
  } finally {
    closeSync(fd);
  }
}

/** What makes a string unstorable or too long, or null when it is fine. */
function stringProblem(text: string, limits: BackupLimits): string | null {
  if (text.length > limits.maxStringLength) {
    return `of ${text.length} characters, over the limit of ${limits.maxStringLength}`;
  }
  if (text.includes('\u0000'))
    return 'holding a NUL character (\\u0000), which PostgreSQL cannot store';
  if (/\p{Cs}/u.test(text)) return 'holding a lone UTF-16 surrogate, which PostgreSQL cannot store';
  return null;
}

interface Level {
  value: object;
  /** The object's keys, or null for an array. */
  keys: string[] | null;
  next: number;
  /** Where it is in its parent; null for the root. */
  key: string | number | null;
}

/**
 * Walks the parsed file once, without recursion and with memory bounded by the depth, and
 * refuses the first value that is nested too deep, a string too long or holding what
 * PostgreSQL cannot store, or a key JavaScript gives a meaning to. After this, nothing that
 * reads the data (zod, JSON.stringify, the database) can run out of stack on it.
 */
export function checkBounds(data: unknown, name: string, limits: BackupLimits): void {
  const levels: Level[] = [];
  const fail = (key: string | number | null, problem: string): never => {
    const keys = [...levels.slice(1).map((l) => l.key!), ...(key === null ? [] : [key])];
    let where = pathOf('', keys);
    if (where.length > 160) where = `${where.slice(0, 160)}…`;
    throw new BackupError(`${name}: ${where ? `${where}: ` : ''}${problem}`);
  };
  const visit = (value: unknown, key: string | number | null) => {
    if (typeof value === 'string') {
      const problem = stringProblem(value, limits);
      if (problem) fail(key, `a string ${problem}`);
    } else if (typeof value === 'object' && value !== null) {
      if (levels.length >= limits.maxDepth) {
        fail(key, `nested deeper than ${limits.maxDepth} levels of arrays and objects`);
      }
      levels.push({ value, keys: Array.isArray(value) ? null : Object.keys(value), next: 0, key });
    }
  };
  visit(data, null);
  for (let top = levels.at(-1); top; top = levels.at(-1)) {
    const size = top.keys ? top.keys.length : (top.value as unknown[]).length;
    if (top.next >= size) {
      levels.pop();
      continue;
    }
    const index = top.next++;
    if (top.keys) {
      const key = top.keys[index]!;
      if (FORBIDDEN_KEYS.has(key)) fail(key, `the key "${key}" is not allowed`);
      const problem = stringProblem(key, limits);
      if (problem) fail(null, `a key ${problem}`);
      visit((top.value as Record<string, unknown>)[key], key);
    } else {
      visit((top.value as unknown[])[index], index);
    }
  }
}

/** A bigint as to_json writes it (canonical digits), inside PostgreSQL's range. */
export const bigintText = z
  .string()
  .regex(/^(0|-?[1-9]\d*)$/, 'expected a whole number as a string')
  .refine((s) => s.length <= 20 && BigInt(s) >= -(2n ** 63n) && BigInt(s) < 2n ** 63n, {
    message: 'outside the range of a bigint',
  });
// What to_json writes for timestamps and dates, plus PostgreSQL's infinities.
export const timestamp =
  /^(-?infinity|\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:\d\d){0,2})?( BC)?)$/;
const date = /^(-?infinity|\d{4,}-\d\d-\d\d( BC)?)$/;

/** The shape of one column's values in the file, from its SQL type. */
function valueSchema(column: BackupColumn): z.ZodType {
  const base = ((): z.ZodType => {
    const type = column.sqlType;
    if (type.endsWith('[]')) return z.array(z.json());
    if (type === 'integer')
      return z
        .number()
        .int()
        .min(-(2 ** 31))
        .max(2 ** 31 - 1);
    if (type === 'smallint')
      return z
        .number()
        .int()
        .min(-(2 ** 15))
        .max(2 ** 15 - 1);
    if (type === 'bigint') return bigintText;
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

export function rowSchema(table: BackupTable) {
  return z.strictObject(Object.fromEntries(table.columns.map((c) => [c.name, valueSchema(c)])));
}

const Header = z.object({
  format: z.unknown(),
  version: z.unknown(),
  schemaVersion: z.string().min(1),
  exportedAt: z.string().regex(timestamp),
  tables: z.record(z.string(), z.unknown()),
  identities: z.record(z.string(), z.record(z.string(), bigintText)),
});

/** "tables.quotes[3].text" from where the rows are and a zod issue path. */
function pathOf(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, p) => (typeof p === 'number' ? `${at}[${p}]` : at ? `${at}.${String(p)}` : String(p)),
    base,
  );
}

/** The first problem zod found, located in the file, with how many more there are. */
export function firstProblem(error: z.ZodError, name: string, base = ''): string {
  const issue = error.issues[0]!;
  const where = pathOf(base, issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${name}: ${where ? `${where}: ` : ''}${issue.message}${more}`;
}

/** The message for a backup of a version this code does not read. */
export function unknownVersion(name: string, version: unknown): BackupError {
  return new BackupError(
    `${name} is an Accord backup of version ${JSON.stringify(version)}; this Accord reads versions ${LEGACY_BACKUP_VERSION} and ${BACKUP_VERSION} only`,
  );
}

const TWO_32 = 2 ** 32;

/**
 * A key's values as one Map key, as small as it can be held: one number or string is its own
 * key (a column's values all have one type); two whole numbers that fit (the link tables'
 * keys, 200,000 of them at 100k commitments) become one exact number below 2^53; anything
 * else is compared as JSON text.
 */
function keyOf(values: unknown[]): unknown {
  const [a, b] = values;
  if (values.length === 1 && (typeof a === 'number' || typeof a === 'string')) return a;
  if (
    values.length === 2 &&
    Number.isInteger(a) &&
    Number.isInteger(b) &&
    (a as number) >= 0 &&
    (a as number) < 2 ** 20 &&
    (b as number) >= 0 &&
    (b as number) < TWO_32
  ) {
    return (a as number) * TWO_32 + (b as number);
  }
  return JSON.stringify(values);
}

/**
 * Refuses two rows of one table with the same primary key or other unique key, fed a row at
 * a time: it holds each key of the table seen so far and the row's index (not the rows), so a
 * file is checked as it streams by. `where(index)` names a row in messages, e.g.
 * `tables.quotes[3]`.
 */
export class UniqueKeys {
  private readonly seen: Map<unknown, number>[];

  constructor(
    private readonly table: BackupTable,
    private readonly where: (index: number) => string = (i) => `tables.${table.name}[${i}]`,
  ) {
    this.seen = table.uniqueKeys.map(() => new Map<unknown, number>());
  }

  check(row: BackupRow, index: number, name: string): void {
    this.table.uniqueKeys.forEach((key, k) => {
      const values = key.map((column) => row[column]);
      // PostgreSQL lets rows whose key has a null repeat it.
      if (values.some((v) => v === null || v === undefined)) return;
      const id = keyOf(values);
      const first = this.seen[k]!.get(id);
      if (first !== undefined) {
        const kind = key.join() === this.table.primaryKey.join() ? 'primary key' : 'unique key';
        const shown = key.map((c, i) => `${c} = ${JSON.stringify(values[i]).slice(0, 80)}`);
        throw new BackupError(
          `${name}: ${this.where(index)}: duplicate ${kind} (${shown.join(', ')}), ` +
            `the same as ${this.where(first)}`,
        );
      }
      this.seen[k]!.set(id, index);
    });
  }
}

/** Refuses two rows of `table` with the same primary key or other unique key. */
function checkUniqueKeys(table: BackupTable, rows: BackupRow[], name: string): void {
  const keys = new UniqueKeys(table);
  rows.forEach((row, index) => keys.check(row, index, name));
}

/**
 * Reads a backup file's text and checks all of it (format, version, bounds on nesting and
 * strings, tables, every row's columns and value types, unique keys) before anything touches
 * a database. `name` names the file in messages. Whether it fits the database
 * (schemaVersion, empty tables) is checked on import.
 */
export function parseBackup(
  text: string,
  name = 'the backup',
  limits: Partial<BackupLimits> = {},
): Backup {
  const bounds = { ...BACKUP_LIMITS, ...limits };
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
  if (version === BACKUP_VERSION) {
    throw new BackupError(
      `${name} says it is version ${BACKUP_VERSION} but is not NDJSON: the file is corrupt or was rewritten`,
    );
  }
  if (version !== LEGACY_BACKUP_VERSION) throw unknownVersion(name, version);
  checkBounds(data, name, bounds);
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
    checkUniqueKeys(table, tables[table.name]!, name);
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
    version: LEGACY_BACKUP_VERSION,
    schemaVersion: header.data.schemaVersion,
    exportedAt: header.data.exportedAt,
    tables,
    identities: header.data.identities,
  };
}

/** The backup as JSON text of version 1 (one document): the header, then each table with one row per line. */
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
