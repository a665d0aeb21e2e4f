/**
 * The editors' assistant off the server's event loop: a small pool of worker threads that run
 * the library's own `propose` (worker.ts), with a bounded queue and a time limit per text.
 * Reading a 60,000-character text takes about a second of CPU and the first text in a process
 * seconds more (the model): inline, that would stall every other request the process serves.
 *
 * - `threads` workers (1 by default), started by `start()` (the server calls it at start, so
 *   the model loads before the first editor asks) or by the first `propose`.
 * - At most `maxQueued` texts wait for a free worker; one more is refused at once
 *   (`AssistantPoolError` kind `busy`: the API answers 429).
 * - A text that takes longer than `timeoutMs` ends its worker, which is replaced (kind
 *   `timeout`); a worker that dies mid-text is replaced too (kind `crashed`). Neither hangs.
 * - The library's refusals (`ProposeError`: empty, too long, not English) come back as
 *   `ProposeError`, as if `propose` had run here.
 *
 * Idle workers do not keep a process alive (unref); the server's exit ends them, `close()`
 * ends them earlier (tests, a graceful stop).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ProposeResult } from '@accord/domain';
import { type ProposeOptions } from '../propose';
import { ProposeError } from '../text';
import { type ProposeTask, type WorkerMessage } from './protocol';

export type AssistantPoolErrorKind = 'busy' | 'timeout' | 'crashed' | 'closed';

/** Why the pool could not read a text (not the text's fault: `ProposeError` is that). */
export class AssistantPoolError extends Error {
  override readonly name = 'AssistantPoolError';
  constructor(
    readonly kind: AssistantPoolErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The kind of an `AssistantPoolError`, by name: the server's pool and the API's import of this
 * module may be two copies (the front server's bundle and Next's), so `instanceof` is not enough.
 */
export function assistantPoolErrorKind(error: unknown): AssistantPoolErrorKind | undefined {
  return error instanceof Error && error.name === 'AssistantPoolError'
    ? (error as AssistantPoolError).kind
    : undefined;
}

/** Whether this is the library's refusal of the text (from either copy, as above). */
export function isProposeError(error: unknown): error is ProposeError {
  return error instanceof ProposeError || (error instanceof Error && error.name === 'ProposeError');
}

export interface ProposePoolOptions {
  /** The worker's script: the production bundle, or `sourceWorker()` (TypeScript via tsx). */
  file: string | URL;
  /** Worker threads; 1 by default. */
  threads?: number;
  /** Texts that may wait for a free worker; 4 by default. */
  maxQueued?: number;
  /** The longest one text may take in a worker, in ms; 30 s by default. */
  timeoutMs?: number;
  /** Told when a worker is ready, times out or dies (the server logs it). */
  onEvent?: (event: PoolEvent) => void;
}

export type PoolEvent =
  { type: 'ready'; ms: number } | { type: 'timeout' | 'crashed'; error?: string };

/**
 * The worker run from TypeScript source, through tsx: tests, `next dev`, scripts. (A function:
 * in a bundle this module's own URL means nothing, and the production server never asks.)
 */
export function sourceWorker(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'source-worker.mjs');
}

interface Pending {
  task: ProposeTask;
  resolve: (result: ProposeResult) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** The text it is reading, and the timer that ends it. */
  current?: Pending & { timer: NodeJS.Timeout };
  started: number;
  whenReady: Promise<void>;
}

const MESSAGES = {
  busy: (waiting: number) =>
    `The assistant is busy: ${waiting} texts are already waiting to be read. Try again in a few seconds.`,
  timeout: (ms: number) =>
    `The assistant stopped reading this text after ${(ms / 1000).toLocaleString('en')} s, its time limit. Try a shorter text.`,
  crashed: 'The assistant stopped unexpectedly while reading this text. Please try again.',
  closed: 'The assistant is shutting down.',
};

export class ProposePool {
  readonly threads: number;
  readonly maxQueued: number;
  readonly timeoutMs: number;
  readonly #file: string | URL;
  readonly #onEvent: (event: PoolEvent) => void;
  /** One slot per thread; undefined until started, and after a worker is lost until needed. */
  readonly #slots: (Thread | undefined)[];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;

  constructor(options: ProposePoolOptions) {
    this.#file = options.file;
    this.threads = options.threads ?? 1;
    this.maxQueued = options.maxQueued ?? 4;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.#onEvent = options.onEvent ?? (() => {});
    if (!Number.isInteger(this.threads) || this.threads < 1) throw new Error('threads must be ≥ 1');
    this.#slots = Array.from({ length: this.threads }, () => undefined);
  }

