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
 * A private request header: the address of the peer on the other end of the TCP connection.
 * The front server (apps/web/src/edge/front/front.ts) sets it on every request from the socket and
 * overwrites whatever the client sent under that name, because Next's route handlers cannot
 * see the socket themselves.
 */
export const PEER_ADDRESS_HEADER = 'x-accord-client-address';

/**
 * The key a request is limited by: the client's address.
 *
 * The addresses a request passed through are the X-Forwarded-For entries followed by the
 * peer's own address. Behind `trustedProxies` reverse proxies that each append the address
 * they were called from, the peer and the last `trustedProxies - 1` entries are proxies, and
 * the address before them is the client; entries further left were sent by the client and
 * are ignored. With 0 proxies (nothing in front of the app) the peer is the client, whatever
 * X-Forwarded-For says, so a client cannot get a fresh bucket per request by changing it.
 * With fewer addresses than that, the leftmost one is used.
 *
 * Without the peer header (`next start` or `next dev`, with no front server) Next sets
 * X-Forwarded-For to the socket's address only when the request has none, so its last entry
 * stands in for the peer: a client talking to such a server directly can choose its own key.
 * Production runs the front server (`pnpm start`).
 */
export function clientKeyOf(headers: Headers, trustedProxies: number): string {
  return clientKeyFrom(
    headers.get('x-forwarded-for'),
    headers.get(PEER_ADDRESS_HEADER),
    trustedProxies,
  );
}

/** clientKeyOf from the header values themselves (for callers holding raw Node headers). */
export function clientKeyFrom(
  forwardedFor: string | null | undefined,
  peerAddress: string | null | undefined,
  trustedProxies: number,
): string {
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  const peer = peerAddress?.trim();
  if (peer) chain.push(peer);
  if (chain.length === 0) return 'unknown';
  // Without a peer, the last entry stands in for it (see above): one proxy fewer to skip.
  const proxies = peer ? trustedProxies : Math.max(0, trustedProxies - 1);
  const index = Math.max(0, chain.length - 1 - proxies);
  return normaliseAddress(chain[index]!);
}

/** One spelling per address: lowercase, and IPv4 without its IPv4-mapped IPv6 prefix. */
function normaliseAddress(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}
