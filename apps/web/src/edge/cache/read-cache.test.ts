import { describe, expect, it } from 'vitest';
import { answerRead, etagOf, toCachedRead } from './http-cache';
import { type CachedRead, ReadCache, readCacheKey } from './read-cache';

function read(body: string): CachedRead {
  const bytes = new TextEncoder().encode(body);
  return { body: bytes, etag: etagOf(bytes), headers: [['content-type', 'application/json']] };
}

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('readCacheKey', () => {
  it('is path + query with the keys sorted, whatever the host', () => {
    expect(readCacheKey('http://a/api/v1/commitments?theme=x&limit=5')).toBe(
      '/api/v1/commitments?limit=5&theme=x',
    );
    expect(readCacheKey('https://b:8443/api/v1/commitments?limit=5&theme=x')).toBe(
      '/api/v1/commitments?limit=5&theme=x',
    );
    expect(readCacheKey('http://a/api/v1/parties')).toBe('/api/v1/parties');
  });

  it('keeps repeated keys in their order and tells different queries apart', () => {
    expect(readCacheKey('http://a/p?party=b&limit=1&party=a')).toBe('/p?limit=1&party=b&party=a');
    expect(readCacheKey('http://a/p?party=a')).not.toBe(readCacheKey('http://a/p?party=b'));
    expect(readCacheKey('http://a/p?input=%7B%22slug%22%3A%22x%22%7D')).toBe(
      readCacheKey('http://a/p?input={"slug":"x"}'),
    );
  });

  it('gives a read as of a past day its own key', () => {
    expect(readCacheKey('http://a/api/v1/commitments?theme=t&asOf=2023-05-20')).not.toBe(
      readCacheKey('http://a/api/v1/commitments?theme=t'),
    );
  });
});

describe('ReadCache', () => {
  it('returns what was stored under the current generation', () => {
    const cache = new ReadCache();
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.set('/a', read('{"a":1}'), cache.generation)).toBe(true);
    expect(new TextDecoder().decode(cache.get('/a')!.body)).toBe('{"a":1}');
    expect(cache.size).toBe(1);
  });

  it('drops the least recently used entry beyond maxEntries', () => {
    const cache = new ReadCache({ maxEntries: 2 });
    const gen = cache.generation;
    cache.set('/a', read('a'), gen);
    cache.set('/b', read('b'), gen);
    cache.get('/a'); // /b is now the least recently used
    cache.set('/c', read('c'), gen);
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('keeps the total bytes under maxBytes and refuses a body larger than maxEntryBytes', () => {
    const cache = new ReadCache({ maxBytes: 4000, maxEntryBytes: 2500 });
    const gen = cache.generation;
    const kb = (c: string) => read(c.repeat(1000));
    cache.set('/a', kb('a'), gen);
    cache.set('/b', kb('b'), gen);
    expect(cache.size).toBe(2);
    cache.set('/c', kb('c'), gen); // 3 × ~1.5 kB > 4000: /a goes
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.totalBytes).toBeLessThanOrEqual(4000);
    expect(cache.set('/big', read('x'.repeat(3000)), gen)).toBe(false);
    expect(cache.get('/big')).toBeUndefined();
    expect(cache.get('/c')).toBeDefined();
  });

  it('counts a replaced entry once', () => {
    const cache = new ReadCache();
    cache.set('/a', read('x'.repeat(100)), 0);
    const bytes = cache.totalBytes;
    cache.set('/a', read('y'.repeat(100)), 0);
    expect(cache.totalBytes).toBe(bytes);
    expect(cache.size).toBe(1);
  });

  it('forgets an entry after ttlMs', () => {
    const time = clock(1000);
    const cache = new ReadCache({ ttlMs: 60_000, now: time.now });
    cache.set('/a', read('a'), cache.generation);
    time.advance(59_999);
    expect(cache.get('/a')).toBeDefined();
    time.advance(1);
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.totalBytes).toBe(0);
  });

  it('empties on invalidate', () => {
    const cache = new ReadCache();
    cache.set('/a', read('a'), cache.generation);
    cache.invalidate();
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.totalBytes).toBe(0);
  });

  it('refuses an answer produced across an invalidation (a publish during the read)', () => {
    const cache = new ReadCache();
    const before = cache.generation; // the read starts
    cache.invalidate(); // a publish commits while it runs
    expect(cache.set('/a', read('old'), before)).toBe(false);
    expect(cache.get('/a')).toBeUndefined();
    // A read that starts after the publish is stored.
    expect(cache.set('/a', read('new'), cache.generation)).toBe(true);
    expect(new TextDecoder().decode(cache.get('/a')!.body)).toBe('new');
  });
});

describe('answerRead', () => {
  it('answers a cached read with the same bytes, ETag and headers as a fresh one', async () => {
    const fresh = await toCachedRead(
      new Response('{"a":1}', {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'X-Data-As-Of': 'now' },
      }),
    );
    const res = answerRead(new Request('http://x/a'), fresh);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(etagOf('{"a":1}'));
    expect(res.headers.get('x-data-as-of')).toBe('now');
    expect(res.headers.get('cache-control')).toContain('public');
    expect(await res.text()).toBe('{"a":1}');
    // Consuming one answer leaves the cached bytes intact for the next.
    expect(await answerRead(new Request('http://x/a'), fresh).text()).toBe('{"a":1}');
  });

  it('answers If-None-Match with 304 and HEAD without a body', async () => {
    const cached = read('{"a":1}');
    const conditional = new Request('http://x/a', { headers: { 'If-None-Match': cached.etag } });
    const notModified = answerRead(conditional, cached);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(cached.etag);
    expect(await notModified.text()).toBe('');
    const head = answerRead(new Request('http://x/a', { method: 'HEAD' }), cached);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
