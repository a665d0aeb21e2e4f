import 'server-only';
import { RateLimiter } from '~/edge/cache/rate-limit';
import { webEnv } from './env';

// One limiter per process, on globalThis so every route bundle shares it.
const LIMITER = Symbol.for('accord.apiKeyLimiter');

/**
 * Takes one request from an API key's allowance (the same burst and per-minute rate as
 * public reads, ACCORD_RATE_LIMIT_BURST and ACCORD_RATE_LIMIT_PER_MINUTE, counted per key
 * rather than per address): 0 when allowed, else the seconds to wait.
 */
export function rateLimitApiKey(keyId: string): number {
  const store = globalThis as { [LIMITER]?: RateLimiter };
  store[LIMITER] ??= new RateLimiter({
    burst: webEnv().ACCORD_RATE_LIMIT_BURST,
    perMinute: webEnv().ACCORD_RATE_LIMIT_PER_MINUTE,
  });
  const decision = store[LIMITER].take(`api-key:${keyId}`);
  return decision.allowed ? 0 : decision.retryAfterSeconds;
}
