import { format } from 'node:util';
import type { Logger } from 'pino';
import { logError } from './errors';

/** ANSI colour and cursor codes (better-auth's and Next's coloured output). */
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Logs a console-style call (`console.error(' ⨯ ', error)`, better-auth's
 * `(level, message, ...args)`) through `logger`: strings become the message (colours and
 * Next's ⨯ marks stripped), an Error goes through logError (stack once per request, repeats
 * counted), other values ride along as `data`, scrubbed like any field.
 */
export function logConsoleCall(logger: Logger, level: Level, args: unknown[]): void {
  const error = args.find((a): a is Error => a instanceof Error);
  const strings: string[] = [];
  const data: unknown[] = [];
  for (const arg of args) {
    if (arg === error) continue;
    if (typeof arg === 'string' || typeof arg === 'number' || typeof arg === 'boolean')
      strings.push(String(arg));
    else if (arg !== undefined) data.push(arg);
  }
  let msg = stripAnsi(strings.length > 0 ? format(...strings) : '')
    .replace(/^\s*[⨯⚠○✓]\s*/u, '')
    .trim();
  if (!msg && error) msg = error.message;
  const fields = data.length > 0 ? { data } : {};
  if (error && (level === 'error' || level === 'warn')) {
    logError(logger, error, msg, { level, fields });
  } else if (error) {
    logger[level]({ ...fields, err: error }, msg);
  } else {
    logger[level](fields, msg);
  }
}

const ROUTED = Symbol.for('accord.log.consoleRouted');

/**
 * Replaces console.log/info/debug/warn/error/trace in this process with logger-backed ones,
 * so a library's stray console call (Next's `⨯` error dumps, a dependency's warning) comes
 * out as a redacted JSON line with the request id. For server processes only: a CLI talks
 * to its user through console.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const store = globalThis as { [ROUTED]?: boolean };
  if (store[ROUTED]) return;
  store[ROUTED] = true;
  const route =
    (level: Level) =>
    (...args: unknown[]) =>
      logConsoleCall(logger, level, args);
  /* eslint-disable no-console -- replacing them is the point */
  console.log = route('info');
  console.info = route('info');
  console.debug = route('debug');
  console.trace = route('debug');
  console.warn = route('warn');
  console.error = route('error');
  /* eslint-enable no-console */
}

/**
 * better-auth's `logger` option: its messages through `logger`, with no colours. Pass it as
 * `betterAuth({ logger: betterAuthLogger(log) })`.
 */
export function betterAuthLogger(logger: Logger) {
  return {
    disableColors: true,
    level: 'warn' as const,
    log(
      level: 'debug' | 'info' | 'success' | 'warn' | 'error',
      message: string,
      ...args: unknown[]
    ) {
      const mapped: Level = level === 'success' ? 'info' : level;
      logConsoleCall(logger.child({ source: 'better-auth' }), mapped, [message, ...args]);
    },
  };
}
