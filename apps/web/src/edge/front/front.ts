import type {
  IncomingHttpHeaders,
  IncomingMessage,
  OutgoingHttpHeaders,
  ServerResponse,
} from 'node:http';
import { matchesIfNoneMatch } from '../cache/http-cache';
import { clientKeyFrom, PEER_ADDRESS_HEADER } from '../cache/rate-limit';
import { type CachedRead, ReadCache } from '../cache/read-cache';
import { NEXT_CACHE_HEADER, REVALIDATE_HEADER } from '../next-internals';
import { existingRateLimit, registerFrontCache } from './registry';

/**
 * The front of the web server: a response cache in the same process as Next, in front of its
 * request handler. Next spends 2–10 ms of CPU on every request, even one it answers from its
 * own cache; an anonymous reader's page or API read that was already answered is sent from
 * here instead, for a map lookup and a socket write.
 *
 * It behaves like a shared HTTP cache (the nginx micro-cache in bench/nginx/accord.conf)
 * that the app can purge:
 * - Only GET and HEAD requests with no Cookie and no Authorization header are answered or
 *   stored, never Next's own re-render requests, never /admin, /api/auth or /sign-in.
 * - Only a complete 200 is stored, and only when its Cache-Control lets a shared cache keep
 *   it (public or s-maxage, fresh for at least the cache's lifetime; not private, no-store or
 *   no-cache), it sets no cookie, it is not Next's stale copy (x-nextjs-cache: STALE), and it
 *   varies on nothing outside the key.
 * - The key is the request target plus every header an answer here varies on (Next's router
 *   headers, tRPC's, Accept), the Host and X-Forwarded-Proto that feeds build links from, and
 *   the exact Accept-Encoding, so a stored gzip body only goes to a request that asked the
 *   same way.
 * - Every publish empties it (publicDataChanged calls invalidateFrontCache), and an answer
 *   that started before a publish is not stored (the generation check of ReadCache).
 * - An answer to a request with a cookie or Authorization that says nothing about caching
 *   (better-auth's JSON, for one) gets `private, no-store`: what a signed-in user is sent is
 *   kept nowhere unless its handler said it may be.
 * - Every request, cached or not, reaches Next with the socket's peer address in a private
 *   header (PEER_ADDRESS_HEADER), whatever the client sent under that name: the rate limit
 *   keys on it (clientKeyOf in edge/cache/rate-limit.ts).
 * - An answer that Next rate-limited (it carries RateLimit-Policy) takes from the same
 *   per-client limiter on a hit; a client over its limit is handed to Next, which answers the
 *   429 in the right shape.
 * - A hit answers If-None-Match with a 304 from the stored ETag.
 * - Concurrent misses for one key are collapsed: the first goes to Next, the others wait up
 *   to `collapseMs` for its answer (nginx's proxy_cache_lock).
 */

/** Request headers the key carries besides Accept-Encoding: all an answer may vary on. */
export const KEYED_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'trpc-accept',
  'accept',
] as const;

/**
 * Request headers the key carries because answers build absolute links from them when
 * ACCORD_BASE_URL is unset (feeds and exports: originOf in packages/api/src/rest/publish.ts),
 * though they do not say so in Vary.
 */
const ORIGIN_HEADERS = ['host', 'x-forwarded-proto'] as const;

/** Every request header the key carries after Accept-Encoding, built once. */
const KEY_HEADERS: readonly string[] = [...ORIGIN_HEADERS, ...KEYED_HEADERS];

/** Headers that describe the body, left out of a 304 (RFC 9110 §15.4.5). */
const BODY_HEADERS = new Set([
  'content-disposition',
  'content-encoding',
  'content-language',
  'content-length',
  'content-range',
  'content-type',
]);

/** Vary entries that are safe because requests with them are never stored or served. */
const UNSTORED_VARY = ['cookie', 'authorization', 'accept-encoding'];

