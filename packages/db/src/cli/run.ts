import { type DbHandle, openDb } from '../client';
import { DataDirLockedError } from '../lock';

/** Runs a database task from the command line with a one-line error instead of a stack trace. */
export async function runDbTask(
  name: string,
  task: (handle: DbHandle) => Promise<void>,
): Promise<void> {
  let handle: DbHandle | undefined;
  try {
    handle = await openDb();
    await task(handle);
  } catch (error) {
    const message =
      error instanceof DataDirLockedError || error instanceof Error ? error.message : String(error);
    console.error(`${name} failed: ${message}`);
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}
