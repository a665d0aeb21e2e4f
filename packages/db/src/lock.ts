import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';

/**
 * PGlite keeps the database in memory and writes it back to its folder: a second process
 * opening the same folder starts without error and silently diverges. This lock file,
 * beside the data directory, makes the second process fail with a clear message instead.
 *
 * The lock file holds a JSON record of its holder and is created with that content in one
 * step (a temporary file hard-linked into place), so it is never seen empty. A lock whose
 * holder has died is stale and is taken over, one process at a time, by moving it aside
 * atomically and checking that what was moved is the lock that was judged stale.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    /** The holder's pid, or null when the lock file is still being written. */
    readonly holderPid: number | null,
    readonly lockPath: string = `${dataDir}.lock`,
    /** The host the holder runs on, or null when unknown. */
    readonly holderHost: string | null = null,
  ) {
    super(lockedMessage(dataDir, holderPid, lockPath, holderHost));
    this.name = 'DataDirLockedError';
  }
}

function lockedMessage(
  dataDir: string,
  holderPid: number | null,
  lockPath: string,
  holderHost: string | null,
): string {
  const otherHost = holderHost !== null && holderHost !== hostname();
  let holder: string;
  let example: string;
  if (holderPid === null) {
    holder =
      `is being opened by another process: its lock file ${lockPath} is empty or unreadable ` +
      'and was written in the last few seconds';
    example = 'for example the file was left empty by a crash';
  } else if (otherHost) {
    holder = `is already open in process ${holderPid} on host ${holderHost} (lock file ${lockPath})`;
    example =
      `for example the holder ran on another host or container, ${holderHost}, ` +
      'that has since stopped or been replaced';
  } else {
    holder = `is already open in process ${holderPid} (lock file ${lockPath})`;
    example = `for example pid ${holderPid} now belongs to a program other than Accord`;
  }
  return (
    `The embedded database at ${dataDir} ${holder}. ` +
    'Only one process may open it at a time: stop that process (for example a running ' +
    '`pnpm start` or `pnpm dev`) and try again, or set DATABASE_URL to use PostgreSQL, ' +
    'which any number of processes can share. ' +
    `If you are sure no Accord process uses it (${example}), delete ${lockPath}.`
  );
}

/** An empty or unreadable lock file younger than this may still be being written: held. */
const UNREADABLE_GRACE_MS = 10_000;
/** How often, and how long, to wait for such a file to be written before giving up. */
const UNREADABLE_WAITS = 5;
const UNREADABLE_WAIT_MS = 100;
/** Pause when another process is taking over a stale lock (which takes microseconds). */
const TAKEOVER_WAIT_MS = 10;
/** Attempts to create the lock, each after finding a stale lock or waiting, before giving up. */
const MAX_ATTEMPTS = 20;
/** Signals whose default action ends the process without an 'exit' event. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

interface LockRecord {
  pid: number;
  host: string;
  /** Kernel start time of the holder, so a reused pid is not mistaken for the holder. */
  started: string | null;
}

