import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import postgres from 'postgres';
import { z } from 'zod';
import { CONNECT_TIMEOUT_SECONDS, reconnectDelaySeconds } from './client';

/**
 * Cache events: how every process serving one database learns that published data changed,
 * so that it purges its caches (the web app's apps/web/src/edge/invalidate.ts decides what a
 * purge is; this module only carries it).
 *
 * PostgreSQL: LISTEN/NOTIFY on the database the processes already share.
 * - An event is `pg_notify('accord_cache', {seq, from, body})`, numbered by the
 *   `cache_event_seq` sequence (migration 0003). The body is the caller's JSON; a body too
 *   large for a notification (about 8000 bytes) is sent as "purge everything" instead.
 * - Each listener expects the numbers one after the other. A number past the next one means
 *   it may have missed an event (a notification lost to a reconnect, a rolled-back nextval,
 *   or two publishers whose notifications arrived in the other order): it purges everything.
 *   A reconnect of the listening connection purges everything too, whatever it missed.
 * - Presence and acknowledgement: every bus connects with `application_name` =
 *   `accord-cache/<peer id>`, so the live peers are the rows of pg_stat_activity with that
 *   prefix. After applying an event a peer answers `pg_notify('accord_cache_ack', {seq,
 *   from})`; `publish` waits until every peer that was connected when it published has
 *   answered, or `ackTimeoutMs` (1 s) has passed, whichever comes first. A peer that is gone
 *   (a killed process's connection ends at once on one host) is no longer listed; a peer that
 *   is hung but still connected costs the publisher the full timeout, and is named in the result.
 *
 * The embedded database has one process: a LocalHub delivers the same events in-process,
 * through the same Bus (sequence, gap rule, acknowledgements).
 */

export const CACHE_CHANNEL = 'accord_cache';
export const ACK_CHANNEL = 'accord_cache_ack';
const APP_PREFIX = 'accord-cache/';
/** PostgreSQL refuses a notification payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7500;
export const DEFAULT_ACK_TIMEOUT_MS = 1000;

/** What a listener is asked to purge: the publisher's body, or everything. */
export type CacheEvent = { all: true } | { all: false; body: unknown };

const Envelope = z.object({
  seq: z.coerce.number().int().positive(),
  from: z.string().min(1).max(64),
  all: z.boolean().optional(),
  body: z.unknown().optional(),
});
type Envelope = z.infer<typeof Envelope>;

const Ack = z.object({ seq: z.coerce.number().int().positive(), from: z.string().min(1).max(64) });

/** How events travel: PostgreSQL's NOTIFY or an in-process hub. */
export interface Transport {
  /** Starts listening; `onConnect(first)` runs on the first connection and every reconnect. */
  start(handlers: {
    onEvent: (payload: string) => void;
    onAck: (payload: string) => void;
    onConnect: (first: boolean) => void;
  }): Promise<void>;
  /** Sends an event with the next number; resolves to that number. */
  publish(from: string, all: boolean, body: unknown): Promise<number>;
  ack(seq: number, from: string): Promise<void>;
  /** Peers listening now, this one included. */
  peers(): Promise<string[]>;
  /** The last number handed out (0 if none). */
  currentSeq(): Promise<number>;
  close(): Promise<void>;
}

export interface PublishResult {
  seq: number;
  /** Peers that were live when it was sent, other than this one. */
  expected: string[];
  /** Those that acknowledged within the timeout. */
  acked: string[];
}

export interface BusOptions {
  transport: Transport;
  /** This process's id (unique among peers); generated when not given. */
  peerId?: string;
  /**
   * Applies an event from another peer (or everything after a gap or reconnect). The
   * acknowledgement is sent when it resolves, so it should resolve once the strict part is done.
   */
  apply: (event: CacheEvent) => Promise<void>;
  ackTimeoutMs?: number;
  log?: (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;
}

/** A peer id: host, pid and a random part, short enough for application_name (63 bytes). */
export function newPeerId(): string {
  return `${hostname().slice(0, 24)}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

function defaultLog(level: string, msg: string, fields: Record<string, unknown> = {}): void {
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, msg: `cache events: ${msg}`, ...fields })}\n`,
  );
}

/** One process's end of the cache events: publishes its own, applies the others'. */
export class CacheEventBus {
  readonly peerId: string;
  private readonly transport: Transport;
  private readonly applyEvent: BusOptions['apply'];
  private readonly ackTimeoutMs: number;
  private readonly log: NonNullable<BusOptions['log']>;
  /** The highest number seen; null until the first connection says where the sequence is. */
  private last: number | null = null;
  private readonly waiting = new Map<number, { acked: Set<string>; wake: () => void }>();
  /** Events are applied one at a time, in the order they arrived. */
  private queue: Promise<void> = Promise.resolve();
  private stats = { applied: 0, purgedAll: 0 };

