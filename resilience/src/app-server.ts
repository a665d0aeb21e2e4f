import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { config, DIST_DIR, REPO_ROOT } from './config';
import { freePort } from './ports';

/** Where a scenario keeps its data: an embedded data dir, or a PostgreSQL database. */
export type Target = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

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
export class AppServer {
  private readonly output: string[] = [];
  /** Lines of output dropped from the front of `output` (it keeps the last 400). */
  private dropped = 0;
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        this.output.push(...chunk.split('\n').filter(Boolean));
        if (this.output.length > 400) {
          this.dropped += this.output.length - 400;
          this.output.splice(0, this.output.length - 400);
        }
      });
    }
  }

  /**
   * `publicUrl` is the site's address when it is not this server's own (ACCORD_BASE_URL):
   * the load balancer's, for instances of a cluster. `workers` sets ACCORD_WORKERS.
   */
  static async start(
    target: Target,
    port?: number,
    options: { publicUrl?: string; workers?: number } = {},
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
      },
    });
    const server = new AppServer(child, baseUrl);
    await server.waitUntilReady();
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

  /** The server's last lines of output, for a failure message. */
  logs(lines = 60): string {
    return this.output.slice(-lines).join('\n');
  }

  /** Waits until the process serves and its database answers (the first request opens it). */
  async waitUntilReady(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(
          `The app exited (${this.child.exitCode ?? this.child.signalCode}):\n${this.logs()}`,
        );
      }
      try {
        const res = await fetch(`${this.baseUrl}/api/health/ready`, {
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
