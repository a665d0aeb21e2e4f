import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb } from './client';
import { acquireDataDirLock, type DataDirLock, DataDirLockedError } from './lock';

const TSX_CLI = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
/** tsx as a loader of a plain node process, which then has no signal handler of tsx's. */
const TSX_LOADER = new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
const CLIENT_MODULE = pathToFileURL(fileURLToPath(new URL('./client.ts', import.meta.url))).href;
const LOCK_MODULE = new URL('./lock.ts', import.meta.url).href;

let dir: string;
let dataDir: string;
let lockFile: string;
const open: DbHandle[] = [];
const held: DataDirLock[] = [];

/** Takes the lock directly (no PGlite); released after the test. */
function lockHere(): DataDirLock {
  const lock = acquireDataDirLock(dataDir);
  held.push(lock);
  return lock;
}

/** The error taking the lock fails with; fails the test if it is taken. */
function refusedLock(): unknown {
  try {
    lockHere();
  } catch (error) {
    return error;
  }
  throw new Error('The lock was taken although another holder has it');
}

async function openHere(): Promise<DbHandle> {
  const handle = await openDb({ kind: 'pglite', dataDir });
  open.push(handle);
  return handle;
}

async function closeHandle(handle: DbHandle): Promise<void> {
  open.splice(open.indexOf(handle), 1);
  await handle.close();
}

function readLockFile(): { pid: number; host: string; started: string | null } {
  return JSON.parse(readFileSync(lockFile, 'utf8')) as {
    pid: number;
    host: string;
    started: string | null;
  };
}

/** The error an open of the data dir fails with; fails the test (without dumping the handle) if it opens. */
async function refusedOpen(): Promise<unknown> {
  let handle: DbHandle;
  try {
    handle = await openDb({ kind: 'pglite', dataDir });
  } catch (error) {
    return error;
  }
  open.push(handle);
  throw new Error('The data dir opened although another holder has it locked');
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.status).toBe(0);
  expect(child.pid).toBeGreaterThan(0);
  expect(() => process.kill(child.pid, 0)).toThrow();
  return child.pid;
}

/** Sets a file's modification time to `seconds` ago. */
function setAge(path: string, seconds: number): void {
  const then = new Date(Date.now() - seconds * 1000);
  utimesSync(path, then, then);
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Started {
  child: ChildProcessWithoutNullStreams;
  /** Resolves once the child has printed `line`; rejects if it exits first. */
  printed(line: string): Promise<void>;
  finished: Promise<Finished>;
}

/** Starts `node ...args` with its output collected. */
function startChild(args: string[]): Started {
  const child = spawn(process.execPath, args);
  let stdout = '';
  let stderr = '';
  const onOutput = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const listener of onOutput) listener();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  const printed = (line: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (stdout.split('\n').includes(line)) resolve();
      };
      onOutput.add(check);
      check();
      finished.then(
        (result) =>
          reject(
            new Error(
              `The child ended (${result.code ?? result.signal}) before printing ${line}: ` +
                `${result.stdout}${result.stderr}`,
            ),
          ),
        reject,
      );
    });
  return { child, printed, finished };
}

function stopChild({ child }: Started): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Files beside `path` whose names start with its own: the lock and any temporary file. */
function filesBeside(path: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith(`${basename(path)}.`));
}

/** Writes a child script into the test dir and returns its path. */
function writeScript(name: string, lines: string[]): string {
  const script = join(dir, name);
  writeFileSync(script, lines.join('\n'));
  return script;
}

// Creating a PGlite data dir runs initdb (seconds); opening an existing one is quick. So the
// tests share one data dir, created once, and each starts with no lock file.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-lock-'));
  dataDir = join(dir, 'pglite');
  lockFile = `${dataDir}.lock`;
  const handle = await openDb({ kind: 'pglite', dataDir });
  await handle.close();
});