  constructor(options: BusOptions) {
    this.transport = options.transport;
    this.peerId = options.peerId ?? newPeerId();
    this.applyEvent = options.apply;
    this.ackTimeoutMs = options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS;
    this.log = options.log ?? defaultLog;
  }

  /** Events applied from others, and purges of everything (gaps and reconnects). */
  get counts(): { applied: number; purgedAll: number } {
    return { ...this.stats };
  }

  async start(): Promise<void> {
    await this.transport.start({
      onEvent: (payload) => this.onEvent(payload),
      onAck: (payload) => this.onAck(payload),
      onConnect: (first) => this.onConnect(first),
    });
  }

  close(): Promise<void> {
    for (const w of this.waiting.values()) w.wake();
    return this.transport.close();
  }

  /**
   * Tells every other peer to apply `body` (or to purge everything when `all`), and waits
   * until the peers that were live have acknowledged it, `ackTimeoutMs` at most.
   */
  async publish(
    body: unknown,
    options: { all?: boolean; ackTimeoutMs?: number } = {},
  ): Promise<PublishResult> {
    const timeoutMs = options.ackTimeoutMs ?? this.ackTimeoutMs;
    let all = options.all === true;
    if (!all && Buffer.byteLength(JSON.stringify(body ?? null)) > MAX_PAYLOAD_BYTES) all = true;
    const expected = (await this.transport.peers()).filter((p) => p !== this.peerId);
    const acked = new Set<string>();
    let wake = () => {};
    const allAcked = new Promise<void>((resolve) => (wake = resolve));
    const seq = await this.transport.publish(this.peerId, all, all ? undefined : body);
    // Acks are matched by number, so one that arrived before this line is kept (see onAck).
    const early = this.early.get(seq);
    this.early.delete(seq);
    for (const p of early ?? []) acked.add(p);
    const done = () => expected.every((p) => acked.has(p));
    if (!done()) {
      this.waiting.set(seq, { acked, wake: () => (done() ? wake() : undefined) });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        allAcked,
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
      this.waiting.delete(seq);
    }
    const result = { seq, expected, acked: expected.filter((p) => acked.has(p)) };
    if (result.acked.length < expected.length) {
      this.log('warn', `event ${seq}: not every peer acknowledged within ${timeoutMs} ms`, {
        missing: expected.filter((p) => !acked.has(p)),
      });
    }
    return result;
  }

  /** Acks for numbers this process has not finished publishing yet (bounded). */
  private readonly early = new Map<number, Set<string>>();

  private onAck(payload: string): void {
    const parsed = Ack.safeParse(safeJson(payload));
    if (!parsed.success) return;
    const { seq, from } = parsed.data;
    const waiting = this.waiting.get(seq);
    if (waiting) {
      waiting.acked.add(from);
      waiting.wake();
    } else if (this.last === null || seq > this.last - 100) {
      const set = this.early.get(seq) ?? new Set<string>();
      set.add(from);
      this.early.set(seq, set);
      while (this.early.size > 100) this.early.delete(this.early.keys().next().value as number);
    }
  }

  private onConnect(first: boolean): void {
    this.enqueue(async () => {
      let current: number;
      try {
        current = await this.transport.currentSeq();
      } catch (error) {
        this.log('error', 'cannot read the event sequence', { error: String(error) });
        current = this.last ?? 0;
      }
      if (!first) {
        // Events sent while this peer was not listening are lost: purge everything.
        this.log('info', 'reconnected: purging everything');
        await this.applySafely({ all: true });
        this.stats.purgedAll += 1;
      }
      this.last = Math.max(this.last ?? 0, current);
    });
  }

  private onEvent(payload: string): void {
    const parsed = Envelope.safeParse(safeJson(payload));
    if (!parsed.success) {
      this.log('warn', 'ignored a malformed event');
      return;
    }
    const envelope = parsed.data;
    this.enqueue(() => this.handle(envelope));
  }

  private async handle(envelope: Envelope): Promise<void> {
    const { seq, from } = envelope;
    const previous = this.last;
    const gap = previous !== null && seq > previous + 1;
    if (previous === null || seq > previous) this.last = seq;
    const mine = from === this.peerId;
    let applied = true;
    if (gap) {
      this.log('info', `event ${seq} follows ${previous}: purging everything`);
      applied = await this.applySafely({ all: true });
      this.stats.purgedAll += 1;
    } else if (!mine) {
      applied = await this.applySafely(
        envelope.all ? { all: true } : { all: false, body: envelope.body },
      );
      this.stats.applied += 1;
    }
    // No acknowledgement for an event this peer failed to apply: the publisher says so.
    if (!mine && applied) {
      try {
        await this.transport.ack(seq, this.peerId);
      } catch (error) {
        this.log('warn', `cannot acknowledge event ${seq}`, { error: String(error) });
      }
    }
  }