/** What a lock file holds, with the identity of the file to tell two files apart. */
type LockState =
  | { kind: 'missing' }
  | { kind: 'record'; record: LockRecord; ino: number; mtimeMs: number }
  | { kind: 'unreadable'; ino: number; mtimeMs: number };

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A name beside `path` that no other process or attempt uses. */
function uniqueSibling(path: string, suffix: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.${suffix}`;
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
    if (errorCode(error) !== 'EPERM') return false;
  }
  const started = processStartTime(record.pid);
  return record.started === null || started === null || started === record.started;
}

function parseRecord(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as Partial<LockRecord> | null;
    if (typeof value?.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, started: value.started ?? null };
  } catch {
    return null;
  }
}

function readLockState(path: string): LockState {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    const { ino, mtimeMs } = fstatSync(fd);
    const record = parseRecord(readFileSync(fd, 'utf8'));
    return record ? { kind: 'record', record, ino, mtimeMs } : { kind: 'unreadable', ino, mtimeMs };
  } finally {
    closeSync(fd);
  }
}

function sameRecord(a: LockRecord, b: LockRecord): boolean {
  return a.pid === b.pid && a.host === b.host && a.started === b.started;
}

/** Whether two readings are of the same lock: the same record, or the same unreadable file. */
function sameLock(a: LockState, b: LockState): boolean {
  if (a.kind === 'record' && b.kind === 'record') return sameRecord(a.record, b.record);
  if (a.kind === 'unreadable' && b.kind === 'unreadable') {
    return a.ino === b.ino && a.mtimeMs === b.mtimeMs;
  }
  return false;
}

/**
 * Makes `to` a copy of `from` unless `to` exists, which returns false. A hard link does it in
 * one step; where the file system has none, an exclusive copy is briefly empty, which readers
 * treat as held while it is fresh.
 */
function linkExclusive(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') {
      throw error;
    }
  }
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/** Creates the lock file with its content in one step; false if it already exists. */
function tryCreate(path: string, content: string): boolean {
  const tmp = uniqueSibling(path, 'tmp');
  try {
    // Owner-only, like the data dir it guards (a hard link keeps the mode).
    writeFileSync(tmp, content, { flag: 'wx', mode: 0o600 });
    return linkExclusive(tmp, path);
  } finally {
    removeQuietly(tmp);
  }
}

/**
 * Deletes the file at `path` if it is still the lock `judged`. It is first moved aside, which
 * is atomic: if what was moved is another lock (created after `judged` was read), it is put
 * back rather than deleted.
 */
function removeIfUnchanged(path: string, judged: LockState): void {
  const grave = uniqueSibling(path, 'stale');
  try {
    renameSync(path, grave);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return; // someone else moved it: look again
    throw error;
  }
  try {
    if (!sameLock(judged, readLockState(grave))) linkExclusive(grave, path);
  } finally {
    removeQuietly(grave);
  }
}

/**
 * Runs `takeOver` while holding `${path}.takeover`, so that one process at a time replaces a
 * stale lock; false if another process holds it. A takeover lasts microseconds, so an old
 * guard was left by a process killed during one, and is removed.
 */
function withTakeoverGuard(path: string, takeOver: () => void): boolean {
  const guard = `${path}.takeover`;
  try {
    closeSync(openSync(guard, 'wx', 0o600));
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    const state = readLockState(guard);
    if (state.kind !== 'missing' && Date.now() - state.mtimeMs > UNREADABLE_GRACE_MS) {
      removeIfUnchanged(guard, state);
    }
    return false;
  }
  try {
    takeOver();
    return true;
  } finally {
    removeQuietly(guard);
  }
}

export interface DataDirLock {
  release(): void;
}

function hold(path: string, mine: LockRecord): DataDirLock {
  let released = false;
  // The file goes first and the handlers after: while they are installed, a signal that
  // arrives again (a worker gets SIGTERM from its process group and from the supervisor) is
  // caught. Removed first, Node's default action would end the process before the unlink.
  const release = () => {
    if (released) return;
    released = true;
    try {
      const current = readLockState(path);
      if (current.kind === 'record' && sameRecord(current.record, mine)) removeQuietly(path);
    } catch {
      // unreadable: leave it
    }
    process.off('exit', release);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    const othersListen = process.listenerCount(signal) > 1;
    release();
    // With no other listener, Node would have ended the process on this signal: let it.
    if (!othersListen) process.kill(process.pid, signal);
  };
  process.on('exit', release);
  // `on`, not `once`: `once` unhooks before the listener runs, which reopens the same window.
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return { release };
}

/** Takes the lock for `dataDir` or throws DataDirLockedError. Stale locks are taken over. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = `${dataDir}.lock`;
  const mine: LockRecord = {
    pid: process.pid,
    host: hostname(),
    started: processStartTime(process.pid),
  };
  const content = JSON.stringify(mine);
  let unreadableWaits = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (tryCreate(path, content)) return hold(path, mine);
    const seen = readLockState(path);
    if (seen.kind === 'missing') continue; // released meanwhile
    if (seen.kind === 'record') {
      const { pid, host } = seen.record;
      if (isAlive(seen.record)) throw new DataDirLockedError(dataDir, pid, path, host);
    } else if (Date.now() - seen.mtimeMs < UNREADABLE_GRACE_MS) {
      // Fresh and unreadable: a process may still be writing it (a file system without hard
      // links, or an older Accord). Wait for it a little, then count it as held.
      if (++unreadableWaits > UNREADABLE_WAITS) {
        throw new DataDirLockedError(dataDir, null, path, null);
      }
      sleepSync(UNREADABLE_WAIT_MS);
      continue;
    }
    // Stale: its holder is gone, or it is junk nobody has written for a while. Under the guard
    // no other process replaces it, so a lock still equal to the one judged is that lock.
    const tookOver = withTakeoverGuard(path, () => {
      if (sameLock(seen, readLockState(path))) removeIfUnchanged(path, seen);
    });
    if (!tookOver) sleepSync(TAKEOVER_WAIT_MS);
  }
  throw new Error(
    `Could not take the lock ${path}: other processes kept creating and removing it. ` +
      `If you are sure no Accord process uses ${dataDir}, delete ${path} and try again.`,
  );
}
