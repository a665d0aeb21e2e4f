import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { config, DIST_DIR, REPO_ROOT } from './config';
import { freePort } from './ports';

/** Where a scenario keeps its data: an embedded data dir, or a PostgreSQL database. */
export type Target = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/** Whether a line is the server's access-log line for one request (packages/log/README.md). */
export function isAccessLine(line: string): boolean {
  return line.startsWith('{') && line.includes('"msg":"request"');
}

/** The environment that points the app and the CLIs at `target`, and nothing else. */
export function targetEnv(target: Target): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...config.inherited,
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
  };
  delete env.DATABASE_URL;
  delete env.ACCORD_DATA_DIR;
  if (target.kind === 'postgres') env.DATABASE_URL = target.url;
  else env.ACCORD_DATA_DIR = target.dataDir;
  return env;
}

const webDir = join(REPO_ROOT, 'apps', 'web');
/** The production server: Next behind the front cache (apps/web/server.ts), built with the app. */
const serverEntry = join(webDir, 'dist', 'server.mjs');

/** Signs session cookies: the same across restarts, so sessions outlive a crash. */
const AUTH_SECRET = randomBytes(32).toString('base64url');

/**
 * The production server (apps/web/server.ts: Next behind the front cache, on the resilience
 * build) in a process group of its
 * own, so that a crash can be simulated by SIGKILLing the whole tree at once.
 */
export interface AppServerOptions {
  /** Extra environment for the server (e.g. a canary BETTER_AUTH_SECRET). */
  env?: Record<string, string>;
  /** Keep every line the server writes (`allOutput`), not only the last 400. */
  keepAllOutput?: boolean;
  /** Return once the process serves `/api/health/live`, without waiting for the database. */
  liveOnly?: boolean;
  /**
   * The site's address when it is not this server's own (ACCORD_BASE_URL): the load
   * balancer's, for instances of a cluster.
   */
  publicUrl?: string;
  /** ACCORD_WORKERS for this server. */
  workers?: number;
}

/**
 * Servers started and not yet exited. A scenario stops its own, but a test that vitest abandons
 * at its timeout never reaches its `finally`: src/leftovers.ts stops these at the end of the
 * file, and a process group still alive when the test process exits is killed with it.
 */
const running = new Set<AppServer>();
process.once('exit', () => {
  for (const server of running) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** Stops every server a test left running; returns how many there were. */
export async function stopLeftoverServers(): Promise<number> {
  const left = [...running];
  await Promise.all(left.map((server) => server.stop()));
  return left.length;
}

export class AppServer {
  private readonly output: string[] = [];
  /** Every line, when started with keepAllOutput. */
  readonly allOutput: string[] = [];
  /** Lines of output dropped from the front of `output` (it keeps the last 400). */
  private dropped = 0;
  private exited: Promise<void>;
  /** The last 400 lines other than access-log lines (see events). */
  private readonly notable: string[] = [];
  /** Called with every line the server writes (see onLine). */
  private readonly listeners = new Set<(line: string) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    keepAll = false,
  ) {
    running.add(this);
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        running.delete(this);
        resolve();
      }),
    );
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      // A chunk may end mid-line: the rest of it comes with the next chunk.
      let partial = '';
      stream?.on('data', (chunk: string) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        const lines = parts.filter(Boolean);
        if (keepAll) this.allOutput.push(...lines);
        for (const listener of this.listeners) lines.forEach(listener);
        this.notable.push(...lines.filter((line) => !isAccessLine(line)));
        if (this.notable.length > 400) this.notable.splice(0, this.notable.length - 400);
        this.output.push(...lines);
        if (this.output.length > 400) {
          this.dropped += this.output.length - 400;
          this.output.splice(0, this.output.length - 400);
        }
      });
    }
  }

  static async start(
    target: Target,
    port?: number,
    options: AppServerOptions = {},
  ): Promise<AppServer> {
    const p = port ?? (await freePort());
    const baseUrl = `http://127.0.0.1:${p}`;
    if (!existsSync(serverEntry)) {
      throw new Error(`${serverEntry} is missing: build the app (pnpm test:resilience --build)`);
    }
    const child = spawn(process.execPath, [serverEntry, '-p', String(p), '-H', '127.0.0.1'], {
      cwd: webDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...targetEnv(target),
        NODE_ENV: 'production',
        ACCORD_NEXT_DIST_DIR: DIST_DIR,
        ACCORD_BASE_URL: options.publicUrl ?? baseUrl,
        ...(options.workers ? { ACCORD_WORKERS: String(options.workers) } : {}),
        BETTER_AUTH_SECRET: AUTH_SECRET,
        // Every reader calls from 127.0.0.1: the per-client limit would be what is measured.
        ACCORD_RATE_LIMIT_BURST: '1000000',
        ACCORD_RATE_LIMIT_PER_MINUTE: '1000000',
        ...options.env,
      },
    });
    const server = new AppServer(child, baseUrl, options.keepAllOutput);
    await server.waitUntilReady(120_000, options.liveOnly ? 'live' : 'ready');
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** How many lines the server has written so far: a mark for `logsSince`. */
  get logMark(): number {
    return this.dropped + this.output.length;
  }

  /** The lines the server wrote after `mark` (of the last 400 kept). */
  logsSince(mark: number): string[] {
    return this.output.slice(Math.max(0, mark - this.dropped));
  }

  /**
   * Calls `listener` with every line the server writes from now on (all of them, not only
   * the last 400 kept); returns the function that stops it.
   */
  onLine(listener: (line: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The server's last lines other than its access log (one line per request): what the
   * supervisor, the watchdog and errors said, which a burst of requests would push out of
   * `logs`.
   */
  events(lines = 400): string {
    return this.notable.slice(-lines).join('\n');
  }

  /** The server's last lines of output, for a failure message. */
  logs(lines = 60): string {
    return this.output.slice(-lines).join('\n');
  }

  /** Waits until the process serves and its database answers (the first request opens it). */
  async waitUntilReady(timeoutMs = 120_000, probe: 'live' | 'ready' = 'ready'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(
          `The app exited (${this.child.exitCode ?? this.child.signalCode}):\n${this.logs()}`,
        );
      }
      try {
        const res = await fetch(`${this.baseUrl}/api/health/${probe}`, {
          signal: AbortSignal.timeout(5000),
        });
        if (res.status === 200) return;
        last = `${res.status} ${await res.text()}`;
      } catch (error) {
        last = String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`The app was not ready within ${timeoutMs} ms (${last}):\n${this.logs()}`);
  }

  /** A crash: SIGKILL to the whole process group, no chance to clean up. */
  async kill(): Promise<void> {
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await this.exited;
  }

  /** A normal shutdown (SIGTERM), then SIGKILL if it lingers. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    try {
      process.kill(-this.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => void this.kill(), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
