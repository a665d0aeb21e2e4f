import { createServer } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb } from './client';
import { createDatabaseState, PROBE_TTL_MS } from './state';

/** A real postgres.js client on a port nobody listens on: every query is ECONNREFUSED. */
let down: DbHandle;
let up: DbHandle;

beforeAll(async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  down = await openDb({ kind: 'postgres', url: `postgres://accord@127.0.0.1:${port}/accord` });
  up = await openDb({ kind: 'memory' });
}, 120_000);

afterAll(async () => {
  await down.close();
  await up.close();
});

describe('the database state', () => {
  it('is away while the database refuses connections, and back on the first probe after', async () => {
    let clock = 0;
    let current = down;
    let probes = 0;
    const state = createDatabaseState(
      () => {
        probes++;
        return current.db.execute(sql`select 1`);
      },
      () => clock,
    );
    expect(await state.isAway()).toBe(true);
    // Within the TTL the answer is kept: an outage under traffic costs one probe a second.
    current = up;
    clock += PROBE_TTL_MS - 1;
    expect(await state.isAway()).toBe(true);
    expect(probes).toBe(1);
    clock += 1;
    expect(await state.isAway()).toBe(false);
    expect(probes).toBe(2);
  });

  it('shares one probe among concurrent askers', async () => {
    let probes = 0;
    const state = createDatabaseState(() => {
      probes++;
      return down.db.execute(sql`select 1`);
    });
    expect(await Promise.all([state.isAway(), state.isAway(), state.isAway()])).toEqual([
      true,
      true,
      true,
    ]);
    expect(probes).toBe(1);
  });

  it('is not away when the probe fails for a reason that is not reaching the database', async () => {
    const state = createDatabaseState(() => up.db.execute(sql`select * from no_such_table`));
    expect(await state.isAway()).toBe(false);
  });
});
