import { LRUCache } from 'lru-cache';

/**
 * A bounded store of complete answers, for the front server (front/front.ts): its storage is
 * lru-cache's, this adds the byte accounting of an answer, a lifetime per entry and the
 * generation that publishes bump.
 *
 * - Bounded: least recently used entries go first once there are more than `maxEntries`
 *   entries or more than `maxBytes` of bodies; a body larger than `maxEntryBytes` is not kept.
 * - Entries live `ttlMs` at most (answers like `overdue` depend on today's date).
 * - `invalidate()` (edge/invalidate.ts, after every change to published data, in every
 *   process) drops everything and bumps a generation. An answer is stored only under the
 *   generation it started in: a read that began before a publish and finishes after it may
 *   hold the old data, so it is not kept.
 */
export interface ReadCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  ttlMs?: number;
  /** Milliseconds since some epoch; Date.now by default. */
  now?: () => number;
}

/** A stored answer: the body, its ETag and the headers it was sent with. */
export interface CachedRead {
  body: Uint8Array;
  etag: string;
  /** Header pairs, without ETag and Cache-Control (that depends on the request, see answerRead). */
  headers: [string, string][];
}

interface Entry<T> {
  read: T;
  bytes: number;
  expiresAt: number;
}

export const READ_CACHE_DEFAULTS = {
  maxEntries: 2000,
  maxBytes: 32 * 1024 * 1024,
  maxEntryBytes: 4 * 1024 * 1024,
  ttlMs: 60_000,
} as const;

/** Header and key overhead counted per entry on top of its body. */
const ENTRY_OVERHEAD = 512;

/** `/a?b=2&a=1` and `/a?a=1&b=2` are the same read; repeated keys keep their order. */
export function readCacheKey(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  const params = [...parsed.searchParams];
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return query ? `${parsed.pathname}?${query}` : parsed.pathname;
}

/** Any stored answer has at least a body and headers (counted against the bounds). */
export class ReadCache<T extends CachedRead = CachedRead> {
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly ttlMs: number;
  private readonly now: () => number;
  private readonly entries: LRUCache<string, Entry<T>>;
  private gen = 0;

  constructor(options: ReadCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? READ_CACHE_DEFAULTS.maxEntries;
    this.maxBytes = options.maxBytes ?? READ_CACHE_DEFAULTS.maxBytes;
    this.maxEntryBytes = Math.min(
      options.maxEntryBytes ?? READ_CACHE_DEFAULTS.maxEntryBytes,
      this.maxBytes,
    );
    this.ttlMs = options.ttlMs ?? READ_CACHE_DEFAULTS.ttlMs;
    this.now = options.now ?? Date.now;
    this.entries = new LRUCache<string, Entry<T>>({
      max: this.maxEntries,
      maxSize: this.maxBytes,
      maxEntrySize: this.maxEntryBytes,
      sizeCalculation: (entry) => entry.bytes,
    });
  }

  /** The current generation: capture it before producing an answer, pass it to `set`. */
  get generation(): number {
    return this.gen;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.entries.calculatedSize;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.read;
  }

  /**
   * Stores `read` if the cache has not been invalidated since `generation` was captured and
   * the body fits. Returns whether it was stored.
   */
  set(key: string, read: T, generation: number): boolean {
    if (generation !== this.gen) return false;
    const bytes =
      read.body.byteLength +
      key.length +
      ENTRY_OVERHEAD +
      read.headers.reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    if (bytes > this.maxEntryBytes) return false;
    this.entries.set(key, { read, bytes, expiresAt: this.now() + this.ttlMs });
    return true;
  }

  /** Published data changed: drop every entry and refuse answers begun before now. */
  invalidate(): void {
    this.gen += 1;
    this.entries.clear();
  }
}
