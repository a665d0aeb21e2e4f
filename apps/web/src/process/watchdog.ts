import { writeSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Worker } from 'node:worker_threads';

/**
 * The event-loop watchdog: defence in depth against a request that blocks the process.
 *
 * Every walk over client input is bounded, but one missed loop would otherwise freeze the
 * whole server silently: every reader times out, SIGTERM does nothing, and the heap grows
 * until the process dies minutes later. So the main thread stamps a heartbeat into shared
 * memory every `beatMs`, and a worker thread (which keeps running while the main thread is
 * stuck) checks it. When the loop has been blocked for `stallMs`, the worker writes one line
 * naming the requests that were in flight (the one that blocked is among them) straight to
 * stderr and SIGKILLs the process, so that the supervisor (supervisor.ts) starts a new one.
 * A loop blocked for less than that, but for more than `warnMs`, is logged as lag.
 */
export interface WatchdogOptions {
  /** How long the loop may be blocked before the process is killed. */
  stallMs?: number;
  /** Blocked longer than this (but not stalled): one warning line with the lag. */
  warnMs?: number;
  beatMs?: number;
}

/** Requests tracked at once; more are not named in the stall report (they still run). */
const SLOTS = 64;
/** Bytes of "<start ms> <method> <url>" kept per request. */
const SLOT_BYTES = 256;

export interface Watchdog {
  /** Records a request as in flight until its response closes. */
  track(req: IncomingMessage, res: { once(event: 'close', listener: () => void): unknown }): void;
  stop(): Promise<void>;
}

/** The worker's code, run from a string so the bundled server needs no second file. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { beat, slots, slotCount, slotBytes, stallMs, warnMs, checkMs } = workerData;
const beats = new BigInt64Array(beat);
const lengths = new Int32Array(slots, 0, slotCount);
const bytes = new Uint8Array(slots, slotCount * 4);
const decoder = new TextDecoder();
let warnedFor = 0n;
function inFlight() {
  const found = [];
  for (let i = 0; i < slotCount; i++) {
    const n = Atomics.load(lengths, i);
    if (n > 0) found.push(decoder.decode(bytes.slice(i * slotBytes, i * slotBytes + n)));
  }
  return found.sort().slice(0, 16).map((line) => {
    const [started, ...rest] = line.split(' ');
    return { for_ms: Date.now() - Number(started), request: rest.join(' ') };
  });
}
setInterval(() => {
  const last = Atomics.load(beats, 0);
  const blocked = Date.now() - Number(last);
  if (blocked >= stallMs) {
    writeSync(2, JSON.stringify({
      level: 'fatal',
      time: new Date().toISOString(),
      msg: 'event loop blocked for ' + blocked + ' ms: exiting so that the supervisor restarts the server',
      pid: process.pid,
      inFlight: inFlight(),
    }) + '\\n');
    process.kill(process.pid, 'SIGKILL');
  } else if (blocked >= warnMs && warnedFor !== last) {
    warnedFor = last;
    writeSync(2, JSON.stringify({
      level: 'warn',
      time: new Date().toISOString(),
      msg: 'event loop blocked for ' + blocked + ' ms',
      pid: process.pid,
      inFlight: inFlight(),
    }) + '\\n');
  }
}, checkMs);
`;

export function startWatchdog(options: WatchdogOptions = {}): Watchdog {
  const stallMs = options.stallMs ?? 10_000;
  const warnMs = options.warnMs ?? Math.min(1000, stallMs / 2);
  const beatMs = options.beatMs ?? 100;
  const beat = new SharedArrayBuffer(8);
  const beats = new BigInt64Array(beat);
  const slots = new SharedArrayBuffer(SLOTS * 4 + SLOTS * SLOT_BYTES);
  const lengths = new Int32Array(slots, 0, SLOTS);
  const bytes = new Uint8Array(slots, SLOTS * 4);
  const encoder = new TextEncoder();

  Atomics.store(beats, 0, BigInt(Date.now()));
  const timer = setInterval(() => Atomics.store(beats, 0, BigInt(Date.now())), beatMs);
  timer.unref();

  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      beat,
      slots,
      slotCount: SLOTS,
      slotBytes: SLOT_BYTES,
      stallMs,
      warnMs,
      checkMs: Math.max(10, Math.min(250, stallMs / 10)),
    },
  });
  worker.unref();
  worker.on('error', (error: unknown) => {
    writeSync(2, `watchdog: ${error instanceof Error ? error.message : String(error)}\n`);
  });

  let next = 0;
  return {
    track(req, res) {
      // A free slot near the last one used; when all are taken the request is not named.
      for (let tries = 0; tries < SLOTS; tries++) {
        const slot = (next + tries) % SLOTS;
        if (Atomics.load(lengths, slot) !== 0) continue;
        next = slot + 1;
        // The query string is cut: tRPC inputs can be large, and may hold what should not be logged.
        const path = (req.url ?? '').split('?')[0]!.slice(0, 180);
        const line = encoder.encode(`${Date.now()} ${req.method ?? '?'} ${path}`);
        const n = Math.min(line.length, SLOT_BYTES);
        bytes.set(line.subarray(0, n), slot * SLOT_BYTES);
        Atomics.store(lengths, slot, n);
        res.once('close', () => Atomics.store(lengths, slot, 0));
        return;
      }
    },
    async stop() {
      clearInterval(timer);
      await worker.terminate();
    },
  };
}