/** Paths whose answers are never cached, whatever they say (signed-in areas and auth). */
const NEVER_CACHED = /^\/(?:admin|sign-in|api\/auth)(?:[/?#]|$)/;

/** Headers of an answer that describe the connection or this send, not the resource. */
const NOT_STORED = new Set([
  'connection',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
]);

/** What is stored per answer: the body and ETag, and the headers to send with them. */
export interface FrontEntry extends CachedRead {
  /** Headers for a 200 (Content-Length included), ready for writeHead. */
  ok: OutgoingHttpHeaders;
  /** Headers for a 304: the same without the body's own. */
  notModified: OutgoingHttpHeaders;
  /** Whether Next rate-limited the answer, so a hit must too. */
  limited: boolean;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** One value of a request header as a string (Node joins repeats of most headers itself). */
function headerOf(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/**
 * Records the socket's peer address in the private header Next's rate limit reads, replacing
 * any value the client sent under that name (Node lowercases the names, so every spelling).
 */
export function setPeerAddress(req: IncomingMessage): void {
  const address = req.socket.remoteAddress;
  if (address) req.headers[PEER_ADDRESS_HEADER] = address;
  else delete req.headers[PEER_ADDRESS_HEADER];
}

/** Cache-Control for an answer to a credentialed request that set none itself. */
export const CREDENTIALED_DEFAULT = 'private, no-store';

/** Whether a request carries credentials: a cookie (a session's, perhaps) or Authorization. */
function isCredentialed(req: IncomingMessage): boolean {
  return req.headers.cookie !== undefined || req.headers.authorization !== undefined;
}

/** Whether headers handed to writeHead (an object or a flat or nested list) set Cache-Control. */
function setsCacheControl(headers: unknown): boolean {
  if (Array.isArray(headers)) {
    const flat: unknown[] = Array.isArray(headers[0]) ? (headers as unknown[][]).flat() : headers;
    return flat.some((v, i) => i % 2 === 0 && String(v).toLowerCase() === 'cache-control');
  }
  if (!headers || typeof headers !== 'object') return false;
  return Object.keys(headers).some((name) => name.toLowerCase() === 'cache-control');
}

/**
 * Makes `res` say `private, no-store` if it is about to send its headers without any
 * Cache-Control. Node's implicit headers (a plain end()) go through writeHead too.
 */
export function defaultToPrivate(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = (...args: unknown[]) => {
    const headers = typeof args[1] === 'string' ? args[2] : args[1];
    if (!res.hasHeader('cache-control') && !setsCacheControl(headers)) {
      res.setHeader('cache-control', CREDENTIALED_DEFAULT);
    }
    return writeHead(...args);
  };
}

/** Whether a request may be answered from, or stored in, the cache. */
export function isCacheableRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (isCredentialed(req)) return false;
  const { headers } = req;
  // Next's on-demand re-render (edge/rerender.ts) must reach Next, and ranges are Next's.
  if (headers[REVALIDATE_HEADER] !== undefined || headers.range !== undefined) return false;
  return !NEVER_CACHED.test(req.url ?? '');
}

/** The cache key of a cacheable request. */
export function frontKey(req: IncomingMessage): string {
  let key = `${req.url ?? ''}\n${headerOf(req.headers, 'accept-encoding').replaceAll(' ', '').toLowerCase()}`;
  for (const name of KEY_HEADERS) key += `\n${headerOf(req.headers, name)}`;
  return key;
}

/** Cache-Control directives, lowercased, with their values ('' for a bare directive). */
function directives(cacheControl: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of cacheControl.split(',')) {
    const [name, value = ''] = part.split('=', 2).map((s) => s.trim().toLowerCase());
    if (name) found.set(name, value.replace(/^"|"$/g, ''));
  }
  return found;
}

/**
 * Whether an answer may be stored for `minFreshSeconds`: see the rules at the top. `headers`
 * are the answer's, with lowercased names.
 */
export function isStorable(
  status: number,
  headers: OutgoingHttpHeaders,
  minFreshSeconds: number,
): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false;
  if (String(headers[NEXT_CACHE_HEADER] ?? '').toUpperCase() === 'STALE') return false;
  const cc = directives(String(headers['cache-control'] ?? ''));
  if (cc.has('private') || cc.has('no-store') || cc.has('no-cache')) return false;
  const fresh = Number(cc.get('s-maxage') ?? (cc.has('public') ? cc.get('max-age') : undefined));
  if (!(fresh >= minFreshSeconds)) return false;
  const vary = String(headers.vary ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v.length > 0);
  const keyed: readonly string[] = KEYED_HEADERS;
  return vary.every((v) => keyed.includes(v) || UNSTORED_VARY.includes(v));
}

/** The entry for a stored answer. */
export function toFrontEntry(headers: OutgoingHttpHeaders, body: Buffer): FrontEntry {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name)) continue;
    kept.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
  }
  const etag = typeof headers.etag === 'string' ? headers.etag : '';
  const notModified: OutgoingHttpHeaders = {};
  for (const [name, value] of kept) {
    if (!BODY_HEADERS.has(name)) notModified[name] = value;
  }
  if (etag) notModified.etag = etag;
  const ok: OutgoingHttpHeaders = { ...Object.fromEntries(kept), 'content-length': body.length };
  if (etag) ok.etag = etag;
  return {
    body,
    etag,
    headers: kept,
    ok,
    notModified,
    limited: kept.some(([name]) => name === 'ratelimit-policy'),
  };
}

/**
 * Records what Next sends on `res` (status, headers, body bytes as they go on the wire,
 * compressed if Next compressed them) and calls `done` once the answer has been sent
 * completely: with null if it was cut off or grew past `maxBytes`.
 */
