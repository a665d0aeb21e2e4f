import { describe, expect, it } from 'vitest';
import { etagOf, matchesIfNoneMatch, withHttpCaching } from './http-cache';

const ok = (body: string) =>
  new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });

describe('etagOf', () => {
  it('is a quoted strong tag that changes with the body', () => {
    expect(etagOf('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagOf('{"a":1}')).toBe(etagOf(new TextEncoder().encode('{"a":1}')));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
  });
});

describe('matchesIfNoneMatch', () => {
  const tag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
    ['', false],
  ])('%s -> %s', (header, expected) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(expected);
  });
  it('is false without the header', () => {
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe('withHttpCaching', () => {
  it('adds ETag and a public Cache-Control to a 200', async () => {
    const res = await withHttpCaching(new Request('http://x/a'), ok('{"a":1}'));
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(etagOf('{"a":1}'));
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(await res.text()).toBe('{"a":1}');
  });

  it('answers a matching If-None-Match with an empty 304 that keeps the validators', async () => {
    const etag = etagOf('{"a":1}');
    const req = new Request('http://x/a', { headers: { 'If-None-Match': etag } });
    const res = await withHttpCaching(req, ok('{"a":1}'));
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('cache-control')).toContain('max-age=60');
    expect(await res.text()).toBe('');
  });

  it('answers a stale If-None-Match with the full body', async () => {
    const req = new Request('http://x/a', { headers: { 'If-None-Match': etagOf('old') } });
    const res = await withHttpCaching(req, ok('{"a":1}'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"a":1}');
  });

  it('keeps responses to credentialed requests out of shared caches', async () => {
    const req = new Request('http://x/a', { headers: { Cookie: 'session=1' } });
    const res = await withHttpCaching(req, ok('{}'));
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(res.headers.get('vary')).toContain('Cookie');
  });

  it('leaves errors and writes alone', async () => {
    const error = new Response('{}', { status: 404 });
    expect(await withHttpCaching(new Request('http://x/a'), error)).toBe(error);
    const post = new Request('http://x/a', { method: 'POST', body: '{}' });
    const res = ok('{}');
    expect(await withHttpCaching(post, res)).toBe(res);
  });
});

describe('withHttpCaching of a read that brings its own ETag (a streamed export)', () => {
  /** A body that never ends on its own, and says whether it was cancelled. */
  function endless() {
    const state = { pulls: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        state.pulls++;
        controller.enqueue(new TextEncoder().encode('row\n'));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    const res = new Response(body, { headers: { ETag: '"own"', 'Content-Type': 'text/csv' } });
    return { res, state };
  }

  it('passes the body through as it comes instead of reading it whole first', async () => {
    const { res: produced } = endless();
    // Reading an endless body whole would never return.
    const res = await withHttpCaching(new Request('http://x/e'), produced);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"own"');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    const reader = res.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('row\n');
    await reader.cancel();
  });

  it('answers a matching If-None-Match with a 304 and cancels the body unread', async () => {
    const { res: produced, state } = endless();
    const req = new Request('http://x/e', { headers: { 'If-None-Match': '"own"' } });
    const res = await withHttpCaching(req, produced);
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe('"own"');
    expect(res.headers.get('content-type')).toBeNull();
    expect(state.cancelled).toBe(true);
  });

  it('answers HEAD with the headers only, and a credentialed request privately', async () => {
    const { res: produced, state } = endless();
    const head = await withHttpCaching(new Request('http://x/e', { method: 'HEAD' }), produced);
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(state.cancelled).toBe(true);
    const { res: again } = endless();
    const req = new Request('http://x/e', { headers: { Authorization: 'Bearer k' } });
    const res = await withHttpCaching(req, again);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    await res.body!.cancel();
  });
});
