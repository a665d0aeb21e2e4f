import { type Database } from '@accord/db';
import superjson, { type SuperJSONResult } from 'superjson';
import { describe, expect, it } from 'vitest';
import { handleTrpcRequest, MAX_BATCH_SIZE } from './index';
import { SEED, useTestDb } from './testing/helpers';

const db = useTestDb();

interface ErrorBody {
  error: {
    message: string;
    code: number;
    data: {
      code: string;
      httpStatus: number;
      path: string | null;
      fieldErrors: { path: string[]; message: string }[] | null;
      conflict: unknown;
    };
  };
}

/** One call's answer with its superjson envelope removed: `data` and `error` as sent. */
function unwrap(envelope: unknown): unknown {
  const { result, error } = envelope as { result?: { data: unknown }; error?: unknown };
  if (result) return { result: { data: superjson.deserialize(result.data as SuperJSONResult) } };
  if (error) return { error: superjson.deserialize(error as SuperJSONResult) };
  return envelope;
}

/**
 * Sends a GET through the same handler the web app mounts at /api/trpc, with the input
 * in superjson's wire format; `body` is the answer unwrapped, `text` exactly as sent.
 */
async function get(path: string, input?: unknown, database: Database = db.db) {
  const query =
    input === undefined
      ? ''
      : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return send(`${path}${query}`, database);
}

async function send(pathAndQuery: string, database: Database = db.db) {
  const response = await handleTrpcRequest(
    new Request(`http://localhost/api/trpc/${pathAndQuery}`),
    { getDb: () => Promise.resolve(database), getViewer: () => Promise.resolve(null) },
  );
  const text = await response.text();
  const wire = JSON.parse(text) as unknown;
  return {
    status: response.status,
    text,
    wire,
    body: Array.isArray(wire) ? wire.map(unwrap) : unwrap(wire),
  };
}

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  }
  return [];
}

function expectNoInternals(text: string, body: unknown) {
  expect(keysOf(body)).not.toContain('stack');
  expect(text).not.toMatch(/\bat [^\n]*\(?[^\s]+:\d+:\d+\)?/);
  expect(text).not.toMatch(/node_modules|\.ts:\d+/);
}

