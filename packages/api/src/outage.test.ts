import { createServer } from 'node:net';
import { type DbHandle, openDb } from '@accord/db';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import superjson, { type SuperJSONResult } from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNAVAILABLE_MESSAGE } from './errors';
import { createCaller, createContext, handleTrpcRequest, type Viewer } from './index';
import { handleRestRequest } from './rest';
import { EDITOR } from './testing/helpers';

/*
 * The database is down: a real postgres.js client pointed at a port nobody listens on, so
 * every query fails the way it does when PostgreSQL is stopped (ECONNREFUSED).
 */
let down: DbHandle;

beforeAll(async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  down = await openDb({ kind: 'postgres', url: `postgres://accord@127.0.0.1:${port}/accord` });
});

afterAll(() => down.close());

interface TrpcErrorBody {
  error: { message: string; data: { code: string; httpStatus: number } };
}

async function callTrpc(
  path: string,
  init: { method?: 'GET' | 'POST'; input?: unknown; getViewer?: () => Promise<Viewer | null> },
) {
  const query =
    init.method === 'POST' || init.input === undefined
      ? ''
      : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(init.input)))}`;
  const started = Date.now();
  const res = await handleTrpcRequest(
    new Request(`http://localhost/api/trpc/${path}${query}`, {
      method: init.method ?? 'GET',
      ...(init.method === 'POST'
        ? {
            body: JSON.stringify(superjson.serialize(init.input)),
            headers: { 'content-type': 'application/json' },
          }
        : {}),
    }),
    {
      getDb: () => Promise.resolve(down.db),
      getViewer: init.getViewer ?? (() => Promise.resolve(null)),
    },
  );
  const text = await res.text();
  // The wire format is superjson: the error travels as {"json": ...}.
  const envelope = JSON.parse(text) as { error: SuperJSONResult };
  const body = { error: superjson.deserialize<TrpcErrorBody['error']>(envelope.error) };
  return { res, text, body, ms: Date.now() - started };
}

/** A session lookup as better-auth fails it: its own error, the driver's in `cause`. */
async function failingSessionLookup(): Promise<Viewer | null> {
  try {
    await down.db.execute(sql`select 1`);
  } catch (cause) {
    throw new Error('Failed to get session', { cause });
  }
  return EDITOR;
}

describe('while the database is down', () => {
  it('a public tRPC query answers 503 SERVICE_UNAVAILABLE with Retry-After, quickly', async () => {
    const { res, text, body, ms } = await callTrpc('commitment.list', { input: { limit: 5 } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(body.error.data.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.error.message).toBe(UNAVAILABLE_MESSAGE);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
    expect(ms).toBeLessThan(1000);
  });

  it("an editor's save and read answer 503, not 500", async () => {
    const asEditor = () => Promise.resolve(EDITOR);
    const save = await callTrpc('editor.commitment.submit', {
      method: 'POST',
      input: { id: 1, expectedVersion: 1 },
      getViewer: asEditor,
    });
    expect(save.res.status).toBe(503);
    expect(save.body.error.data.code).toBe('SERVICE_UNAVAILABLE');
    const read = await callTrpc('editor.commitment.get', { input: { id: 1 }, getViewer: asEditor });
    expect(read.res.status).toBe(503);
  });

  it("a signed-in editor's session lookup that cannot reach the database answers 503", async () => {
    const { res, body } = await callTrpc('editor.commitment.list', {
      input: {},
      getViewer: failingSessionLookup,
    });
    expect(res.status).toBe(503);
    expect(body.error.data.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('a session lookup that fails for another reason is still a 500', async () => {
    const { res, body } = await callTrpc('editor.commitment.list', {
      input: {},
      getViewer: () => Promise.reject(new Error('the secret is missing')),
    });
    expect(res.status).toBe(500);
    expect(body.error.data.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('a database that cannot be reached when it is opened answers 503', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const res = await handleTrpcRequest(new Request('http://localhost/api/trpc/theme.list'), {
      getDb: () => Promise.reject(refused),
      getViewer: () => Promise.resolve(null),
    });
    expect(res.status).toBe(503);
  });

  it('a server-side caller gets a SERVICE_UNAVAILABLE TRPCError', async () => {
    const caller = createCaller(createContext({ db: down.db }));
    const error: unknown = await caller.theme.list({}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('a REST read answers 503 in the ApiError shape with Retry-After', async () => {
    const started = Date.now();
    const res = await handleRestRequest(new Request('http://accord.test/api/v1/themes'), () =>
      Promise.resolve(down.db),
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { error: { code: string; status: number; message: string } };
    expect(body.error).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      status: 503,
      message: UNAVAILABLE_MESSAGE,
    });
  });
});
