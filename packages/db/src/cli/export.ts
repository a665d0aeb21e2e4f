import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportDatabase, serializeBackup } from '../backup';
import { invocationDir } from '../env';
import { readArgs, runDbTask } from './run';

/** accord-backup-20260127T101500Z.json */
function defaultName(exportedAt: string): string {
  const stamp = new Date(exportedAt).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `accord-backup-${stamp}.json`;
}

await runDbTask(
  'db:export',
  async (handle, out: string | undefined) => {
    const backup = await exportDatabase(handle);
    const file = resolve(invocationDir(), out ?? defaultName(backup.exportedAt));
    // Written beside the target and renamed, so a crash never leaves half a backup under its
    // name; readable by the owner only, as it holds password hashes.
    const partial = `${file}.${process.pid}.partial`;
    try {
      writeFileSync(partial, serializeBackup(backup), { mode: 0o600, flag: 'wx' });
      renameSync(partial, file);
    } finally {
      rmSync(partial, { force: true });
    }
    const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
    console.log(
      `db:export: wrote ${rows} rows of ${Object.keys(backup.tables).length} tables ` +
        `(schema ${backup.schemaVersion}) from ${handle.engine} at ${handle.location} to ${file}`,
    );
  },
  () => {
    const usage = 'usage: pnpm db:export [--out FILE]';
    const { values, positionals } = readArgs({ out: { type: 'string', short: 'o' } }, usage);
    if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]} (${usage})`);
    return values.out;
  },
);
