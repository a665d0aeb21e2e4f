import { resolve } from 'node:path';
import { BACKUP_LIMITS, importBackupFile, openBackupFile } from '../backup';
import { announcePurgeEverything } from '../cache-events';
import { configuredTarget } from '../client';
import { invocationDir } from '../env';
import { tableProgress } from './progress';
import { readArgs, runDbTask } from './run';

const MIB = 1024 * 1024;
/** Past this V8 cannot hold the file as one string anyway. */
const MAX_SIZE_CEILING_MIB = 512;

await runDbTask(
  'db:import',
  async (handle, { backup, file, replace, quiet }) => {
    const report = await importBackupFile(handle, backup, file, {
      replace,
      onProgress: tableProgress('db:import', quiet),
    });
    console.log(
      `db:import: restored ${report.rows} rows of ${report.tables} tables from ${file} ` +
        `into ${handle.engine} at ${handle.location}` +
        (replace ? ` (replacing ${report.replaced} rows)` : ''),
    );
    const target = configuredTarget();
    if (target.kind === 'postgres') {
      // Running web servers hold cached pages and answers of the old data: they purge them.
      const result = await announcePurgeEverything(target.url);
      console.log(
        `db:import: ${result.acked.length} of ${result.expected.length} running server processes purged their caches`,
      );
    }
  },
  // Before the database is opened: a version-2 file's header is checked (its rows are
  // checked as they stream in); a version-1 file is read and checked whole, as before.
  () => {
    const usage = 'usage: pnpm db:import FILE [--replace] [--max-size MiB] [--quiet]';
    const { values, positionals } = readArgs(
      {
        replace: { type: 'boolean' },
        'max-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
      usage,
    );
    if (positionals.length !== 1) throw new Error(`expected one backup file (${usage})`);
    let maxBytes = BACKUP_LIMITS.maxBytes;
    if (values['max-size'] !== undefined) {
      const mib = Number(values['max-size']);
      if (!Number.isInteger(mib) || mib < 1 || mib > MAX_SIZE_CEILING_MIB) {
        throw new Error(
          `--max-size is a whole number of MiB from 1 to ${MAX_SIZE_CEILING_MIB} (${usage})`,
        );
      }
      maxBytes = mib * MIB;
    }
    const file = resolve(invocationDir(), positionals[0]!);
    const backup = openBackupFile(file, file, maxBytes);
    return { backup, file, replace: values.replace === true, quiet: values.quiet === true };
  },
);