afterEach(async () => {
  for (const handle of open.splice(0)) await handle.close();
  for (const lock of held.splice(0)) lock.release();
  rmSync(lockFile, { force: true });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('data dir lock', () => {
  it('refuses a second open in the same process, and allows it again after close', async () => {
    expect(existsSync(lockFile)).toBe(false);
    const first = await openHere();
    expect(readLockFile()).toMatchObject({ pid: process.pid, host: hostname() });

    expect(await refusedOpen()).toBeInstanceOf(DataDirLockedError);
    const error = await refusedOpen();
    expect(error).toMatchObject({ name: 'DataDirLockedError', dataDir, holderPid: process.pid });
    expect((error as Error).message).toContain(`already open in process ${process.pid}`);
    // A refused open must not release the holder's lock, and the first handle still works.
    expect(readLockFile().pid).toBe(process.pid);
    await first.db.execute('select 1');

    await closeHandle(first);
    expect(existsSync(lockFile)).toBe(false);

    const again = await openHere();
    expect(readLockFile().pid).toBe(process.pid);
    await again.db.execute('select 1');
    await closeHandle(again);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock left by a dead process', async () => {
    const pid = deadPid();
    writeFileSync(lockFile, JSON.stringify({ pid, host: hostname(), started: null }));

    const handle = await openHere();
    expect(readLockFile().pid).toBe(process.pid);
    await closeHandle(handle);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over an unreadable lock file', async () => {
    writeFileSync(lockFile, '{"pid":');
    // A fresh unreadable file may still be being written, so only an old one is stale.
    setAge(lockFile, 60);
    const handle = await openHere();
    expect(readLockFile().pid).toBe(process.pid);
    await closeHandle(handle);
  });

  it('treats a lock held on another host as held', async () => {
    writeFileSync(lockFile, JSON.stringify({ pid: 1, host: `not-${hostname()}`, started: null }));
    const error = await refusedOpen();
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect(error).toMatchObject({ holderPid: 1 });
    // The other host's lock is left alone.
    expect(readLockFile()).toMatchObject({ pid: 1, host: `not-${hostname()}` });
  });

  it('refuses a real second process while this one holds the data dir', async () => {
    const holder = await openHere();
    const script = join(dir, 'second.mts');
    writeFileSync(
      script,
      [
        `import { openDb } from ${JSON.stringify(CLIENT_MODULE)};`,
        'try {',
        '  const handle = await openDb({ kind: "pglite", dataDir: process.argv[2]! });',
        '  await handle.close();',
        '  console.log("opened");',
        '} catch (error) {',
        '  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));',
        '  process.exit(3);',
        '}',
      ].join('\n'),
    );

    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, [TSX_CLI, script, dataDir], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      },
    );

    expect(result.stdout).not.toContain('opened');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('DataDirLockedError');
    expect(result.stderr).toContain(`already open in process ${process.pid}`);
    // The refused process left our lock in place.
    expect(readLockFile().pid).toBe(process.pid);
    await holder.db.execute('select 1');
  });
});

describe('data dir lock record', () => {
  // Only Linux tells a process's start time (from /proc); elsewhere a live pid counts as held.
  it.runIf(process.platform === 'linux')(
    'takes over a lock whose pid is alive but was reused by another process',
    () => {
      const pid = process.ppid; // alive: it is running this test
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      expect(started).toMatch(/^\d+$/);

      // The same pid and start time: the holder itself, so the lock is held.
      writeFileSync(lockFile, JSON.stringify({ pid, host: hostname(), started }));
      expect(refusedLock()).toMatchObject({ name: 'DataDirLockedError', holderPid: pid });

      // The same pid with another start time: the holder died and its pid was given to `pid`.
      const reused = { pid, host: hostname(), started: String(Number(started) + 1) };
      writeFileSync(lockFile, JSON.stringify(reused));
      const lock = lockHere();
      expect(readLockFile()).toMatchObject({ pid: process.pid, host: hostname() });
      lock.release();
      expect(existsSync(lockFile)).toBe(false);
    },
  );

  it('refuses a lock held on another host, naming the lock file and how to clear it', () => {
    const host = `not-${hostname()}`;
    writeFileSync(lockFile, JSON.stringify({ pid: 4242, host, started: '123' }));
    const error = refusedLock();
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect(error).toMatchObject({ dataDir, holderPid: 4242, holderHost: host, lockPath: lockFile });
    const { message } = error as Error;
    expect(message).toContain(`already open in process 4242 on host ${host}`);
    expect(message).toContain(`delete ${lockFile}`);
    expect(message).toContain(`another host or container, ${host}`);
    expect(readLockFile()).toMatchObject({ pid: 4242, host });
  });

  it('treats an empty lock file as held while it is fresh, and takes it over once old', () => {
    writeFileSync(lockFile, '');
    const started = Date.now();
    const error = refusedLock();
    // It waited a little for the file to be written before giving up.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect(error).toMatchObject({ dataDir, holderPid: null, lockPath: lockFile });
    expect((error as Error).message).toContain(`delete ${lockFile}`);
    expect(readFileSync(lockFile, 'utf8')).toBe('');

    setAge(lockFile, 60);
    const lock = lockHere();
    expect(readLockFile()).toMatchObject({ pid: process.pid, host: hostname() });
    lock.release();
    expect(filesBeside(dataDir).filter((name) => name !== 'pglite.lock')).toEqual([]);
  });
});