export function recordAnswer(
  res: ServerResponse,
  maxBytes: number,
  done: (answer: { status: number; headers: OutgoingHttpHeaders; body: Buffer } | null) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array); // a copy: the caller may reuse its buffer
    size += bytes.length;
    if (size > maxBytes) {
      tooBig = true;
      chunks.length = 0;
    } else chunks.push(bytes);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
  // Headers handed to writeHead directly are not visible to getHeaders(): set them first.
  res.writeHead = (status: number, ...rest: unknown[]) => {
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
    const headers: unknown = reason === undefined ? rest[0] : rest[1];
    if (Array.isArray(headers)) {
      const flat: unknown[] = Array.isArray(headers[0]) ? (headers as unknown[][]).flat() : headers;
      for (let i = 0; i + 1 < flat.length; i += 2)
        res.appendHeader(String(flat[i]), String(flat[i + 1]));
    } else if (headers && typeof headers === 'object') {
      for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
        if (value !== undefined) res.setHeader(name, value);
      }
    }
    return reason === undefined ? writeHead(status) : writeHead(status, reason);
  };
  res.once('finish', () =>
    done(
      tooBig
        ? null
        : { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) },
    ),
  );
  res.once('close', () => {
    if (!res.writableFinished) done(null);
  });
}

export interface FrontOptions {
  /** Next's request handler (or any handler) for everything the cache does not answer. */
  next: RequestHandler;
  cache?: ReadCache<FrontEntry>;
  /**
   * How long a request waits for another one already asking Next for the same key, before it
   * asks Next itself (nginx's proxy_cache_lock_timeout).
   */
  collapseMs?: number;
}

export interface Front {
  handle: RequestHandler;
  cache: ReadCache<FrontEntry>;
}

/** Waits for `pending`, or `ms` at most. */
function within(pending: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}

/** The front's request handler; its cache is registered so publishes empty it. */
export function createFront(options: FrontOptions): Front {
  const cache = options.cache ?? new ReadCache<FrontEntry>();
  registerFrontCache(cache);
  const minFreshSeconds = Math.ceil(cache.ttlMs / 1000);
  const collapseMs = options.collapseMs ?? 3000;
  /** Keys some GET is asking Next for now: the same request meanwhile waits for its answer. */
  const asking = new Map<string, Promise<void>>();

  const serveHit = (req: IncomingMessage, res: ServerResponse, entry: FrontEntry): boolean => {
    if (entry.limited) {
      const shared = existingRateLimit();
      if (!shared) return false;
      const key = clientKeyFrom(
        headerOf(req.headers, 'x-forwarded-for'),
        headerOf(req.headers, PEER_ADDRESS_HEADER),
        shared.trustedProxies,
      );
      // Over the limit: Next takes from the same bucket again and answers the 429 itself.
      if (!shared.limiter.take(key).allowed) return false;
    }
    if (entry.etag && matchesIfNoneMatch(headerOf(req.headers, 'if-none-match'), entry.etag)) {
      res.writeHead(304, entry.notModified);
      res.end();
    } else {
      res.writeHead(200, entry.ok);
      res.end(req.method === 'HEAD' ? undefined : entry.body);
    }
    return true;
  };

  /** Hands a GET to Next and stores its answer if it may be. */
  const askNext = (req: IncomingMessage, res: ServerResponse, key: string) => {
    // Captured before Next starts: a publish while it answers makes the answer stale.
    const generation = cache.generation;
    let answered!: () => void;
    asking.set(key, new Promise<void>((resolve) => (answered = resolve)));
    recordAnswer(res, cache.maxEntryBytes, (answer) => {
      if (answer && isStorable(answer.status, answer.headers, minFreshSeconds)) {
        cache.set(key, toFrontEntry(answer.headers, answer.body), generation);
      }
      asking.delete(key);
      answered();
    });
    return options.next(req, res);
  };

  const handle: RequestHandler = async (req, res) => {
    // Only origin-form targets ("/path"): browsers send nothing else to an origin server, and
    // Next answers an absolute-form one ("GET http://evil.example/x") with a redirect there.
    if (!req.url?.startsWith('/')) {
      res.writeHead(400, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end('The request target must be a path.');
      return;
    }
    setPeerAddress(req);
    if (isCredentialed(req)) defaultToPrivate(res);
    if (!isCacheableRequest(req)) return options.next(req, res);
    const key = frontKey(req);
    const hit = cache.get(key);
    if (hit && serveHit(req, res, hit)) return;
    const pending = hit ? undefined : asking.get(key);
    if (pending) {
      // A burst of misses (a cold start, or every reader right after a publish) costs Next
      // one render per page, not one per reader.
      await within(pending, collapseMs);
      if (req.destroyed) return;
      const now = cache.get(key);
      if (now && serveHit(req, res, now)) return;
    }
    if (req.method === 'GET' && !asking.has(key)) return askNext(req, res, key);
    return options.next(req, res);
  };
  return { handle, cache };
}
