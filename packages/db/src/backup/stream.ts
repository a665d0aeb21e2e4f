import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { type Writable } from 'node:stream';
import { z } from 'zod';
import { type DbHandle } from '../client';
import { type BackupHeader, readSnapshot } from './export';
import {
  type Backup,
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  BackupError,
  type BackupLimits,
  type BackupRow,
  bigintText,
  checkBounds,
  firstProblem,
  LEGACY_BACKUP_VERSION,
  parseBackup,
  readBackupFile,
  rowSchema,
  timestamp,
  UniqueKeys,
  unknownVersion,
} from './format';
import { importBackup, type ImportOptions, type ImportReport, restoreBackup } from './import';
import { BACKUP_TABLES } from './tables';

/**
 * The longest line a version-2 file may have, in bytes: one row. Far above what Accord
 * writes (its longest text is 20,000 characters), and what bounds memory while reading.
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface WriteReport {
  header: BackupHeader;
  rows: number;
}

export interface ExportOptions {
  /** Told after each batch of a table is written, and once at its end. */
  onProgress?: (table: string, done: number, total: number) => void;
}

/** Writes `text`, waiting for the stream to drain when its buffer is full. */
async function write(out: Writable, text: string): Promise<void> {
  if (out.errored) throw out.errored;
  if (out.write(text)) return;
  if (out.destroyed)
    throw out.errored ?? new Error('the output closed before the backup was written');
  // Whichever comes first: room again, or the stream failing (a full disk) or closing. `once`
  // rejects on 'error'; the listeners are removed when either settles.
  const stop = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: stop.signal }),
      once(out, 'close', { signal: stop.signal }).then(() => {
        throw out.errored ?? new Error('the output closed before the backup was written');
      }),
    ]);
  } finally {
    stop.abort();
  }
}

/**
 * Streams a backup of the database to `out` in the NDJSON layout (version 2): one header line
 * (`format`, `version`, `schemaVersion`, `exportedAt`, `identities` and `tables`, the number
 * of rows of each table in order), then every row, one JSON object per line, table after
 * table in that order. Reads one batch at a time from one snapshot (readSnapshot) and waits
 * for `out` to take each before reading the next, so memory stays flat whatever the size.
 * Does not end `out`.
 */
export async function writeBackup(
  handle: DbHandle,
  out: Writable,
  options: ExportOptions = {},
): Promise<WriteReport> {
  let rows = 0;
  let done = 0;
  let counts: Record<string, number> = {};
  const header = await readSnapshot(handle, {
    async begin(h) {
      counts = h.counts;
      const line = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        schemaVersion: h.schemaVersion,
        exportedAt: h.exportedAt,
        identities: h.identities,
        tables: h.counts,
      };
      await write(out, `${JSON.stringify(line)}\n`);
    },
    async rows(table, batch) {
      // to_json's text is one line: JSON escapes every line break inside a string.
      await write(out, `${batch.join('\n')}\n`);
      rows += batch.length;
      done += batch.length;
      if (done < (counts[table] ?? 0)) options.onProgress?.(table, done, counts[table]!);
    },
    endTable(table, count) {
      done = 0;
      options.onProgress?.(table, count, count);
    },
  });
  return { header, rows };
}

/** One line of a file: its text, without the line break, and its number (from 1). */
interface Line {
  text: string;
  number: number;
}

/**
 * The lines of a file, read in chunks: memory holds a chunk and the current line. A line over
 * `maxLineBytes` or not valid UTF-8 is refused. The last line may lack its line break.
 */
