/**
 * The published-data cache: complete 200 answers of anonymous public reads (REST and public
 * tRPC queries), kept in this process's memory so a repeated read costs no SQL.
 *
 * - Keyed by the normalized URL (path + query, query keys sorted); the host is left out because
 *   no public read's body depends on it.
 * - Bounded: least recently used entries go first once there are more than `maxEntries`
 *   entries or more than `maxBytes` of bodies; a body larger than `maxEntryBytes` is not kept.
 * - Entries live `ttlMs` at most: answers like `overdue` depend on today's date, and writes
 *   made outside this process (another instance, `db:import`) do not reach `invalidate`.
 * - `invalidate()` (called after every change to published data) drops everything and bumps
 *   a generation. An answer is stored only under the generation it started in: a read that
 *   began before a publish and finishes after it may hold the old data, so it is not kept.
 *
 * The cache is per process: with several web instances each has its own, and a publish on
 * one invalidates only that one (the others catch up within `ttlMs`).
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
  generation: number;
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
  private readonly entries = new Map<string, Entry<T>>();
  private bytes = 0;
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
  }

  /** The current generation: capture it before producing an answer, pass it to `set`. */
  get generation(): number {
    return this.gen;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== this.gen || entry.expiresAt <= this.now()) {
      this.remove(key, entry);
      return undefined;
    }
    this.entries.delete(key); // re-insert: Map order is least recently used first
    this.entries.set(key, entry);
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
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, { read, bytes, generation, expiresAt: this.now() + this.ttlMs });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(oldest, entry);
    }
    return true;
  }

  /** Published data changed: drop every entry and refuse answers begun before now. */
  invalidate(): void {
    this.gen += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string, entry: Entry<T>): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
