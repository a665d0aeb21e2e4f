import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hiroshimaDataset, migrateDb, openDb, seedDatabase } from '@accord/db';
import { childEnv, readBenchEnv } from './env';
import { findNextServerPid, startProcess, waitForHttp } from './processes';

const BENCH_DIST_DIR = readBenchEnv().BENCH_NEXT_DIST_DIR;
const BUILD_DATA_DIR = join('.data', 'bench-build');

/** Identifies the app's source: a build is reused only when this has not changed. */
function sourceFingerprint(repoRoot: string): string {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const hash = createHash('sha256');
  // Blob ids of the tracked files, edits not yet staged, and new files: commits that touch
  // only other folders (bench/, docs) keep the build.
  const paths = ['apps/web', 'packages', 'pnpm-lock.yaml'];
  hash.update(git(['ls-files', '--stage', '--', ...paths]));
  hash.update(git(['diff', '--', ...paths]));
  hash.update(git(['ls-files', '--others', '--exclude-standard', '--', ...paths]));
  return hash.digest('hex');
}

/**
 * Production build into its own dist dir, against a small database of its own (the seed):
 * prerendered pages are rebuilt from the bench dataset by the first publish of each phase.
 * Reused while the app's source is unchanged.
 */
export async function ensureBuild(repoRoot: string, log: (line: string) => void): Promise<boolean> {
  const web = join(repoRoot, 'apps', 'web');
  const dist = join(web, BENCH_DIST_DIR);
  const marker = join(dist, 'bench-build.json');
  const fingerprint = sourceFingerprint(repoRoot);
  if (existsSync(join(dist, 'BUILD_ID')) && existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8')) as { fingerprint: string };
    if (previous.fingerprint === fingerprint) {
      log(`build: reusing ${BENCH_DIST_DIR} (source unchanged)`);
      buildFrontServer(web); // a second to build; dist/ is shared with other builds
      return false;
    }
  }
  log(`build: next build into apps/web/${BENCH_DIST_DIR} (the app's source changed or no build)`);
  const handle = await openDb({ kind: 'pglite', dataDir: join(repoRoot, BUILD_DATA_DIR) });
  try {
    await migrateDb(handle);
    await seedDatabase(handle.db, hiroshimaDataset);
  } finally {
    await handle.close();
  }
  rmSync(dist, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin(web), 'build'], {
    cwd: web,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: childEnv({
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ACCORD_NEXT_DIST_DIR: BENCH_DIST_DIR,
      ACCORD_DATA_DIR: BUILD_DATA_DIR,
      DATABASE_URL: undefined,
    }),
  });
  if (result.status !== 0) {
    throw new Error(`next build failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
  buildFrontServer(web);
  writeFileSync(marker, JSON.stringify({ fingerprint, seconds: (Date.now() - started) / 1000 }));
  log(`build: done in ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}

function nextBin(web: string): string {
  return join(web, 'node_modules', 'next', 'dist', 'bin', 'next');
}

/** apps/web/dist/server.mjs: the production server (Next behind the front cache). */
function buildFrontServer(web: string): void {
  const tsx = join(web, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(process.execPath, [tsx, join('scripts', 'build-server.ts')], {
    cwd: web,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `building the front server failed:\n${(result.stdout + result.stderr).slice(-4000)}`,
    );
  }
}

export interface AppServer {
  url: string;
  /** The next-server process, whose RSS is sampled. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * The production server (apps/web/server.ts, what `pnpm start` runs: Next behind the front
 * cache) on a loopback port against one bench database.
 */
export async function startApp(options: {
  repoRoot: string;
  port: number;
  dbEnv: { ACCORD_DATA_DIR?: string; DATABASE_URL?: string };
  /** For instances of a cluster: the shared public address, secret and worker count. */
  cluster?: { baseUrl: string; secret: string; workers: number };
}): Promise<AppServer> {
  const web = join(options.repoRoot, 'apps', 'web');
  const url = `http://127.0.0.1:${options.port}`;
  const proc = startProcess(
    process.execPath,
    [join(web, 'dist', 'server.mjs'), '-H', '127.0.0.1', '-p', String(options.port)],
    {
      cwd: web,
      env: childEnv({
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        ACCORD_NEXT_DIST_DIR: BENCH_DIST_DIR,
        ACCORD_DATA_DIR: options.dbEnv.ACCORD_DATA_DIR,
        DATABASE_URL: options.dbEnv.DATABASE_URL,
        ACCORD_BASE_URL: options.cluster?.baseUrl ?? url,
        // A throwaway secret per run: bench sessions never outlive it.
        BETTER_AUTH_SECRET: options.cluster?.secret ?? randomBytes(32).toString('base64url'),
        ACCORD_WORKERS: options.cluster ? String(options.cluster.workers) : undefined,
        PORT: String(options.port),
        // Every autocannon connection is the same loopback client: without this the per-client
        // limit (60 at once, 120 a minute) turns the API scenarios into 429s. The limiter still
        // runs on every request, so its cost is measured.
        ACCORD_RATE_LIMIT_BURST: '100000000',
        ACCORD_RATE_LIMIT_PER_MINUTE: '100000000',
        // A slow re-render after a publish at 100k on PGlite (the queries run on the server's
        // own thread) once held the event loop past the watchdog's 10 s, when /meetings and
        // /sources read every page of their lists, and the server was restarted in the
        // middle of a run. They are paged now, and two 100k runs stayed up under 10 s (README,
        // "The indexes a page at a time"); the wider bound stays as a margin, since a
        // measurement needs the server up. Set ACCORD_WATCHDOG_STALL_MS for another bound.
        ACCORD_WATCHDOG_STALL_MS: readBenchEnv().ACCORD_WATCHDOG_STALL_MS,
      }),
    },
  );
  try {
    await waitForHttp(`${url}/methodology`, 120_000, () => proc.child.exitCode === null);
  } catch (error) {
    await proc.stop();
    throw new Error(`the web server failed: ${(error as Error).message}\n${proc.output()}`);
  }
  return { url, pid: findNextServerPid(proc.child.pid!), stop: proc.stop };
}

/** The ceiling: the bare node:http server, in its own process. */
export async function startBaseline(options: {
  repoRoot: string;
  port: number;
  routesFile: string;
}) {
  const url = `http://127.0.0.1:${options.port}`;
  const proc = startProcess(
    process.execPath,
    [
      '--import',
      'tsx',
      join('src', 'baseline-server.ts'),
      options.routesFile,
      String(options.port),
    ],
    { cwd: join(options.repoRoot, 'bench'), env: childEnv({}) },
  );
  try {
    await waitForHttp(`${url}/__none`, 30_000, () => proc.child.exitCode === null);
  } catch (error) {
    await proc.stop();
    throw new Error(`baseline failed: ${(error as Error).message}\n${proc.output()}`);
  }
  return { url, stop: proc.stop };
}
