import { scrubString } from '@accord/log';
import { inspect, parseArgs, type ParseArgsConfig } from 'node:util';
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
  // Scrubbed like a log line: a failed query's parameters, a DSN's password or an email
  // address in a driver's message never reach the terminal or a CI log (packages/log).
  if (causes.length === 0) return scrubString(main);
  return scrubString(`${oneLine(main, 200)}\n  cause: ${causes.join(': ')}`);
}

/**
 * Runs a database task from the command line with a short error instead of a stack trace.
 * `prepare` runs first, before the database is opened (to read arguments and files), and what
 * it returns is passed to the task.
 */
export async function runDbTask<T = undefined>(
  name: string,
  task: (handle: DbHandle, prepared: T) => Promise<void>,
  prepare?: () => T | Promise<T>,
): Promise<void> {
  let handle: DbHandle | undefined;
  try {
    const prepared = (prepare ? await prepare() : undefined) as T;
    handle = await openDb();
    await task(handle, prepared);
  } catch (error) {
    console.error(`${name} failed: ${describeError(error)}`);
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}

/** The command line's options and positionals, or an error that ends with the usage line. */
export function readArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  options: O,
  usage: string,
  args: string[] = process.argv.slice(2),
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Error(`${(error as Error).message} (${usage})`);
  }
}