  /**
   * Starts every worker (each loads the model as it starts) without waiting for them; the
   * promise says when all are ready, for a caller that wants to know (tests, the bench).
   */
  start(): Promise<void> {
    if (this.#closed) return Promise.reject(new AssistantPoolError('closed', MESSAGES.closed));
    return Promise.all(
      this.#slots.map((thread, index) => (thread ?? this.#spawn(index)).whenReady),
    ).then(() => undefined);
  }

  /** `propose(text, options)`, in a worker thread. */
  propose(text: string, options: ProposeOptions = {}): Promise<ProposeResult> {
    if (this.#closed) return Promise.reject(new AssistantPoolError('closed', MESSAGES.closed));
    return new Promise<ProposeResult>((resolve, reject) => {
      const pending: Pending = { task: { id: this.#nextId++, text, options }, resolve, reject };
      const idle = this.#idle();
      if (idle) return this.#dispatch(idle, pending);
      if (this.#queue.length >= this.maxQueued) {
        return reject(new AssistantPoolError('busy', MESSAGES.busy(this.#queue.length)));
      }
      this.#queue.push(pending);
      // A slot with no worker (never started, or lost while starting) gets one now.
      this.#slots.forEach((thread, index) => {
        if (!thread) this.#spawn(index);
      });
    });
  }

  /** How many texts are being read and waiting. */
  get load(): { running: number; queued: number } {
    return {
      running: this.#slots.filter((t) => t?.current).length,
      queued: this.#queue.length,
    };
  }

  /** Ends every worker; texts being read or waiting are refused (kind `closed`). */
  async close(): Promise<void> {
    this.#closed = true;
    const closed = new AssistantPoolError('closed', MESSAGES.closed);
    for (const pending of this.#queue.splice(0)) pending.reject(closed);
    const threads = this.#slots.splice(0).filter((t): t is Thread => t !== undefined);
    await Promise.all(
      threads.map((thread) => {
        if (thread.current) {
          clearTimeout(thread.current.timer);
          thread.current.reject(closed);
        }
        return thread.worker.terminate();
      }),
    );
  }

  #idle(): Thread | undefined {
    return this.#slots.find((t): t is Thread => t !== undefined && t.ready && !t.current);
  }

  #spawn(index: number): Thread {
    // Held (ref) while it starts and while it reads, so that a caller waiting for either is
    // not left behind by an exiting process; an idle, ready worker keeps nothing alive.
    const worker = new Worker(this.#file, { name: 'accord-assistant' });
    let markReady = () => {};
    let markFailed: (error: Error) => void = () => {};
    const whenReady = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    // Nobody need wait for it: a failed start is also reported to the texts waiting.
    whenReady.catch(() => {});
    const thread: Thread = { worker, ready: false, started: Date.now(), whenReady };
    this.#slots[index] = thread;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        thread.ready = true;
        this.#onEvent({ type: 'ready', ms: Date.now() - thread.started });
        markReady();
        this.#drain();
        if (!thread.current) worker.unref();
        return;
      }
      const current = thread.current;
      if (current?.task.id !== message.id) return;
      clearTimeout(current.timer);
      thread.current = undefined;
      worker.unref();
      if (message.type === 'done') current.resolve(message.result);
      else if (message.type === 'refused') {
        current.reject(new ProposeError(message.reason, message.message));
      } else current.reject(new Error(message.message));
      this.#drain();
    });
    const lost = (why: string) => {
      if (this.#slots[index] !== thread) return; // already replaced (a time-out) or closed
      this.#slots[index] = undefined;
      this.#onEvent({ type: 'crashed', error: why });
      markFailed(new AssistantPoolError('crashed', MESSAGES.crashed));
      if (thread.current) {
        clearTimeout(thread.current.timer);
        thread.current.reject(new AssistantPoolError('crashed', MESSAGES.crashed));
      }
      if (!thread.ready) {
        // It died starting (a missing file, a broken build): refuse what waits rather than
        // restart in a loop; the next text tries again.
        const idleOrStarting = this.#slots.some((t) => t !== undefined);
        if (!idleOrStarting) {
          for (const pending of this.#queue.splice(0)) {
            pending.reject(new AssistantPoolError('crashed', MESSAGES.crashed));
          }
        }
        return;
      }
      // A worker that served dies mid-text: its replacement starts now, to be warm again.
      if (!this.#closed) this.#spawn(index);
    };
    worker.on('error', (error: Error) => lost(error.message));
    worker.on('exit', (code) => lost(`exited with code ${code}`));
    return thread;
  }

  #dispatch(thread: Thread, pending: Pending): void {
    const timer = setTimeout(() => this.#timedOut(thread), this.timeoutMs);
    thread.current = { ...pending, timer };
    thread.worker.ref(); // a text being read keeps the process alive until it is answered
    thread.worker.postMessage(pending.task);
  }

  #timedOut(thread: Thread): void {
    const index = this.#slots.indexOf(thread);
    if (index === -1 || !thread.current) return;
    const current = thread.current;
    thread.current = undefined;
    // Replace it first, so its exit is not taken for a crash; the new one starts warming now.
    this.#spawn(index);
    void thread.worker.terminate();
    this.#onEvent({ type: 'timeout' });
    current.reject(new AssistantPoolError('timeout', MESSAGES.timeout(this.timeoutMs)));
  }

  #drain(): void {
    for (;;) {
      const idle = this.#queue.length > 0 ? this.#idle() : undefined;
      const next = idle && this.#queue.shift();
      if (!idle || !next) return;
      this.#dispatch(idle, next);
    }
  }
}

const INSTALLED = Symbol.for('accord.assistant.proposePool');
type WithPool = typeof globalThis & { [INSTALLED]?: ProposePool };

/**
 * Makes `pool` the one `proposePool()` returns in this process. The production server installs
 * its pool (the bundled worker, its settings) before Next loads; globalThis carries it across
 * the server's bundle and Next's.
 */
export function installProposePool(pool: ProposePool | undefined): void {
  (globalThis as WithPool)[INSTALLED] = pool;
}

/** The process's pool: the installed one, else one worker run from source (tests, dev). */
export function proposePool(): ProposePool {
  const global = globalThis as WithPool;
  global[INSTALLED] ??= new ProposePool({ file: sourceWorker() });
  return global[INSTALLED];
}
