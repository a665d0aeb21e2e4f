import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * PGlite keeps the database in memory and writes it back to its folder: a second process
 * opening the same folder starts without error and silently diverges. This lock file,
 * beside the data directory, makes the second process fail with a clear message instead.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is already open in process ${holderPid}. ` +
        'Only one process may open it at a time: stop that process (for example a running ' +
        '`pnpm start` or `pnpm dev`) and try again, or set DATABASE_URL to use PostgreSQL, ' +
        'which any number of processes can share.',
    );
    this.name = 'DataDirLockedError';
  }
}

interface LockRecord {
  pid: number;
  host: string;
  /** Kernel start time of the holder, so a reused pid is not mistaken for the holder. */
  started: string | null;
}

function processStartTime(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(record: LockRecord): boolean {
  if (record.host !== hostname()) return true; // cannot check another machine: assume held
  try {
    process.kill(record.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStartTime(record.pid);
  return record.started === null || started === null || started === record.started;
}

function readLock(path: string): LockRecord | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockRecord>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, started: value.started ?? null };
  } catch {
    return null;
  }
}

export interface DataDirLock {
  release(): void;
}

/** Takes the lock for `dataDir` or throws DataDirLockedError. Stale locks are taken over. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = `${dataDir}.lock`;
  const mine: LockRecord = {
    pid: process.pid,
    host: hostname(),
    started: processStartTime(process.pid),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, JSON.stringify(mine));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        const current = readLock(path);
        if (current?.pid === mine.pid && current.host === mine.host) {
          try {
            unlinkSync(path);
          } catch {
            // already gone
          }
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path);
      if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder.pid);
      // The holder is gone (or the file is unreadable half-written junk): take it over.
      try {
        unlinkSync(path);
      } catch {
        // another process took it over first; the next attempt will see its lock
      }
    }
  }
  throw new Error(`Could not take the lock ${path}; remove it if no Accord process is running.`);
}
