import { DataDirLockedError } from './lock';

/**
 * Whether an error means "the database cannot be reached right now" (stopped, restarting,
 * unreachable, out of connections) rather than "this query is wrong". Callers answer the
 * first with a 503 and Retry-After: the request may succeed unchanged once the database is
 * back, and nothing about it is the client's fault.
 */

/** Errors of the socket under the driver: the server is down, restarting or unreachable. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** postgres.js's own codes for a connection that could not be made or was lost. */
const DRIVER_CODES = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * SQLSTATEs the server sends while it cannot serve: 57P01 admin_shutdown (a fast stop),
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down), 53300
 * too_many_connections; 28P01 invalid_password and 28000 invalid_authorization_specification
 * (the server refuses this app's login: a rotated password, a pg_hba change; nothing a client
 * did, and the same request succeeds once the operator fixes it); and class 08, connection
 * exceptions.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '28P01', '28000']);

function isUnavailableCode(code: unknown): boolean {
  if (typeof code !== 'string') return false;
  return (
    SOCKET_CODES.has(code) ||
    DRIVER_CODES.has(code) ||
    SQLSTATES.has(code) ||
    /^08[0-9A-Z]{3}$/.test(code)
  );
}

/** How deep to follow `cause` (drizzle, better-auth and tRPC each wrap once). */
const MAX_DEPTH = 8;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): boolean => {
    if (!e || typeof e !== 'object' || depth > MAX_DEPTH || seen.has(e)) return false;
    seen.add(e);
    const { code, cause, errors } = e as Record<string, unknown>;
    if (e instanceof DatabaseTimeoutError) return true;
    // The embedded database's folder is held by another process (a migration, a restore):
    // it is free again when that process ends.
    if (e instanceof DataDirLockedError) return true;
    if (isUnavailableCode(code)) return true;
    // Node reports a failed connect to a host with several addresses as an AggregateError.
    if (Array.isArray(errors) && errors.some((inner) => visit(inner, depth + 1))) return true;
    return visit(cause, depth + 1);
  };
  return visit(error, 0);
}

/** A database call that did not answer within its deadline (see withDeadline). */
export class DatabaseTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`The database did not answer within ${ms} ms.`);
    this.name = 'DatabaseTimeoutError';
  }
}

/** `work`, or a DatabaseTimeoutError if it has not settled after `ms`. */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(ms)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
