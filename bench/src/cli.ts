// pnpm bench (quick: 1k commitments, short runs, under two minutes once built)
// pnpm bench:full (1k, 10k and 100k commitments, longer runs, Lighthouse; about 15 minutes)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@accord/settings';
import { ensureBuild, startApp, startBaseline } from './app-server';
import { prepareDatabase, sizeLabel } from './database';
import { readBenchEnv } from './env';
import { lighthousePages, runLighthouse } from './lighthouse';
import { startNginx } from './nginx';
import { runPhase, type PhaseResult } from './phase';
import { type BenchReport, renderMarkdown, replaceLatestBlock } from './report';
import { themeSlug } from './generate';

const MODES = {
  quick: {
    sizes: [1000],
    durations: { app: 4, baseline: 2, nginx: 2, unloaded: 1 },
    repeats: { saves: 10, publishes: 3 },
    lighthouse: false,
  },
  full: {
    sizes: [1000, 10_000, 100_000],
    durations: { app: 8, baseline: 4, nginx: 4, unloaded: 2 },
    repeats: { saves: 20, publishes: 10 },
    lighthouse: true,
  },
} as const;

const t0 = Date.now();
const log = (line: string) =>
  console.log(`[bench ${String(Math.round((Date.now() - t0) / 1000)).padStart(4)} s] ${line}`);

async function main() {
  const { values } = parseArgs({
    // `pnpm bench -- --sizes 1000` passes the `--` through.
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      mode: { type: 'string', default: 'quick' },
      sizes: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      'no-lighthouse': { type: 'boolean', default: false },
      'no-readme': { type: 'boolean', default: false },
    },
  });
  if (values.mode !== 'quick' && values.mode !== 'full') {
    throw new Error(`--mode must be quick or full, not ${values.mode}`);
  }
  const modeName: 'quick' | 'full' = values.mode;
  const mode = MODES[modeName];
  const env = readBenchEnv();
  const repoRoot = findRepoRoot();
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [...mode.sizes];
  const connections = values.connections ? Number(values.connections) : env.BENCH_CONNECTIONS;
  const durations: { app: number; baseline: number; nginx: number; unloaded: number } = {
    ...mode.durations,
  };
  if (values.duration) durations.app = Number(values.duration);
  const engine = env.DATABASE_URL ? 'postgres' : 'pglite';
  const appPort = env.BENCH_PORT;
  const baselinePort = appPort + 1;
  const nginxPort = appPort + 2;
  const started = Date.now();
  const loadAverageAtStart = loadavg();

  log(
    `${values.mode} mode, ${engine}, sizes ${sizes.map(sizeLabel).join(' ')}, ${connections} connections`,
  );
  const rebuilt = await ensureBuild(repoRoot, log);
  const admin = {
    email: 'bench-admin@example.org',
    name: 'Bench Admin',
    // Fresh each run and never stored: the bench resets its admin's password before use.
    password: randomBytes(18).toString('base64url'),
  };
  const workDir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const hasNginx = existsSync(env.NGINX_PATH);
  const phases: PhaseResult[] = [];
  let lighthouse: BenchReport['lighthouse'] = null;
  const notes: string[] = [];
  if (!hasNginx) {
    notes.push(
      `nginx not found at ${env.NGINX_PATH}: install it (apt-get install -y nginx-light) for the cached scenarios`,
    );
  }
  // Written after every phase, so a later failure keeps what was measured.
  const writeReport = () => {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
    const allNotes = [...notes];
    if (rebuilt) allNotes.push('This run rebuilt the app first (next build) before measuring.');
    allNotes.push(
      `Wall time ${Math.round((Date.now() - started) / 1000)} s. The machine is shared: every ` +
        'figure that matters is a ratio to the bare node:http baseline measured in the same run.',
    );
    const report: BenchReport = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      engine,
      mode: modeName,
      connections,
      durations,
      machine: { cpus: cpus().length, loadAverageAtStart, node: process.version, commit },
      phases,
      lighthouse,
      notes: allNotes,
    };
    const resultsDir = join(repoRoot, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const stem = `${new Date().toISOString().slice(0, 10)}-${engine}${modeName === 'quick' ? '-quick' : ''}`;
    const markdown = renderMarkdown(report);
    writeFileSync(join(resultsDir, `${stem}.json`), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(resultsDir, `${stem}.md`), markdown);
    if (!values['no-readme']) {
      const readmePath = join(repoRoot, 'bench', 'README.md');
      const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '# Accord bench\n';
      writeFileSync(readmePath, replaceLatestBlock(readme, markdown));
    }
    return markdown;
  };
  try {
    for (const size of sizes) {
      log(`phase ${sizeLabel(size)}: preparing the database`);
      const db = await prepareDatabase({
        repoRoot,
        size,
        databaseUrl: env.DATABASE_URL,
        admin,
        log,
      });
      log(`phase ${sizeLabel(size)}: starting next start on ${appPort}`);
      const app = await startApp({ repoRoot, port: appPort, dbEnv: db.env });
      let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
      try {
        if (hasNginx) {
          nginx = await startNginx({
            nginxPath: env.NGINX_PATH,
            confTemplatePath: join(repoRoot, 'bench', 'nginx', 'accord.conf'),
            appPort,
            port: nginxPort,
          });
        }
        const phase = await runPhase({
          size,
          appUrl: app.url,
          serverPid: app.pid,
          nginx,
          startBaseline: (routesFile) =>
            startBaseline({ repoRoot, port: baselinePort, routesFile }),
          workDir,
          connections,
          durations,
          repeats: mode.repeats,
          admin,
          log,
        });
        phase.loadSeconds = db.loadSeconds;
        phase.loadedNow = db.loadedNow;
        phases.push(phase);
        if (mode.lighthouse && !values['no-lighthouse'] && lighthouse === null) {
          lighthouse = await runLighthouse({
            baseUrl: app.url,
            chromiumPath: env.CHROMIUM_PATH,
            runs: env.BENCH_LIGHTHOUSE_RUNS,
            reportDir: env.BENCH_LIGHTHOUSE_REPORTS,
            pages: lighthousePages({
              home: '/',
              brief: `/themes/${themeSlug(0)}`,
              commitment: phase.scenarios[2]?.paths[0] ?? '/',
            }),
            briefPath: `/themes/${themeSlug(0)}`,
            log,
          });
          notes.push(`Lighthouse ran against the ${sizeLabel(size)} dataset.`);
        }
      } catch (error) {
        // One size failing (say, a page that does not render in time) is a result too.
        const message = error instanceof Error ? error.message : String(error);
        log(`phase ${sizeLabel(size)} failed: ${message}`);
        notes.push(`Phase ${sizeLabel(size)} failed: ${message.split('\n')[0]}`);
      } finally {
        await nginx?.stop();
        await app.stop();
      }
      writeReport();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  const markdown = writeReport();
  console.log(`\n${markdown}`);
  log('wrote bench/results/');
}

main().catch((error: unknown) => {
  console.error(
    `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
