// pnpm bench:cluster: three instances of the app on one PostgreSQL behind the shipped nginx
// config (docs/deploy.md). Measures, against the bare node:http ceiling of the same run,
// reads through nginx (its micro-cache) and uncached reads spread over the three instances
// (credentialed: nginx and the instances' own caches skip them), and publish-to-visible on
// the instances that did not handle the publish.
// Needs DATABASE_URL (the embedded database allows one process) and nginx.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@accord/settings';
import { AppClient } from './app-client';
import { type AppServer, ensureBuild, startApp, startBaseline } from './app-server';
import { prepareDatabase, sizeLabel } from './database';
import { readBenchEnv } from './env';
import { freePort } from './processes';
import { type LoadResult, runLoad } from './load-generator';
import { startNginx } from './nginx';
import { buildScenarios, draftsOf, publishedSlugNear, saveTitle, timeUntilVisible } from './phase';
import { ratio, summarise } from './stats';

const INSTANCES = 3;
const QUICK = { size: 1000, seconds: 3, publishes: 3 };
/** Uncached: nginx (accord.conf) and the app's front cache both skip credentialed requests. */
const UNCACHED = { authorization: 'Bearer bench-past-the-cache' };

const t0 = Date.now();
const log = (line: string) =>
  console.log(`[cluster ${String(Math.round((Date.now() - t0) / 1000)).padStart(4)} s] ${line}`);

