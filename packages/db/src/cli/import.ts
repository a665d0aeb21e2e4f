import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importBackup, parseBackup } from '../backup';
import { invocationDir } from '../env';
import { readArgs, runDbTask } from './run';

await runDbTask(
  'db:import',
  async (handle, { backup, file, replace }) => {
    const report = await importBackup(handle, backup, { replace });
    console.log(
      `db:import: restored ${report.rows} rows of ${report.tables} tables from ${file} ` +
        `into ${handle.engine} at ${handle.location}` +
        (replace ? ` (replacing ${report.replaced} rows)` : ''),
    );
  },
  // The whole file is read and checked before the database is opened.
  () => {
    const usage = 'usage: pnpm db:import FILE [--replace]';
    const { values, positionals } = readArgs({ replace: { type: 'boolean' } }, usage);
    if (positionals.length !== 1) throw new Error(`expected one backup file (${usage})`);
    const file = resolve(invocationDir(), positionals[0]!);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
    return { backup: parseBackup(text, file), file, replace: values.replace === true };
  },
);
