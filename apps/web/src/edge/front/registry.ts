import type { RateLimiter } from '../cache/rate-limit';

/**
 * What the front server (front.ts) and Next's route bundles share in one process. Every
 * route bundle carries its own copy of each module, so shared state lives on globalThis
 * under these keys. This module imports nothing at run time: the front server bundles it
 * without Next, the route bundles import it without `server-only` objecting.
 */
const FRONT_CACHE = Symbol.for('accord.frontCache');
const RATE_LIMIT = Symbol.for('accord.rateLimit');

/** The per-client limit on public reads, and how many proxies' X-Forwarded-For entries to skip. */
export interface SharedRateLimit {
  limiter: RateLimiter;
  trustedProxies: number;
}

interface Invalidatable {
  invalidate(): void;
}

type Store = { [FRONT_CACHE]?: Invalidatable; [RATE_LIMIT]?: SharedRateLimit };
const store = globalThis as Store;

/** The front server registers its response cache so publishes can empty it. */
export function registerFrontCache(cache: Invalidatable): void {
  store[FRONT_CACHE] = cache;
}

/** Drops every answer the front server holds (no-op under `next start` or `next dev`). */
export function invalidateFrontCache(): void {
  store[FRONT_CACHE]?.invalidate();
}

/** The process's rate limit, created by the first public read Next handles. */
export function sharedRateLimit(create: () => SharedRateLimit): SharedRateLimit {
  store[RATE_LIMIT] ??= create();
  return store[RATE_LIMIT];
}

/** The rate limit if a public read has created it yet (the front server never creates it). */
export function existingRateLimit(): SharedRateLimit | undefined {
  return store[RATE_LIMIT];
}