async function* readLines(
  path: string,
  name: string,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Buffer, number: number) => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new BackupError(`${name}: line ${number} is not UTF-8 text: the file is corrupt`);
    }
  };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
        number++;
        if (pendingBytes + end - start > maxLineBytes)
          throw lineTooLong(name, number, maxLineBytes);
        const bytes =
          pending.length === 0
            ? chunk.subarray(start, end)
            : Buffer.concat([...pending, chunk.subarray(start, end)]);
        pending = [];
        pendingBytes = 0;
        yield { text: decode(bytes, number), number };
        start = end + 1;
      }
      if (start < chunk.length) {
        pendingBytes += chunk.length - start;
        if (pendingBytes > maxLineBytes) throw lineTooLong(name, number + 1, maxLineBytes);
        pending.push(chunk.subarray(start));
      }
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`cannot read ${path}: ${(error as Error).message}`);
  } finally {
    stream.destroy();
  }
  if (pendingBytes > 0) {
    number++;
    yield { text: decode(Buffer.concat(pending), number), number };
  }
}

function lineTooLong(name: string, number: number, max: number): BackupError {
  return new BackupError(
    `${name}: line ${number} is longer than ${max} bytes: the file is corrupt or not a backup`,
  );
}

const StreamHeader = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schemaVersion: z.string().min(1),
  exportedAt: z.string().regex(timestamp),
  identities: z.record(z.string(), z.record(z.string(), bigintText)),
  tables: z.record(z.string(), z.number().int().min(0)),
});

export type StreamHeader = z.infer<typeof StreamHeader>;

/** A backup file opened for import: a version-1 document, or a version-2 file's header. */
export type BackupFile =
  | { version: typeof LEGACY_BACKUP_VERSION; path: string; backup: Backup }
  | { version: typeof BACKUP_VERSION; path: string; header: StreamHeader };

