/**
 * Cache events between processes: two buses on one database, as two web instances (or two
 * workers) are. On PostgreSQL (DATABASE_URL, `pnpm test:db`) through LISTEN/NOTIFY; without it,
 * through the in-process hub the embedded database uses. Same Bus, same rules.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announcePurgeEverything,
  type CacheEvent,
  CacheEventBus,
  LocalHub,
  postgresTransport,
  type Transport,
} from './cache-events';
import { readDbEnv } from './env';
import { createTestDb } from './testing';

/** A bus that records what it applied, and lets a test wait for the next application. */
function recordingBus(transport: Transport, peerId: string, hold?: Promise<void>) {
  const applied: CacheEvent[] = [];
  const waiters: (() => void)[] = [];
  const bus = new CacheEventBus({
    transport,
    peerId,
    ackTimeoutMs: hold ? 100 : 10_000,
    log: () => {},
    apply: async (event) => {
      if (hold) await hold;
      applied.push(event);
      for (const w of waiters.splice(0)) w();
    },
  });
  const next = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => (applied.length >= count ? resolve() : waiters.push(check));
      check();
    });
  return { bus, applied, next };
}

const onPostgres = Boolean(readDbEnv().DATABASE_URL);

describe.runIf(onPostgres)('cache events on PostgreSQL (LISTEN/NOTIFY)', () => {
  let handle: Awaited<ReturnType<typeof createTestDb>>;
  let admin: postgres.Sql;
  let a: ReturnType<typeof recordingBus>;
  let b: ReturnType<typeof recordingBus>;

  beforeAll(async () => {
    handle = await createTestDb({ seed: false });
    const url = handle.url ?? '';
    admin = postgres(url, { max: 1, onnotice: () => {} });
    a = recordingBus(postgresTransport(url, 'peer-a'), 'peer-a');
    b = recordingBus(postgresTransport(url, 'peer-b'), 'peer-b');
    await a.bus.start();
    await b.bus.start();
    await a.bus.settled();
    await b.bus.settled();
  });

  afterAll(async () => {
    await a?.bus.close();
    await b?.bus.close();
    await admin?.end({ timeout: 5 });
    await handle?.close();
  });

  it('delivers an event to the other peer, which applies it before the publisher returns', async () => {
    const result = await a.bus.publish({ paths: ['/commitments/x'] });
    // The acknowledgement is sent after apply resolved: it has been applied by now.
    expect(result.expected).toEqual(['peer-b']);
    expect(result.acked).toEqual(['peer-b']);
    expect(b.applied.at(-1)).toEqual({ all: false, body: { paths: ['/commitments/x'] } });
    // The publisher does not apply its own event (it purged in the request that saved).
    expect(a.applied).toEqual([]);
  });

  it('numbers events from the cache_event_seq sequence', async () => {
    const first = await b.bus.publish({ n: 1 });
    const second = await b.bus.publish({ n: 2 });
    expect(second.seq).toBe(first.seq + 1);
    await a.next(2);
    expect(a.applied.slice(-2)).toEqual([
      { all: false, body: { n: 1 } },
      { all: false, body: { n: 2 } },
    ]);
  });

  it('purges everything when a number is missing (a lost notification)', async () => {
    const before = b.bus.counts.purgedAll;
    // Numbers taken without a notification: what a listener sees when one was lost.
    await admin`select nextval('cache_event_seq')`;
    await admin`select nextval('cache_event_seq')`;
    await a.bus.publish({ n: 3 });
    expect(b.applied.at(-1)).toEqual({ all: true });
    expect(b.bus.counts.purgedAll).toBe(before + 1);
  });

  it('sends a body too large for a notification as "purge everything"', async () => {
    const result = await a.bus.publish({
      paths: Array.from({ length: 2000 }, (_, i) => `/p/${i}`),
    });
    expect(result.acked).toEqual(['peer-b']);
    expect(b.applied.at(-1)).toEqual({ all: true });
  });

  it('purges everything after its listening connection was cut and came back', async () => {
    const count = b.applied.length;
    await admin`select pg_terminate_backend(pid) from pg_stat_activity
      where application_name = 'accord-cache/peer-b' and query ilike 'listen%'`;
    await b.next(count + 1);
    expect(b.applied.at(-1)).toEqual({ all: true });
    // And it keeps receiving events afterwards, in order, without another purge of everything.
    await b.bus.settled();
    const purged = b.bus.counts.purgedAll;
    await a.bus.publish({ n: 4 });
    expect(b.applied.at(-1)).toEqual({ all: false, body: { n: 4 } });
    expect(b.bus.counts.purgedAll).toBe(purged);
  });

  it('lets a script (db:import) tell every server to purge everything', async () => {
    const result = await announcePurgeEverything(handle.url ?? '');
    expect(new Set(result.acked)).toEqual(new Set(['peer-a', 'peer-b']));
    expect(a.applied.at(-1)).toEqual({ all: true });
    expect(b.applied.at(-1)).toEqual({ all: true });
  });

  it('stops waiting for a peer that does not acknowledge, and names it', async () => {
    const url = handle.url ?? '';
    let release = () => {};
    const stuck = recordingBus(
      postgresTransport(url, 'peer-stuck'),
      'peer-stuck',
      new Promise<void>((resolve) => (release = resolve)),
    );
    await stuck.bus.start();
    await stuck.bus.settled();
    try {
      const result = await a.bus.publish({ n: 5 }, { ackTimeoutMs: 200 });
      expect(new Set(result.expected)).toEqual(new Set(['peer-b', 'peer-stuck']));
      expect(result.acked).toEqual(['peer-b']);
    } finally {
      release();
      await stuck.bus.close();
    }
  });
});

describe('cache events in one process (the embedded database)', () => {
  it('delivers, acknowledges and applies the gap rule like PostgreSQL', async () => {
    const hub = new LocalHub();
    const a = recordingBus(hub.transport('a'), 'a');
    const b = recordingBus(hub.transport('b'), 'b');
    await a.bus.start();
    await b.bus.start();

    const result = await a.bus.publish({ paths: ['/'] });
    expect(result.acked).toEqual(['b']);
    expect(b.applied).toEqual([{ all: false, body: { paths: ['/'] } }]);
    expect(a.applied).toEqual([]);

    hub.skip(1);
    await a.bus.publish({ paths: ['/x'] });
    expect(b.applied.at(-1)).toEqual({ all: true });
    await a.bus.close();
    await b.bus.close();
  });

  it('with one peer, publishing waits for nobody', async () => {
    const hub = new LocalHub();
    const only = recordingBus(hub.transport('only'), 'only');
    await only.bus.start();
    const result = await only.bus.publish({ paths: ['/'] });
    expect(result).toMatchObject({ expected: [], acked: [] });
    await only.bus.settled();
    expect(only.applied).toEqual([]);
    await only.bus.close();
  });
});
