import { afterEach, describe, expect, it } from 'vitest';
import { AccordError, apiUrl, createAccordClient } from './index';
import { closedPort, startFakeApi, startServer, type TestServer } from './testing/fake-api';

const updatedAt = new Date('2023-05-18T09:30:00.000Z');
const item = { slug: 'tokyo-startup-hub-with-mit', updatedAt, publishedAt: null };

describe('apiUrl', () => {
  it('puts the API path under the site, keeping any base path', () => {
    expect(apiUrl('http://localhost:3000')).toBe('http://localhost:3000/api/trpc');
    expect(apiUrl('https://example.org/accord/')).toBe('https://example.org/accord/api/trpc');
    expect(apiUrl('https://example.org/api/trpc')).toBe('https://example.org/api/trpc');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => apiUrl('localhost:3000')).toThrow(TypeError);
    expect(() => apiUrl('ftp://example.org')).toThrow(/http/);
  });
});

describe('createAccordClient against a real HTTP server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('returns dates as Date objects', async () => {
    server = await startFakeApi({
      'commitment.list': () => ({ items: [item], nextCursor: null }),
    });
    const page = await createAccordClient({ url: server.url }).commitment.list.query({ limit: 1 });
    expect(page.items[0]?.updatedAt).toBeInstanceOf(Date);
    expect(page.items[0]?.updatedAt.toISOString()).toBe(updatedAt.toISOString());
  });

  it('sends the input in the wire format the server reads', async () => {
    let seen: unknown;
    server = await startFakeApi({
      'commitment.list': (input) => {
        seen = input;
        return { items: [], nextCursor: null };
      },
    });
    await createAccordClient({ url: server.url }).commitment.list.query({
      theme: 'chips',
      limit: 5,
    });
    expect(seen).toEqual({ theme: 'chips', limit: 5 });
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.url).toMatch(/^\/api\/trpc\/commitment\.list\?/);
  });

  it('sends the token as a bearer token, and nothing without one', async () => {
    server = await startFakeApi({ 'theme.list': () => [] });
    await createAccordClient({ url: server.url, token: 's3cret' }).theme.list.query();
    await createAccordClient({ url: server.url }).theme.list.query();
    expect(server.requests[0]?.headers.authorization).toBe('Bearer s3cret');
    expect(server.requests[1]?.headers.authorization).toBeUndefined();
  });

  it('rejects with a typed BAD_REQUEST carrying the field errors', async () => {
    server = await startFakeApi({
      'commitment.list': () => ({
        error: {
          message: 'Invalid input: limit: Too small: expected number to be >=1',
          code: 'BAD_REQUEST',
          httpStatus: 400,
          fieldErrors: [{ path: ['limit'], message: 'Too small: expected number to be >=1' }],
        },
      }),
    });
    const error: unknown = await createAccordClient({ url: server.url })
      .commitment.list.query({ limit: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect(error).toMatchObject({
      name: 'AccordError',
      code: 'BAD_REQUEST',
      httpStatus: 400,
      path: 'commitment.list',
      message: 'Invalid input: limit: Too small: expected number to be >=1',
      fieldErrors: [{ path: ['limit'], message: 'Too small: expected number to be >=1' }],
    });
    expect(server.requests).toHaveLength(1);
  });

  it('rejects with a typed NOT_FOUND', async () => {
    server = await startFakeApi({
      'commitment.bySlug': () => ({
        error: { message: 'No commitment with slug "nope".', code: 'NOT_FOUND', httpStatus: 404 },
      }),
    });
    const error: unknown = await createAccordClient({ url: server.url })
      .commitment.bySlug.query({ slug: 'nope' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404, fieldErrors: null });
  });

  it('keeps every call of a batch separate: one fails, the others succeed', async () => {
    server = await startFakeApi({
      'theme.list': () => [],
      'commitment.bySlug': () => ({
        error: { message: 'No commitment with slug "nope".', code: 'NOT_FOUND', httpStatus: 404 },
      }),
    });
    const client = createAccordClient({ url: server.url });
    const [themes, missing] = await Promise.allSettled([
      client.theme.list.query(),
      client.commitment.bySlug.query({ slug: 'nope' }),
    ]);
    expect(server.requests).toHaveLength(1);
    expect(themes).toEqual({ status: 'fulfilled', value: [] });
    expect(missing.status === 'rejected' && missing.reason).toBeInstanceOf(AccordError);
  });

  it('never sends more calls in one request than the server accepts', async () => {
    server = await startFakeApi({ 'theme.list': () => [] });
    const client = createAccordClient({ url: server.url });
    await Promise.all(Array.from({ length: 25 }, () => client.theme.list.query()));
    expect(server.requests).toHaveLength(3);
  });

  it('retries a read the server answers 503, then returns its data', async () => {
    const api = await startFakeApi({ 'theme.list': () => [{ slug: 'chips' }] });
    let attempts = 0;
    server = await startServer((req, res) => {
      attempts++;
      if (attempts === 1) {
        res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Busy</h1>');
        return;
      }
      void fetch(`${api.url}${req.url}`).then(async (answer) => {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(await answer.text());
      });
    });
    const themes = await createAccordClient({
      url: server.url,
      retry: { baseDelayMs: 5 },
    }).theme.list.query();
    await api.close();
    expect(themes).toEqual([{ slug: 'chips' }]);
    expect(attempts).toBe(2);
  });

  it("turns a proxy's non-JSON error page into a typed error with its status", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    });
    const error: unknown = await createAccordClient({ url: server.url, retry: { retries: 0 } })
      .theme.list.query()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect(error).toMatchObject({ code: 'BAD_GATEWAY', httpStatus: 502 });
    expect((error as Error).message).toContain('502');
  });

  it('reports a server that is down as NETWORK_ERROR, after retrying', async () => {
    const url = await closedPort();
    const error: unknown = await createAccordClient({ url, retry: { baseDelayMs: 5 } })
      .theme.list.query()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', httpStatus: null, fieldErrors: null });
    expect((error as Error).message).toMatch(
      /^Could not reach Accord at http:\/\/127\.0\.0\.1:\d+: /,
    );
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('reports an abort by the caller as CLIENT_CLOSED_REQUEST', async () => {
    const controller = new AbortController();
    // Abort once the request has arrived (and is left unanswered), not after a fixed delay.
    server = await startServer(() => controller.abort());
    const error: unknown = await createAccordClient({ url: server.url })
      .theme.list.query(undefined, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect(error).toMatchObject({ code: 'CLIENT_CLOSED_REQUEST' });
    expect(server.requests).toHaveLength(1);
  });
});
