import { loadEnvironment } from '@accord/settings';
import pino, { type Logger, type LoggerOptions } from 'pino';
import { currentRequest } from './context';
import { prettyLine } from './pretty';
import { addSecretsFromEnv, REDACTED, scrub, scrubString } from './redact';
import { type LogLevel, readLogSettings } from './settings';

export type { Logger } from 'pino';

/** Where lines go: stdout (servers, the default) or stderr (a CLI whose stdout is its output). */
export type LogTarget = 'stdout' | 'stderr';

export interface CreateLoggerOptions {
  level?: LogLevel;
  format?: 'json' | 'pretty';
  /** Receives each finished line (a test); else the process's stdout or stderr. */
  write?: (line: string) => void;
  /** Fields on every line of this logger (e.g. `{ name: 'db:export' }`). */
  base?: Record<string, unknown>;
}

/**
 * pino's own path redaction, a second net under scrub(): the usual places a request's
 * credentials sit when a whole request or headers object is logged.
 */
const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.params',
];

/** Shared by every logger this package makes: where the default one writes, and how. */
const OUTPUT = Symbol.for('accord.log.output');
type Output = { target: LogTarget; format?: 'json' | 'pretty' };
const output = ((globalThis as { [OUTPUT]?: Output })[OUTPUT] ??= { target: 'stdout' });

function stream(target: LogTarget): NodeJS.WriteStream {
  return target === 'stderr' ? process.stderr : process.stdout;
}

/** pino options with Accord's redaction, level labels, ISO times and the request id. */
export function loggerOptions(level: LogLevel, base: Record<string, unknown> = {}): LoggerOptions {
  return {
    level,
    base: { pid: process.pid, ...base },
    messageKey: 'msg',
    errorKey: 'err',
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    formatters: {
      level: (label) => ({ level: label }),
      bindings: (bindings) => scrub(bindings) as Record<string, unknown>,
      // Every merged object: secrets by key and by pattern, Errors (and causes) flattened.
      log: (object) => scrub(object) as Record<string, unknown>,
    },
    // scrub() already made errors plain objects; pino's own serializer would see them again.
    serializers: { err: (value: unknown) => value },
    mixin() {
      const request = currentRequest();
      return request ? { reqId: request.id } : {};
    },
    hooks: {
      // The message and any interpolation arguments, which skip formatters.log.
      logMethod(args, method) {
        const clean = args.map((arg, i) =>
          typeof arg === 'string' ? scrubString(arg) : i === 0 ? arg : scrub(arg),
        ) as Parameters<typeof method>;
        method.apply(this, clean);
      },
    },
  };
}

/**
 * A new logger with Accord's redaction. Most code uses the process's `log` instead; this is
 * for tests (`write` collects the lines) and for a tool that wants its own fields.
 */
export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const settings = readLogSettings();
  const level = options.level ?? settings.LOG_LEVEL;
  const write = options.write;
  const fixedFormat = options.format ?? settings.LOG_FORMAT;
  const destination = {
    write(line: string) {
      if (write) {
        write(fixedFormat === 'pretty' ? prettyLine(line) : line);
        return;
      }
      const out = stream(output.target);
      const format = fixedFormat ?? output.format ?? (out.isTTY ? 'pretty' : 'json');
      out.write(format === 'pretty' ? prettyLine(line) : line);
    },
  };
  return pino(loggerOptions(level, options.base), destination);
}

const ROOT = Symbol.for('accord.log.root');
type Root = { [ROOT]?: Logger };

function root(): Logger {
  const store = globalThis as Root;
  if (!store[ROOT]) {
    // The process's own secrets are known before the first line is written.
    // The process's settings, `.env` included: a secret kept only in the file is still one.
    addSecretsFromEnv(loadEnvironment());
    store[ROOT] = createLogger();
  }
  return store[ROOT];
}

/**
 * The process's logger. One per process, shared by every bundle that imports this package
 * (Next bundles a copy per route; the instance lives on globalThis).
 */
export const log: Logger = root();

/**
 * For a command-line tool: lines go to stderr, so the command's own output on stdout stays
 * clean, and a name field says which command wrote them.
 */
export function useStderr(): void {
  output.target = 'stderr';
}