  private async applySafely(event: CacheEvent): Promise<boolean> {
    try {
      await this.applyEvent(event);
      return true;
    } catch (error) {
      this.log('error', 'applying an event failed', { error: String(error) });
      return false;
    }
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task, task);
  }

  /** Resolves once every event received so far has been applied (for tests). */
  settled(): Promise<void> {
    return this.queue;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Events over PostgreSQL: a connection of its own for LISTEN, a small pool for the rest. */
export function postgresTransport(url: string, peerId: string): Transport {
  const sql = postgres(url, {
    max: 2,
    onnotice: () => {},
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
    backoff: reconnectDelaySeconds,
    idle_timeout: 60,
    connection: { application_name: `${APP_PREFIX}${peerId}` },
  });
  const listens: { unlisten: () => Promise<void> }[] = [];
  return {
    async start({ onEvent, onAck, onConnect }) {
      let connects = 0;
      listens.push(
        await sql.listen(CACHE_CHANNEL, onEvent, () => {
          connects += 1;
          onConnect(connects === 1);
        }),
      );
      listens.push(await sql.listen(ACK_CHANNEL, onAck));
    },
    async publish(from, all, body) {
      const [row] = await sql<{ seq: string }[]>`
        with next as (select nextval('cache_event_seq') as seq)
        select seq, pg_notify(${CACHE_CHANNEL}, json_build_object(
          'seq', seq, 'from', ${from}::text, 'all', ${all}::boolean, 'body', ${JSON.stringify(body ?? null)}::text::jsonb
        )::text) from next`;
      return Number(row?.seq);
    },
    async ack(seq, from) {
      await sql`select pg_notify(${ACK_CHANNEL}, ${JSON.stringify({ seq, from })})`;
    },
    async peers() {
      const rows = await sql<{ name: string }[]>`
        select application_name as name from pg_stat_activity
        where datname = current_database() and application_name like ${`${APP_PREFIX}%`}`;
      return [...new Set(rows.map((r) => r.name.slice(APP_PREFIX.length)))];
    },
    async currentSeq() {
      const [row] = await sql<
        { last_value: string; is_called: boolean }[]
      >`select last_value, is_called from cache_event_seq`;
      return row?.is_called ? Number(row.last_value) : 0;
    },
    async close() {
      for (const l of listens.splice(0)) await l.unlisten().catch(() => {});
      await sql.end({ timeout: 2 });
    },
  };
}

/** In-process delivery for the embedded database (one process), and for tests. */
export class LocalHub {
  private seq = 0;
  private readonly members = new Map<
    string,
    { onEvent: (p: string) => void; onAck: (p: string) => void }
  >();

  transport(peerId: string): Transport {
    return {
      start: ({ onEvent, onAck, onConnect }) => {
        this.members.set(peerId, { onEvent, onAck });
        onConnect(true);
        return Promise.resolve();
      },
      publish: (from, all, body) => {
        const seq = ++this.seq;
        const payload = JSON.stringify({ seq, from, all, body: body ?? null });
        // Delivered after the caller has its number, as a notification would be.
        queueMicrotask(() => {
          for (const m of this.members.values()) m.onEvent(payload);
        });
        return Promise.resolve(seq);
      },
      ack: (seq, from) => {
        const payload = JSON.stringify({ seq, from });
        for (const m of this.members.values()) m.onAck(payload);
        return Promise.resolve();
      },
      peers: () => Promise.resolve([...this.members.keys()]),
      currentSeq: () => Promise.resolve(this.seq),
      close: () => {
        this.members.delete(peerId);
        return Promise.resolve();
      },
    };
  }

  /** Skips numbers, as lost notifications would (for tests of the gap rule). */
  skip(count: number): void {
    this.seq += count;
  }
}

/**
 * Tells every process on a PostgreSQL database to purge everything, and waits for them (1 s
 * at most): for changes made outside the web app, such as `db:import`. The embedded
 * database needs none: no server can have it open meanwhile (lock.ts).
 */
export async function announcePurgeEverything(url: string): Promise<PublishResult> {
  const peerId = newPeerId();
  const bus = new CacheEventBus({
    transport: postgresTransport(url, peerId),
    peerId,
    apply: () => Promise.resolve(),
  });
  await bus.start();
  try {
    return await bus.publish(null, { all: true });
  } finally {
    await bus.close();
  }
}
