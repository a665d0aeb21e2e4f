import { inspect } from 'node:util';
import { type DbHandle, openDb } from '../client';

/** `text` on one line, cut to `max` characters. */
function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The error as one line, or two when it wraps a cause: drizzle reports a failed query as
 * "Failed query: <sql> params: …" with the driver's reason in `cause`, so the query is cut
 * short and the reason follows on its own line.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return oneLine(String(error));
  const main = oneLine(error.message);
  const causes: string[] = [];
  let cause = error.cause;
  for (let depth = 0; cause !== undefined && cause !== null && depth < 5; depth++) {
    const text =
      cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : inspect(cause);
    const message = oneLine(text, 300);
    if (message && !main.includes(message) && !causes.includes(message)) causes.push(message);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  if (causes.length === 0) return main;
  return `${oneLine(main, 200)}\n  cause: ${causes.join(': ')}`;
}

/** Runs a database task from the command line with a short error instead of a stack trace. */
export async function runDbTask(
  name: string,
  task: (handle: DbHandle) => Promise<void>,
): Promise<void> {
  let handle: DbHandle | undefined;
  try {
    handle = await openDb();
    await task(handle);
  } catch (error) {
    console.error(`${name} failed: ${describeError(error)}`);
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}