interface Row {
  name: string;
  bytes: number;
  baseline: LoadResult;
  nginx: LoadResult;
  uncached: LoadResult;
  nginxRatio: number | null;
  uncachedRatio: number | null;
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { seconds: { type: 'string' }, connections: { type: 'string' } },
  });
  const env = readBenchEnv();
  if (!env.DATABASE_URL) throw new Error('bench:cluster needs DATABASE_URL (PostgreSQL)');
  if (!existsSync(env.NGINX_PATH))
    throw new Error(`bench:cluster needs nginx at ${env.NGINX_PATH}`);
  const seconds = values.seconds ? Number(values.seconds) : QUICK.seconds;
  const connections = values.connections ? Number(values.connections) : env.BENCH_CONNECTIONS;
  const repoRoot = findRepoRoot();
  const loadAverageAtStart = loadavg();
  const rebuilt = await ensureBuild(repoRoot, log);
  const admin = {
    email: 'bench-admin@example.org',
    name: 'Bench Admin',
    password: randomBytes(18).toString('base64url'),
  };
  const db = await prepareDatabase({
    repoRoot,
    size: QUICK.size,
    databaseUrl: env.DATABASE_URL,
    admin,
    log,
  });
  const workDir = mkdtempSync(join(tmpdir(), 'accord-bench-cluster-'));
  const nginxPort = await freePort();
  const publicUrl = `http://127.0.0.1:${nginxPort}`;
  const cluster = { baseUrl: publicUrl, secret: randomBytes(32).toString('base64url'), workers: 1 };
  const ports = await Promise.all(Array.from({ length: INSTANCES }, freePort));
  log(`starting ${INSTANCES} instances (one server process each) and nginx`);
  const apps: AppServer[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
  let baseline: { url: string; stop(): Promise<void> } | null = null;
  try {
    for (const port of ports) apps.push(await startApp({ repoRoot, port, dbEnv: db.env, cluster }));
    nginx = await startNginx({
      nginxPath: env.NGINX_PATH,
      confTemplatePath: join(repoRoot, 'bench', 'nginx', 'accord.conf'),
      appPort: ports,
      port: nginxPort,
    });
    // The admin works on instance A; readers of B and C check what they serve.
    const editor = new AppClient(apps[0]!.url, publicUrl);
    await editor.signIn(admin.email, admin.password);
    const readers = apps.map((app) => new AppClient(app.url, publicUrl));
    const drafts = await draftsOf(editor);
    if (drafts.length < QUICK.publishes + 1) throw new Error('not enough drafts in the dataset');

    // A warm-up publish re-renders the build's prerendered pages from this dataset everywhere.
    const publish = async (draftIndex: number, marker: string) => {
      const draft = drafts[draftIndex]!;
      let version = await saveTitle(editor, draft.id, marker);
      version = (
        await editor.mutate<{ version: number }>('editor.commitment.setState', {
          id: draft.id,
          expectedVersion: version,
          to: 'review',
        })
      ).version;
      await editor.mutate('editor.commitment.setState', {
        id: draft.id,
        expectedVersion: version,
        to: 'published',
      });
      const since = Date.now();
      const path = `/commitments/${draft.slug}`;
      return Promise.all(
        readers.slice(1).map((r) => timeUntilVisible(r, path, marker, since, 10_000)),
      );
    };
    const stamp = Date.now().toString(36);
    await publish(0, `Bench cluster warm-up ${stamp}`);

    const slugs = await Promise.all(
      [0.1, 0.4, 0.7, 0.95].map((f) => publishedSlugNear(readers[0]!, Math.floor(QUICK.size * f))),
    );
    const scenarios = buildScenarios(QUICK.size, slugs, true);
    const routes: Record<string, { status: number; contentType: string; body: string }> = {};
    const bytes = new Map<string, number>();
    for (const s of scenarios) {
      let total = 0;
      for (const path of s.paths) {
        for (const r of readers) await r.get(path); // every instance's cache warm
        const res = await readers[0]!.get(path);
        routes[path] = {
          status: res.status,
          contentType: res.contentType,
          body: res.body.toString('base64'),
        };
        total += res.body.length;
      }
      bytes.set(s.name, Math.round(total / s.paths.length));
    }
    const routesFile = join(workDir, 'routes.json');
    writeFileSync(routesFile, JSON.stringify(routes));
    baseline = await startBaseline({ repoRoot, port: await freePort(), routesFile });

    const rows: Row[] = [];
    for (const s of scenarios) {
      log(`  ${s.name}`);
      const load = (url: string, headers?: Record<string, string>) =>
        runLoad({ url, paths: s.paths, connections, durationSeconds: seconds, headers });
      const base = await load(baseline.url);
      const viaNginx = await load(nginx.url);
      const uncached = await load(nginx.url, UNCACHED);
      rows.push({
        name: s.name,
        bytes: bytes.get(s.name) ?? 0,
        baseline: base,
        nginx: viaNginx,
        uncached,
        nginxRatio: ratio(viaNginx.requestsPerSecond, base.requestsPerSecond),
        uncachedRatio: ratio(uncached.requestsPerSecond, base.requestsPerSecond),
      });
    }

    log('  publish-to-visible on B and C');
    const visible: number[] = [];
    for (let i = 1; i <= QUICK.publishes; i++) {
      visible.push(...(await publish(i, `Bench cluster published ${stamp} ${i}`)));
    }
    const invisible = visible.filter((x) => !Number.isFinite(x)).length;
    const report = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      instances: INSTANCES,
      workersPerInstance: 1,
      size: QUICK.size,
      connections,
      seconds,
      machine: { cpus: cpus().length, loadAverageAtStart, node: process.version },
      rebuilt,
      rows,
      publishToVisibleOnOthers: { ...summarise(visible.filter(Number.isFinite)), invisible },
    };
    const md = [
      `### Three instances behind nginx, PostgreSQL, ${sizeLabel(QUICK.size)} (${report.date})`,
      '',
      `${INSTANCES} instances × 1 server process, nginx with bench/nginx/accord.conf, ${connections} connections, ${seconds} s per run; ${cpus().length} cores shared with other work (load average ${loadAverageAtStart.map((x) => x.toFixed(1)).join(' ')} at start).`,
      '',
      '| Scenario | bytes | ceiling req/s | via nginx req/s | ratio | uncached, spread over the 3, req/s | ratio |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.bytes} | ${Math.round(r.baseline.requestsPerSecond)} | ${Math.round(r.nginx.requestsPerSecond)} | ${r.nginxRatio ?? '–'} | ${Math.round(r.uncached.requestsPerSecond)} | ${r.uncachedRatio ?? '–'} |`,
      ),
      '',
      `Publish on instance A, visible on B and C (page, ms after the publish answered): p50 ${report.publishToVisibleOnOthers.p50}, max ${report.publishToVisibleOnOthers.max}, ${visible.length - invisible} of ${visible.length} within 10 s.`,
      '',
    ].join('\n');
    const resultsDir = join(repoRoot, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const stem = `${new Date().toISOString().slice(0, 10)}-postgres-cluster3-quick`;
    writeFileSync(join(resultsDir, `${stem}.json`), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(resultsDir, `${stem}.md`), md);
    console.log(`\n${md}`);
  } finally {
    await baseline?.stop();
    await nginx?.stop();
    await Promise.all(apps.map((a) => a.stop()));
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
