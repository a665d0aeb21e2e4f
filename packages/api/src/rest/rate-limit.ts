/**
 * Per-client rate limiting for public reads: a token bucket per client key. Each client may
 * burst up to `burst` requests, then gets `perMinute` more per minute, spread evenly. The
 * clock is injected so tests drive it without waiting.
 *
 * Buckets live in this process's memory: with several web instances each one limits on its
 * own, so a client's effective limit is the per-instance limit times the instances a load
 * balancer spreads it over. That is a soft abuse guard, not a quota; hard quotas belong in
 * the load balancer or a shared store.
 */
export interface RateLimitOptions {
  burst: number;
  perMinute: number;
  /** Milliseconds since some epoch; Date.now by default. */
  now?: () => number;
  /** Buckets kept at most; beyond it, refilled (idle) buckets are dropped first. */
  maxClients?: number;
}

export type RateLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly burst: number;
  readonly perMinute: number;
  private readonly now: () => number;
  private readonly maxClients: number;
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions) {
    if (!(options.burst >= 1) || !(options.perMinute > 0)) {
      throw new Error('A rate limit needs burst >= 1 and perMinute > 0');
    }
    this.burst = options.burst;
    this.perMinute = options.perMinute;
    this.now = options.now ?? Date.now;
    this.maxClients = options.maxClients ?? 50_000;
  }

  /** Takes one request from `key`'s bucket, or says how long until one is available. */
  take(key: string): RateLimitDecision {
    const now = this.now();
    const perMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
      };
    }
    this.buckets.delete(key); // re-insert: Map order becomes least recently used first
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxClients) this.evict();
    return { allowed: true, remaining: Math.floor(tokens - 1) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(): void {
    // Oldest first; a bucket idle long enough to be full again loses nothing by going.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxClients) break;
      this.buckets.delete(key);
    }
  }
}

/**
 * The key a request is limited by: the client's address from X-Forwarded-For.
 *
 * Next.js sets X-Forwarded-For to the socket's address only when the request has none, and
 * route handlers cannot see the socket, so a client talking to Next directly can choose its
 * own key. Behind `trustedProxies` reverse proxies that each append the address they were
 * called from, the last `trustedProxies` entries were written by them and the one before
 * the proxies' own is the client: with 1 proxy, the last entry. Entries further left were
 * sent by the client and are ignored. With 0 (nothing in front of Next) the last entry is
 * used as it comes, so production should run behind a proxy with ACCORD_TRUSTED_PROXIES=1.
 */
export function clientKeyOf(headers: Headers, trustedProxies: number): string {
  return clientKeyFrom(headers.get('x-forwarded-for'), trustedProxies);
}

/** clientKeyOf from the X-Forwarded-For value itself (for callers holding raw Node headers). */
export function clientKeyFrom(
  forwardedFor: string | null | undefined,
  trustedProxies: number,
): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  if (entries.length === 0) return 'unknown';
  const index = Math.max(0, entries.length - Math.max(1, trustedProxies));
  return entries[index]!.toLowerCase();
}
