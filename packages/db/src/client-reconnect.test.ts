import { createServer, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb } from './client';
import { isDatabaseUnavailable } from './errors';

/*
 * A PostgreSQL server just big enough for the driver: it signs every connection in, answers
 * every query with one row `x = 1` (the driver's array-type lookup with none), and on demand
 * ends a connection the way `pg_ctl stop -m fast` does while a query runs: a FATAL 57P01
 * ErrorResponse, then the socket closes.
 */

function message(type: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function int16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
}

function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}

const cstring = (s: string) => Buffer.from(`${s}\0`, 'utf8');

const AUTH_OK = message('R', int32(0));
const BACKEND_KEY = message('K', Buffer.concat([int32(4242), int32(1)]));
const READY = message('Z', Buffer.from('I'));
const PARSE_COMPLETE = message('1');
const BIND_COMPLETE = message('2');
const NO_PARAMETERS = message('t', int16(0));
/** One int4 column named x. */
const ROW_DESCRIPTION = message(
  'T',
  Buffer.concat([
    int16(1),
    cstring('x'),
    int32(0),
    int16(0),
    int32(23),
    int16(4),
    int32(-1),
    int16(0),
  ]),
);
const ROW_ONE = message('D', Buffer.concat([int16(1), int32(1), Buffer.from('1')]));
const ADMIN_SHUTDOWN = message(
  'E',
  Buffer.concat([
    Buffer.from('S'),
    cstring('FATAL'),
    Buffer.from('V'),
    cstring('FATAL'),
    Buffer.from('C'),
    cstring('57P01'),
    Buffer.from('M'),
    cstring('terminating connection due to administrator command'),
    Buffer.from([0]),
  ]),
);

interface FakePostgres {
  server: Server;
  port: number;
  /** The next query is answered with a FATAL 57P01 and its connection closed. */
  killNextQuery(): void;
}

async function fakePostgres(): Promise<FakePostgres> {
  let kill = false;
  const serve = (socket: Socket) => {
    let buffered = Buffer.alloc(0);
    let started = false;
    /** The statement being run is the driver's array-type lookup: answer it with no rows. */
    let typeLookup = false;
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (!started) {
          // StartupMessage: length, protocol, parameters; no type byte.
          if (buffered.length < 4 || buffered.length < buffered.readInt32BE(0)) return;
          buffered = buffered.subarray(buffered.readInt32BE(0));
          started = true;
          socket.write(Buffer.concat([AUTH_OK, BACKEND_KEY, READY]));
          continue;
        }
        if (buffered.length < 5 || buffered.length < 1 + buffered.readInt32BE(1)) return;
        const type = String.fromCharCode(buffered[0]!);
        const body = buffered.subarray(5, 1 + buffered.readInt32BE(1));
        buffered = buffered.subarray(1 + buffered.readInt32BE(1));
        if (kill && (type === 'P' || type === 'B' || type === 'Q')) {
          kill = false;
          socket.end(ADMIN_SHUTDOWN);
          return;
        }
        if (type === 'P') {
          typeLookup = body.toString('utf8').includes('pg_catalog.pg_type');
          socket.write(PARSE_COMPLETE);
        } else if (type === 'D') {
          socket.write(
            body[0] === 'S'.charCodeAt(0)
              ? Buffer.concat([NO_PARAMETERS, ROW_DESCRIPTION])
              : ROW_DESCRIPTION,
          );
        } else if (type === 'B') {
          socket.write(BIND_COMPLETE);
        } else if (type === 'E') {
          const tag = message('C', cstring(typeLookup ? 'SELECT 0' : 'SELECT 1'));
          socket.write(typeLookup ? tag : Buffer.concat([ROW_ONE, tag]));
        } else if (type === 'Q') {
          const tag = message('C', cstring('SELECT 1'));
          socket.write(Buffer.concat([ROW_DESCRIPTION, ROW_ONE, tag, READY]));
        } else if (type === 'S') {
          socket.write(READY);
        } else if (type === 'X') {
          socket.end();
          return;
        }
      }
    });
  };
  const server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as { port: number }).port,
    killNextQuery: () => {
      kill = true;
    },
  };
}

describe('a PostgreSQL connection ended while its query runs', () => {
  const handles: DbHandle[] = [];
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    for (const s of servers) s.close();
  });

  // postgres.js 3.4.9 kept the ended backend's ErrorResponse and query after the socket
  // closed, and the next connection's first ReadyForQuery rejected the next query with them:
  // after a PostgreSQL restart every connection that had a query in flight at the stop
  // failed its first query with the old 57P01, a 503 after readiness said 200.
  // patches/postgres@3.4.9.patch drops them when the socket closes.
  it('fails that query only: the next one, on a new connection, succeeds', async () => {
    const pg = await fakePostgres();
    servers.push(pg.server);
    const handle = await openDb({
      kind: 'postgres',
      url: `postgres://accord@127.0.0.1:${pg.port}/accord`,
      max: 1,
    });
    handles.push(handle);
    // postgres.js answers a row list (this test only opens PostgreSQL).
    const selectOne = async (): Promise<unknown[]> => {
      const rows: unknown = await handle.db.execute(sql`select 1 as x`);
      return [...(rows as Iterable<unknown>)];
    };

    expect(await selectOne()).toEqual([{ x: 1 }]);
    pg.killNextQuery();
    const lost = await selectOne().then(
      () => null,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(lost), String(lost)).toBe(true);
    for (let i = 0; i < 3; i++) expect(await selectOne()).toEqual([{ x: 1 }]);
  });
});
