import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb, PGLITE_SETTINGS, restrictToOwner } from './client';

const dir = mkdtempSync(join(tmpdir(), 'accord-db-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function setting(handle: DbHandle, name: string): Promise<string> {
  // PGlite answers { rows }; this file only opens PGlite.
  const result: unknown = await handle.db.execute(sql.raw(`show ${name}`));
  const { rows } = result as { rows: Record<string, string>[] };
  return rows[0]![name]!;
}

describe('the embedded database settings', () => {
  // PGlite's default is 128MB, all of it resident in the web server's process.
  it.each([
    ['a data dir', () => openDb({ kind: 'pglite', dataDir: join(dir, 'data') })],
    ['memory', () => openDb({ kind: 'memory' })],
  ])('opens %s with small shared_buffers and keeps PGlite defaults', async (_, open) => {
    const handle = await open();
    try {
      expect(await setting(handle, 'shared_buffers')).toBe('16MB');
      expect(PGLITE_SETTINGS.shared_buffers).toBe('16MB');
      // From PGlite.defaultStartParams, which passing startParams would otherwise replace.
      expect(await setting(handle, 'search_path')).toBe('public');
      expect(await setting(handle, 'max_worker_processes')).toBe('0');
    } finally {
      await handle.close();
    }
  });
});

/** Every path under `root` (itself included) that its group or others may use at all. */
function openToOthers(root: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const stat = lstatSync(path);
    if ((stat.mode & 0o077) !== 0) found.push(`${path} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
  return found;
}

describe("the embedded database's files", () => {
  it("are its owner's alone after opening, after writes and after closing", async () => {
    // A parent that does not exist yet: made private too.
    const parent = join(dir, 'private', 'nested');
    const dataDir = join(parent, 'pglite');
    const handle = await openDb({ kind: 'pglite', dataDir });
    try {
      expect(readdirSync(dataDir).length).toBeGreaterThan(10);
      expect(openToOthers(dataDir)).toEqual([]);
      expect(openToOthers(`${dataDir}.lock`)).toEqual([]);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(parent).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'PG_VERSION')).mode & 0o777).toBe(0o600);

      await handle.db.execute(sql.raw('create table t (x text)'));
      await handle.db.execute(sql.raw(`insert into t values ('written')`));
      await handle.db.execute(sql.raw('create database other'));
      expect(openToOthers(dataDir)).toEqual([]);
    } finally {
      await handle.close();
    }
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it('are made private when an older data dir was left open to everyone', async () => {
    const dataDir = join(dir, 'old');
    await (await openDb({ kind: 'pglite', dataDir })).close();
    chmodSync(dataDir, 0o777);
    chmodSync(join(dataDir, 'PG_VERSION'), 0o666);
    const handle = await openDb({ kind: 'pglite', dataDir });
    try {
      expect(openToOthers(dataDir)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});

describe('restrictToOwner', () => {
  it('sets folders to 0700 and files to 0600, and leaves symbolic links and their targets alone', () => {
    const root = join(dir, 'restrict');
    mkdirSync(join(root, 'a', 'b'), { recursive: true, mode: 0o777 });
    writeFileSync(join(root, 'a', 'b', 'f'), 'x', { mode: 0o666 });
    writeFileSync(join(root, 'g'), 'x', { mode: 0o755 });
    const outside = join(dir, 'outside');
    writeFileSync(outside, 'x', { mode: 0o644 });
    chmodSync(outside, 0o644);
    symlinkSync(outside, join(root, 'link'));
    restrictToOwner(root);
    expect(openToOthers(root)).toEqual([`${join(root, 'link')} 777`]);
    expect(statSync(join(root, 'g')).mode & 0o777).toBe(0o600);
    expect(statSync(outside).mode & 0o777).toBe(0o644);
  });
});
