import cluster, { type Worker } from 'node:cluster';
import { log as appLog } from '@accord/log';

/**
 * The supervisor: `node dist/server.mjs` runs as a small primary process (node:cluster) that
 * starts the server in a worker process and starts a new one whenever it dies: a crash, an
 * out-of-memory kill, or the watchdog's exit after a blocked event loop (watchdog.ts).
 *
 * - The workers share the primary's listening socket, so the port stays bound across a
 *   restart and connections queue instead of being refused.
 * - With the embedded database one worker runs at a time: a new one starts only after the old
 *   one has exited, and takes over the data-dir lock its dead predecessor left.
 * - A worker that exits before it ever served (a port in use, bad settings) is not restarted:
 *   the supervisor exits with its code, so a start-up mistake is not retried forever.
 * - Restarts back off (0.1 s doubling to 10 s) while workers keep dying within a minute of
 *   their start, so a crash loop does not spin the CPU.
 * - SIGTERM and SIGINT are passed to the workers; one that has not exited after
 *   `shutdownMs` (its event loop blocked, say) is killed.
 */
export interface SuperviseOptions {
  workers: number;
  /**
   * The V8 heap each worker may use, in MiB (`--max-old-space-size`); 0 leaves V8's default
   * (a quarter of the machine's memory, 4 GiB on a 24 GiB host). See workerExecArgv.
   */
  heapMb?: number;
  shutdownMs?: number;
  log?: (line: Record<string, unknown>) => void;
}

/** The message a worker sends when it is listening. */
export const READY_MESSAGE = 'accord:ready';

const STABLE_MS = 60_000;
const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 10_000;

/**
 * A line through the process's logger (packages/log): JSON, redacted, like every other. The
 * logger adds the supervisor's own `pid`: the worker's goes in `worker`, never a second `pid`.
 */
function jsonLine(line: Record<string, unknown>): void {
  const { level, msg, ...fields } = line;
  const method = level === 'fatal' || level === 'error' || level === 'warn' ? level : 'info';
  appLog[method](fields, typeof msg === 'string' ? msg : '');
}

/**
 * The Node flags a worker starts with: the primary's own, plus the heap cap unless the
 * operator already chose one (in the flags or NODE_OPTIONS; theirs wins) or asked for none.
 *
 * Why a cap: V8 lets the heap grow to a quarter of the host's memory before it collects
 * hard, so an idle-looking server held 600+ MB at 100k commitments. Capped, it collects
 * sooner; a worker that truly needs more dies of it and is replaced (see above), where an
 * uncapped one would take the host's memory from everything else.
 */
export function workerExecArgv(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  heapMb: number,
): string[] {
  const chosen = (text: string) => /--max-old-space-size\b/.test(text);
  if (heapMb === 0 || execArgv.some(chosen) || chosen(nodeOptions ?? '')) return [...execArgv];
  return [...execArgv, `--max-old-space-size=${heapMb}`];
}

export function supervise(options: SuperviseOptions): void {
  const log = options.log ?? jsonLine;
  cluster.setupPrimary({
    execArgv: workerExecArgv(
      process.execArgv,
      // eslint-disable-next-line no-restricted-properties -- Node's own variable, not a setting
      process.env.NODE_OPTIONS,
      options.heapMb ?? 0,
    ),
  });
  const shutdownMs = options.shutdownMs ?? 10_000;
  let stopping = false;
  let everReady = false;
  let delay = FIRST_DELAY_MS;
  const startedAt = new Map<Worker, number>();

  const start = () => {
    if (stopping) return;
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
    worker.on('message', (message: unknown) => {
      if (message !== READY_MESSAGE) return;
      everReady = true;
      log({
        level: 'info',
        msg: `server process ${worker.process.pid} is serving`,
        worker: worker.process.pid,
      });
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? Date.now());
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    if (!everReady) {
      // Never served: a configuration problem that a restart would only repeat.
      log({
        level: 'fatal',
        msg: 'the server did not start',
        worker: worker.process.pid,
        code,
        signal,
      });
      process.exit(typeof code === 'number' && code !== 0 ? code : 1);
    }
    delay = lived > STABLE_MS ? FIRST_DELAY_MS : Math.min(delay * 2, MAX_DELAY_MS);
    log({
      level: 'error',
      msg: `server process ${worker.process.pid} exited (${signal ?? `code ${code}`}); restarting in ${delay} ms`,
      worker: worker.process.pid,
      code,
      signal,
    });
    setTimeout(start, delay);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (startedAt.size === 0) process.exit(0);
    for (const worker of startedAt.keys()) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
    }, shutdownMs).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (let i = 0; i < options.workers; i++) start();
}