describe('data dir lock between processes', () => {
  const RACERS = 6;
  const ROUNDS = 3;

  /** Each racer takes the lock when told to on stdin, holds it 1.5 s, and prints the outcome. */
  function raceScript(): string {
    return writeScript('race.mts', [
      `import { acquireDataDirLock, DataDirLockedError } from ${JSON.stringify(LOCK_MODULE)};`,
      'console.log("READY");',
      'process.stdin.once("data", () => {',
      '  let lock;',
      '  try {',
      '    lock = acquireDataDirLock(process.argv[2]!);',
      '  } catch (error) {',
      '    console.log(error instanceof DataDirLockedError ? "LOCKED" : `ERROR ${String(error)}`);',
      '    return;',
      '  }',
      '  console.log("ACQUIRED");',
      '  setTimeout(() => lock.release(), 1500);',
      '});',
    ]);
  }

  /** Starts the racers, lets them all go at once, and returns what each printed. */
  async function race(script: string, path: string): Promise<string[]> {
    const racers = Array.from({ length: RACERS }, () => startChild([TSX_CLI, script, path]));
    try {
      // Loading tsx takes a while: start racing only once every racer is ready.
      await Promise.all(racers.map((racer) => racer.printed('READY')));
      for (const { child } of racers) child.stdin.end('go\n');
      const results = await Promise.all(racers.map((racer) => racer.finished));
      return results.map(
        (result) =>
          result.stdout.replace('READY\n', '').trim() ||
          `nothing (exit ${result.code ?? result.signal}): ${result.stderr}`,
      );
    } finally {
      racers.forEach(stopChild);
    }
  }

  it.each([
    { from: 'no lock file', stale: false },
    { from: 'a stale lock file', stale: true },
  ])(
    `lets exactly one of ${RACERS} racing processes take the lock, from $from`,
    async ({ stale }) => {
      const script = raceScript();
      for (let round = 0; round < ROUNDS; round++) {
        const path = join(dir, `race-${stale ? 'stale' : 'fresh'}-${round}`);
        if (stale) {
          const pid = deadPid();
          writeFileSync(`${path}.lock`, JSON.stringify({ pid, host: hostname(), started: null }));
        }
        const outcomes = await race(script, path);
        expect(outcomes.sort(), `round ${round}`).toEqual([
          'ACQUIRED',
          ...Array<string>(RACERS - 1).fill('LOCKED'),
        ]);
        // The holder released its lock, and no temporary file is left behind.
        expect(filesBeside(path), `round ${round}`).toEqual([]);
      }
    },
    120_000,
  );

  /** A process that takes the lock and keeps running; `graceful` adds its own SIGTERM handler. */
  function holdScript(): string {
    return writeScript('hold.mts', [
      `import { acquireDataDirLock } from ${JSON.stringify(LOCK_MODULE)};`,
      'if (process.argv[3] === "graceful") {',
      '  process.on("SIGTERM", () => {',
      '    console.log("GRACEFUL");',
      '    setTimeout(() => process.exit(0), 50);',
      '  });',
      '}',
      'acquireDataDirLock(process.argv[2]!);',
      'console.log("ACQUIRED");',
      'setTimeout(() => process.exit(1), 30_000); // in case the test fails to stop it',
    ]);
  }

  it.each([
    { signal: 'SIGTERM', runner: 'node' },
    { signal: 'SIGINT', runner: 'node' },
    { signal: 'SIGHUP', runner: 'node' },
    { signal: 'SIGTERM', runner: 'tsx' },
  ] as const)(
    'releases the lock of a $runner process ended by $signal',
    async ({ signal, runner }) => {
      const path = join(dir, `signal-${runner}-${signal}`);
      const script = holdScript();
      const args =
        runner === 'node' ? ['--import', TSX_LOADER, script, path] : [TSX_CLI, script, path];
      const holder = startChild(args);
      try {
        await holder.printed('ACQUIRED');
        expect(existsSync(`${path}.lock`)).toBe(true);
        holder.child.kill(signal);
        const result = await holder.finished;
        if (runner === 'node') {
          // The signal is raised again once the lock is released: the process ends by it.
          expect(result).toMatchObject({ code: null, signal });
        } else {
          expect(result.code ?? result.signal).not.toBe(0);
        }
        expect(filesBeside(path)).toEqual([]);
      } finally {
        stopChild(holder);
      }
    },
  );

  // Under the supervisor a worker gets SIGTERM twice: once as a member of the process group and
  // once forwarded by the supervisor. The second must not find Node's default action restored
  // before the lock file is gone, or the process dies holding it (seen in the crash scenario).
  it('releases the lock when the signal keeps arriving while it is being released', async () => {
    const script = holdScript();
    for (let round = 0; round < 5; round++) {
      const path = join(dir, `signal-repeat-${round}`);
      const holder = startChild(['--import', TSX_LOADER, script, path]);
      try {
        await holder.printed('ACQUIRED');
        let sending = true;
        void holder.finished.finally(() => (sending = false));
        const send = () => {
          if (!sending) return;
          try {
            holder.child.kill('SIGTERM');
          } catch {
            return;
          }
          setImmediate(send);
        };
        send();
        const result = await holder.finished;
        expect(result).toMatchObject({ code: null, signal: 'SIGTERM' });
        expect(filesBeside(path), `round ${round}`).toEqual([]);
      } finally {
        stopChild(holder);
      }
    }
  });

  it('leaves ending to a SIGTERM handler of the process itself', async () => {
    const path = join(dir, 'signal-graceful');
    const holder = startChild(['--import', TSX_LOADER, holdScript(), path, 'graceful']);
    try {
      await holder.printed('ACQUIRED');
      holder.child.kill('SIGTERM');
      const result = await holder.finished;
      expect(result).toMatchObject({ code: 0, signal: null });
      expect(result.stdout).toContain('GRACEFUL');
      expect(filesBeside(path)).toEqual([]);
    } finally {
      stopChild(holder);
    }
  });
});
