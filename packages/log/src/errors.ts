import type { Logger } from 'pino';
import { currentRequest } from './context';

/**
 * Errors, logged once per request with their stack, and during an outage (the same error over
 * and over) in full once per interval with a count of the repeats, instead of 40 times a
 * second. Every request still gets its access-log line with its status and id.
 */
export const REPEAT_INTERVAL_MS = 10_000;
/** Distinct errors tracked at once; past it, the oldest is forgotten. */
const MAX_TRACKED = 200;

interface Repeats {
  /** When it was last logged in full. */
  since: number;
  /** Repeats since then, not yet reported. */
  count: number;
  /** The last request that hit it. */
  lastReqId?: string;
  timer?: NodeJS.Timeout;
}

const STATE = Symbol.for('accord.log.repeats');
const repeats: Map<string, Repeats> = ((globalThis as { [STATE]?: Map<string, Repeats> })[STATE] ??=
  new Map<string, Repeats>());

/** What makes two errors "the same": type, code and message with numbers blanked. */
export function errorSignature(error: unknown): string {
  if (!(error instanceof Error)) return `value:${String(error).slice(0, 200)}`;
  const code = (error as { code?: unknown }).code;
  const codeText = typeof code === 'string' || typeof code === 'number' ? String(code) : '';
  const cause = error.cause instanceof Error ? `<${error.cause.name}:${error.cause.message}` : '';
  return `${error.name}:${codeText}:${error.message}${cause}`.replace(/\d+/g, '#').slice(0, 300);
}

/** An error without stacks: type, message and code, and its causes' (four deep). */
export function errorSummary(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const out: Record<string, unknown> = { type: error.name, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  if (error.cause !== undefined && depth < 4) out.cause = errorSummary(error.cause, depth + 1);
  return out;
}
const summary = errorSummary;

export interface LogErrorOptions {
  level?: 'error' | 'warn' | 'fatal';
  /**
   * false: no stacks, only the messages and codes of the error and its causes (an expected
   * condition, such as the database being away, whose stack says nothing new).
   */
  stack?: boolean;
  /** Fields for the line (never the error's query parameters: those are redacted anyway). */
  fields?: Record<string, unknown>;
  now?: number;
  intervalMs?: number;
}

/**
 * Logs `error` with `msg`: the stack once per request, and the same error at most once per
 * interval in full (with `repeated: N`, the repeats since the last time). Returns whether a
 * line was written now.
 */
export function logError(
  logger: Logger,
  error: unknown,
  msg: string,
  options: LogErrorOptions = {},
): boolean {
  const {
    level = 'error',
    fields = {},
    now = Date.now(),
    intervalMs = REPEAT_INTERVAL_MS,
    stack = true,
  } = options;
  const request = currentRequest();
  const key = `${level}|${msg.slice(0, 100)}|${errorSignature(error)}`;
  const seen = repeats.get(key);
  if (seen && now - seen.since < intervalMs) {
    seen.count++;
    seen.lastReqId = request?.id;
    seen.timer ??= setTimeout(
      () => flush(logger, key, level, msg, error),
      intervalMs - (now - seen.since),
    );
    seen.timer.unref?.();
    return false;
  }
  if (request?.errorLogged) {
    // A second error in one request: no second stack.
    logger[level]({ ...fields, err: summary(error) }, msg);
    return true;
  }
  if (seen?.timer) clearTimeout(seen.timer);
  const repeated = seen?.count ?? 0;
  repeats.delete(key);
  if (repeats.size >= MAX_TRACKED) repeats.delete(repeats.keys().next().value!);
  repeats.set(key, { since: now, count: 0 });
  if (request) request.errorLogged = true;
  logger[level](
    { ...fields, err: stack ? error : summary(error), ...(repeated > 0 ? { repeated } : {}) },
    msg,
  );
  return true;
}

/** At the end of an interval: one line saying how often the error came back meanwhile. */
function flush(
  logger: Logger,
  key: string,
  level: 'error' | 'warn' | 'fatal',
  msg: string,
  error: unknown,
) {
  const seen = repeats.get(key);
  if (!seen) return;
  seen.timer = undefined;
  if (seen.count === 0) return;
  logger[level](
    { err: summary(error), repeated: seen.count, lastReqId: seen.lastReqId },
    `${msg} (repeated ${seen.count} times in ${Math.round(REPEAT_INTERVAL_MS / 1000)} s)`,
  );
  seen.count = 0;
  seen.since = Date.now();
}

/** Forgets every error seen (tests). */
export function resetRepeats(): void {
  for (const seen of repeats.values()) if (seen.timer) clearTimeout(seen.timer);
  repeats.clear();
}
