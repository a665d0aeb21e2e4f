import { createServer, type Server } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseTimeoutError, isDatabaseUnavailable, withDeadline } from './errors';
import { DataDirLockedError } from './lock';

/** A port on 127.0.0.1 that nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A server that accepts connections and never answers, like a host that hangs. */
async function silentServer(): Promise<{ server: Server; port: number }> {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

function pgError(code: string): Error {
  return Object.assign(new Error(`server said ${code}`), { code, severity: 'FATAL' });
}

/** How drizzle, then better-auth or tRPC, wrap the driver's error. */
function wrapped(inner: unknown): Error {
  const drizzle = new Error('Failed query: select 1', { cause: inner });
  return new Error('INTERNAL_SERVER_ERROR', { cause: drizzle });
}

describe('isDatabaseUnavailable', () => {
  const clients: postgres.Sql[] = [];
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end({ timeout: 1 })));
    for (const s of servers) s.close();
  });

  it('is true for a query to a PostgreSQL port nobody listens on (real postgres.js error)', async () => {
    const client = postgres(`postgres://u@127.0.0.1:${await closedPort()}/x`, {
      // Far above the bound below, so that a loaded machine cannot blur "failed at once"
      // with "waited out the timeout".
      connect_timeout: 20,
      onnotice: () => {},
    });
    clients.push(client);
    const db = drizzlePostgres({ client });
    const started = Date.now();
    const error: unknown = await db.execute(sql`select 1`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    // A refused connection fails at once; it does not wait out connect_timeout.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('is true for a server that accepts but never answers, after connect_timeout', async () => {
    const { server, port } = await silentServer();
    servers.push(server);
    const client = postgres(`postgres://u@127.0.0.1:${port}/x`, {
      connect_timeout: 1,
      onnotice: () => {},
    });
    clients.push(client);
    const error: unknown = await client`select 1`.then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe('CONNECT_TIMEOUT');
    expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
  });

  it.each([
    '57P01',
    '57P02',
    '57P03',
    '53300',
    '28P01',
    '28000',
    '08000',
    '08003',
    '08006',
    '08001',
  ])('is true for SQLSTATE %s, however deeply wrapped', (code) => {
    expect(isDatabaseUnavailable(pgError(code))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(pgError(code)))).toBe(true);
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'CONNECTION_CLOSED'])(
    'is true for the connection error %s',
    (code) => {
      expect(isDatabaseUnavailable(wrapped(Object.assign(new Error(code), { code })))).toBe(true);
    },
  );

  it('is true for an AggregateError of refused connections (a host with two addresses)', () => {
    const refused = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    const error = new AggregateError([refused('::1:5432'), refused('127.0.0.1:5432')]);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('is true for an embedded data dir that another process holds (until it lets go)', () => {
    const error = new DataDirLockedError('/srv/accord/.data/pglite', 4242);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
  });

  it('is true for a deadline that passed', () => {
    expect(isDatabaseUnavailable(wrapped(new DatabaseTimeoutError(1000)))).toBe(true);
  });

  it.each(['23505', '23503', '42P01', '42601', '40001', '22P02', 'P0001'])(
    'is false for SQLSTATE %s, which is about the query, not the connection',
    (code) => {
      expect(isDatabaseUnavailable(wrapped(pgError(code)))).toBe(false);
    },
  );

  it('is false for a real query error from PGlite', async () => {
    const client = await PGlite.create();
    try {
      const error: unknown = await drizzlePglite({ client })
        .execute(sql`select * from no_such_table`)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).not.toBeNull();
      expect(isDatabaseUnavailable(error)).toBe(false);
    } finally {
      await client.close();
    }
  });

  it('is false for plain errors, non-errors and cycles', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable({ code: 404 })).toBe(false);
    const a: { cause?: unknown } = {};
    a.cause = { cause: a };
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('withDeadline', () => {
  it('passes the result through when the work is quick', async () => {
    await expect(withDeadline(Promise.resolve(42), 100)).resolves.toBe(42);
  });

  it('rejects with DatabaseTimeoutError when the work takes longer', async () => {
    const started = Date.now();
    const never = new Promise<never>(() => {});
    await expect(withDeadline(never, 50)).rejects.toBeInstanceOf(DatabaseTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