/** The file's first line, if it is short (a version-2 header is); null otherwise. */
function firstLine(path: string, limit = 1024 * 1024): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new BackupError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    for (let n = -1; n !== 0 && length < limit; length += n) {
      n = readSync(fd, buffer, length, limit - length, null);
    }
    const end = buffer.subarray(0, length).indexOf(10);
    return end === -1 ? null : buffer.subarray(0, end).toString('utf8');
  } catch {
    // A folder or an unreadable file: the whole-file reader says why.
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The header line of a version-2 file, checked: known tables in order, identity columns. */
function checkHeader(data: unknown, name: string): StreamHeader {
  const parsed = StreamHeader.safeParse(data);
  if (!parsed.success) throw new BackupError(firstProblem(parsed.error, `${name}: line 1`));
  const header = parsed.data;
  const names = Object.keys(header.tables);
  const known = BACKUP_TABLES.map((t) => t.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new BackupError(
      `${name}: unknown table ${unknown.map((n) => `"${n}"`).join(', ')}; a backup holds ${known.join(', ')}`,
    );
  }
  const missing = known.filter((n) => !names.includes(n));
  if (missing.length > 0) {
    throw new BackupError(`${name}: table ${missing.map((n) => `"${n}"`).join(', ')} is missing`);
  }
  if (names.join() !== known.join()) {
    throw new BackupError(`${name}: the tables are not in the order ${known.join(', ')}`);
  }
  for (const [table, columns] of Object.entries(header.identities)) {
    for (const column of Object.keys(columns)) {
      if (
        !BACKUP_TABLES.find((t) => t.name === table)?.columns.some(
          (c) => c.name === column && c.identity,
        )
      ) {
        throw new BackupError(`${name}: identities.${table}.${column} is not an identity column`);
      }
    }
  }
  return header;
}

/**
 * Opens a backup file for import and checks what can be checked before the database is
 * opened. A file whose first line is a JSON object naming this format is version 2 or later:
 * its header is checked, and its rows are read later, as they are restored. Anything else is
 * read as a version-1 document (what db:export wrote before version 2), whole and in memory,
 * within `maxBytes`, and checked entirely, as before.
 */
export function openBackupFile(
  path: string,
  name = path,
  maxBytes = BACKUP_LIMITS.maxBytes,
): BackupFile {
  const line = firstLine(path);
  let data: unknown;
  try {
    data = line === null ? undefined : JSON.parse(line);
  } catch {
    data = undefined;
  }
  const format = (data as { format?: unknown } | undefined)?.format;
  if (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    format === BACKUP_FORMAT
  ) {
    const version = (data as { version?: unknown }).version;
    if (version === BACKUP_VERSION) return { version, path, header: checkHeader(data, name) };
    if (version !== LEGACY_BACKUP_VERSION) throw unknownVersion(name, version);
  }
  return {
    version: LEGACY_BACKUP_VERSION,
    path,
    backup: parseBackup(readBackupFile(path, maxBytes), name),
  };
}

/**
 * The rows of a version-2 file, table by table, each line checked as it is read (valid JSON,
 * the bounds of BACKUP_LIMITS, the table's columns and value types, unique keys) and handed on
 * in batches. A file that ends early, has a line it should not, or more lines than its header
 * says is refused with the line's number.
 */
function streamRows(
  file: { path: string; header: StreamHeader },
  name: string,
  limits: BackupLimits,
  batchRows: number,
) {
  const lines = readLines(file.path, name)[Symbol.asyncIterator]();
  let started = false;
  let lastLine = 1;
  return {
    rows: async function* (
      this: void,
      table: (typeof BACKUP_TABLES)[number],
    ): AsyncGenerator<BackupRow[]> {
      if (!started) {
        started = true;
        await lines.next(); // The header, already checked.
      }
      const total = file.header.tables[table.name] ?? 0;
      const schema = rowSchema(table);
      const keys = new UniqueKeys(table);
      let batch: BackupRow[] = [];
      for (let index = 0; index < total; index++) {
        const next = await lines.next();
        if (next.done) {
          throw new BackupError(
            `${name} ends after line ${lastLine}, at row ${index} of the ${total} rows of ${table.name}: the file is truncated`,
          );
        }
        const { text, number } = next.value;
        lastLine = number;
        const where = `tables.${table.name}[${index}]`;
        const at = `${name}: line ${number}`;
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch (error) {
          throw new BackupError(
            `${at} (${where}) is not valid JSON (${(error as Error).message}): the file is corrupt or truncated`,
          );
        }
        checkBounds(data, `${at}: ${where}`, limits);
        const row = schema.safeParse(data);
        if (!row.success) throw new BackupError(firstProblem(row.error, at, where));
        keys.check(row.data as BackupRow, index, at);
        batch.push(row.data as BackupRow);
        if (batch.length >= batchRows) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    /** Refuses anything after the last row (a trailing line break is fine). */
    async end(this: void): Promise<void> {
      const next = await lines.next();
      if (!next.done && !(next.value.text === '' && (await lines.next()).done)) {
        throw new BackupError(
          `${name}: line ${next.value.number} is past the last row the header announces: the file is corrupt`,
        );
      }
    },
    close: () => lines.return?.(undefined),
  };
}

export interface FileImportOptions extends ImportOptions {
  /** The bounds every value is checked against (BACKUP_LIMITS by default). */
  limits?: Partial<BackupLimits>;
}

/**
 * Restores an opened backup file (openBackupFile) in one transaction. A version-2 file is
 * read, checked and inserted a batch at a time, so memory holds one batch, not the file; a
 * problem anywhere in it (a corrupt line, a truncated end) rolls everything back.
 */
export async function importBackupFile(
  handle: DbHandle,
  file: BackupFile,
  name = file.path,
  options: FileImportOptions = {},
): Promise<ImportReport> {
  if (file.version === LEGACY_BACKUP_VERSION) return importBackup(handle, file.backup, options);
  const limits = { ...BACKUP_LIMITS, ...options.limits };
  const reader = streamRows(file, name, limits, options.batchRows ?? 500);
  try {
    return await restoreBackup(
      handle,
      {
        schemaVersion: file.header.schemaVersion,
        identities: file.header.identities,
        counts: file.header.tables,
      },
      reader.rows,
      { ...options, onBeforeCommit: reader.end },
    );
  } finally {
    await reader.close();
  }
}
