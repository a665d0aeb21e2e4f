import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb } from './client';
import { DataDirLockedError } from './lock';

const TSX_CLI = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const CLIENT_MODULE = pathToFileURL(fileURLToPath(new URL('./client.ts', import.meta.url))).href;

let dir: string;
let dataDir: string;
let lockFile: string;
const open: DbHandle[] = [];

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
