import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb, PGLITE_SETTINGS } from './client';

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
