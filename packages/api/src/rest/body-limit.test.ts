import { describe, expect, it } from 'vitest';
import { limitBody, readBodyWithin } from './body-limit';

function chunked(parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

function post(
  body: string | ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
): Request {
  return new Request('http://x/api', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  });
}

describe('readBodyWithin', () => {
  it('returns a body at the limit', async () => {
    const body = await readBodyWithin(post('x'.repeat(10)), 10);
    expect(body && new TextDecoder().decode(body)).toBe('x'.repeat(10));
  });

  it('refuses a declared length over the limit without reading', async () => {
    const req = post('small', { 'Content-Length': '1000' });
    expect(await readBodyWithin(req, 10)).toBeNull();
  });

  it('refuses a chunked body once it grows past the limit', async () => {
    expect(await readBodyWithin(post(chunked(['12345', '67890', 'x'])), 10)).toBeNull();
    const ok = await readBodyWithin(post(chunked(['12345', '67890'])), 10);
    expect(ok?.byteLength).toBe(10);
  });
});

describe('limitBody', () => {
  it('passes GET through and gives back a readable copy of a small body', async () => {
    const get = new Request('http://x/api');
    expect(await limitBody(get, 1)).toBe(get);
    const copy = await limitBody(post('{"a":1}', { 'Content-Type': 'application/json' }), 100);
    expect(await copy?.json()).toEqual({ a: 1 });
    expect(copy?.headers.get('content-type')).toBe('application/json');
  });

  it('is null for a body over the limit', async () => {
    expect(await limitBody(post('x'.repeat(11)), 10)).toBeNull();
  });
});
