import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/**
 * What every log line written while handling one request carries. The production server
 * (apps/web/server.ts) runs each request inside `runWithRequest`; anything it calls, Next's
 * route handlers included, sees the context through AsyncLocalStorage.
 */
export interface RequestContext {
  /** The request's id: sent back as X-Request-Id and on every log line (`reqId`). */
  id: string;
  method: string;
  /** The route pattern (never the raw path), once known. */
  route?: string;
  /** Whether an error has been logged in full for this request (logged once per request). */
  errorLogged?: boolean;
}

/**
 * One store per process: Next bundles its own copy of this module into each route bundle,
 * so the storage lives on globalThis, shared by every copy.
 */
const STORE = Symbol.for('accord.log.requestContext');
type Global = { [STORE]?: AsyncLocalStorage<RequestContext> };
const storage = ((globalThis as Global)[STORE] ??= new AsyncLocalStorage<RequestContext>());

/** Runs `fn` with `context` as the current request's. */
export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The current request's context, if this code runs while handling one. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** The current request's id, if any: for an error page or a 503 body to quote. */
export function requestId(): string | undefined {
  return storage.getStore()?.id;
}

/** A new request id: 16 random bytes, base64url (22 characters). */
export function newRequestId(): string {
  return randomBytes(16).toString('base64url');
}

/** What an incoming X-Request-Id may look like to be kept: short, plain characters. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The id for a request: the incoming X-Request-Id when it comes from a trusted proxy and
 * looks like an id, else a new one.
 */
export function requestIdFor(incoming: string | string[] | undefined, trusted: boolean): string {
  if (trusted && typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming)) return incoming;
  return newRequestId();
}