describe('HTTP error shape', () => {
  it('answers a valid request with 200 and data', async () => {
    const { status, body } = await get('commitment.list', { limit: 1 });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      result: {
        data: { items: [expect.objectContaining({ slug: 'strengthen-japan-us-alliance' })] },
      },
    });
  });

  it('sends timestamps as ISO strings tagged as dates, so typed clients get Date objects', async () => {
    const { status, wire, body } = await get('commitment.list', { limit: 1 });
    expect(status).toBe(200);
    const data = (wire as { result: { data: { json: unknown; meta?: unknown } } }).result.data;
    expect(data.json).toMatchObject({
      items: [{ updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown }],
    });
    expect(data.meta).toMatchObject({ values: { 'items.0.updatedAt': ['Date'] } });
    const { items } = (body as { result: { data: { items: { updatedAt: unknown }[] } } }).result
      .data;
    expect(items[0]?.updatedAt).toBeInstanceOf(Date);
  });

  it('answers limit 0 with 400, a readable message and field errors, and no stack', async () => {
    const { status, text, body } = await get('commitment.list', { limit: 0 });
    expect(status).toBe(400);
    const { error } = body as ErrorBody;
    expect(error.message.startsWith('Invalid input')).toBe(true);
    expect(error.message).toContain('limit');
    expect(error.data.code).toBe('BAD_REQUEST');
    expect(error.data.httpStatus).toBe(400);
    expect(error.data.path).toBe('commitment.list');
    expect(error.data.fieldErrors).not.toBeNull();
    expect(error.data.fieldErrors?.map((f) => f.path)).toContainEqual(['limit']);
    for (const field of error.data.fieldErrors ?? [])
      expect(field.message.length).toBeGreaterThan(0);
    expect(Object.keys(error.data).sort()).toEqual([
      'code',
      'conflict',
      'fieldErrors',
      'httpStatus',
      'path',
    ]);
    expectNoInternals(text, body);
  });

  it('names every bad field: limit 101 and a malformed cursor', async () => {
    const { status, text, body } = await get('commitment.list', { limit: 101, cursor: 'garbage' });
    expect(status).toBe(400);
    const { error } = body as ErrorBody;
    expect(error.message).toMatch(
      /^Invalid input: .*limit: .*cursor: |^Invalid input: .*cursor: .*limit: /,
    );
    expect(error.data.fieldErrors?.map((f) => f.path)).toEqual(
      expect.arrayContaining([['limit'], ['cursor']]),
    );
    expectNoInternals(text, body);
  });

  it('answers an unknown key with 400 and no stack', async () => {
    const { status, text, body } = await get('commitment.list', { page: 2 });
    expect(status).toBe(400);
    const { error } = body as ErrorBody;
    expect(error.message).toMatch(/^Invalid input/);
    expect(error.message).toContain('page');
    expectNoInternals(text, body);
  });

  it('answers an unknown slug with 404 and a message naming it, and no stack', async () => {
    const { status, text, body } = await get('commitment.bySlug', { slug: 'no-such-commitment' });
    expect(status).toBe(404);
    const { error } = body as ErrorBody;
    expect(error.message).toBe('No commitment with slug "no-such-commitment".');
    expect(error.data).toEqual({
      code: 'NOT_FOUND',
      httpStatus: 404,
      path: 'commitment.bySlug',
      fieldErrors: null,
      conflict: null,
    });
    expectNoInternals(text, body);
  });

  it('answers an unknown filter slug with 404 naming the field and slug', async () => {
    const { status, text, body } = await get('commitment.list', { theme: 'no-such-theme' });
    expect(status).toBe(404);
    expect((body as ErrorBody).error.message).toBe('theme: no theme with slug "no-such-theme".');
    expectNoInternals(text, body);
  });

  it('answers 404 for each kind of unknown slug', async () => {
    for (const kind of ['theme', 'meeting', 'party', 'source'] as const) {
      const { status, text, body } = await get(`${kind}.bySlug`, { slug: 'nope' });
      expect(status, kind).toBe(404);
      expect((body as ErrorBody).error.message, kind).toBe(`No ${kind} with slug "nope".`);
      expectNoInternals(text, body);
    }
  });

  it('answers an unknown procedure with 404 and no stack', async () => {
    const { status, text, body } = await get('commitment.delete', { slug: SEED.meeting });
    expect(status).toBe(404);
    expectNoInternals(text, body);
  });

  it('hides internal failures behind a generic 500 message', async () => {
    const broken = new Proxy({} as Database, {
      get() {
        throw new Error('connection to 127.0.0.1:5999 refused (password=s3cret-in-error)');
      },
    });
    const { status, text, body } = await get('theme.list', undefined, broken);
    expect(status).toBe(500);
    const { error } = body as ErrorBody;
    expect(error.message).toBe('Something went wrong on our side. Please try again later.');
    expect(error.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', fieldErrors: null });
    expect(text).not.toContain('127.0.0.1:5999');
    expect(text).not.toContain('s3cret-in-error');
    expectNoInternals(text, body);
  });
});

describe('batching over HTTP', () => {
  function batch(size: number) {
    const paths = Array.from({ length: size }, () => 'commitment.list').join(',');
    const input = Object.fromEntries(
      Array.from({ length: size }, (_, i) => [i, superjson.serialize({ limit: 1 })]),
    );
    return send(`${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
  }

  it(`answers a batch of up to ${MAX_BATCH_SIZE} calls`, async () => {
    const { status, body } = await batch(MAX_BATCH_SIZE);
    expect(status).toBe(200);
    expect(body).toHaveLength(MAX_BATCH_SIZE);
  });

  it('refuses a larger batch with 400 before running any of it', async () => {
    const { status, text } = await batch(MAX_BATCH_SIZE + 1);
    expect(status).toBe(400);
    expect(text.toLowerCase()).toContain('batch');
    expect(text).not.toContain('stack');
  });
});
