import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { dirname, resolve } from 'node:path';
import { writeBackup } from '../backup';
import { invocationDir } from '../env';
import { tableProgress } from './progress';
import { readArgs, runDbTask } from './run';

/** accord-backup-20260127T101500Z.ndjson */
function defaultName(exportedAt: string): string {
  const stamp = new Date(exportedAt).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `accord-backup-${stamp}.ndjson`;
}

await runDbTask(
  'db:export',
  async (handle, { out, quiet }) => {
    const dir = out ? dirname(resolve(invocationDir(), out)) : invocationDir();
    // Written beside the target and renamed, so a crash never leaves half a backup under its
    // name; readable by the owner only, as it holds password hashes.
    const partial = resolve(dir, `.accord-backup.${process.pid}.partial`);
    try {
      const stream = createWriteStream(partial, { mode: 0o600, flags: 'wx' });
      // A folder that is not there fails now, before any table is read; a later failure to
      // write surfaces from the write that waits, or from `finished`.
      await once(stream, 'open');
      stream.on('error', () => {});
      const report = await writeBackup(handle, stream, {
        onProgress: tableProgress('db:export', quiet),
      });
      stream.end();
      await finished(stream);
      const file = out
        ? resolve(invocationDir(), out)
        : resolve(dir, defaultName(report.header.exportedAt));
      renameSync(partial, file);
      console.log(
        `db:export: wrote ${report.rows} rows of ${Object.keys(report.header.counts).length} tables ` +
          `(schema ${report.header.schemaVersion}) from ${handle.engine} at ${handle.location} to ${file}`,
      );
    } finally {
      rmSync(partial, { force: true });
    }
  },
  () => {
    const usage = 'usage: pnpm db:export [--out FILE] [--quiet]';
    const { values, positionals } = readArgs(
      { out: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q' } },
      usage,
    );
    if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]} (${usage})`);
    return { out: values.out, quiet: values.quiet === true };
  },
);
