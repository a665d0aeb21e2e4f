import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeCursor } from '@accord/domain';
import { AppClient } from './app-client';
import { commitmentSlug, partySlug, themeSlug } from './generate';
import { runLoad, type LoadResult } from './load-generator';
import { type NginxHandle } from './nginx';
import { sampleRss } from './processes';
import { ratio, summarise } from './stats';
import { waitUntilQuiet } from './quiet';

export type ScenarioKind = 'page' | 'trpc' | 'rest';

export interface Scenario {
  name: string;
  kind: ScenarioKind;
  paths: string[];
  /** Sent with every request (the editor scenario's session cookie). */
  headers?: Record<string, string>;
}

export interface ScenarioResult {
  name: string;
  kind: ScenarioKind;
  via: 'app' | 'nginx';
  paths: string[];
  bytes: number;
  app: LoadResult;
  baseline: LoadResult;
  /** app req/s ÷ baseline req/s in this run. */
  ratio: number | null;
  rssPeakMb: number | null;
}

export interface SequentialResult {
  count: number;
  p50: number;
  p99: number;
  max: number;
  perSecond: number;
  errors: number;
}

/** The same reads today and as of a past day, both uncached: what reading the past costs. */
export interface AsOfPair {
  name: string;
  today: { paths: string[]; single: LoadResult; loaded: LoadResult };
  asOf: { paths: string[]; single: LoadResult; loaded: LoadResult };
  /** as-of ÷ today, mean latency with one connection (the query cost). */
  singleRatio: number | null;
  /** as-of ÷ today, p50 under load. */
  loadedRatio: number | null;
}

export interface PhaseResult {
  size: number;
  loadSeconds: number;
  loadedNow: boolean;
  scenarios: ScenarioResult[];
  /** Single-connection p50 of the API reads: the query cost without queueing. */
  unloaded: { name: string; p50Ms: number; p99Ms: number }[];
  editorSave: SequentialResult;
  publishToVisible: {
    app: SequentialResult;
    nginx: SequentialResult | null;
    /** The same publish, until the Japanese page shows it (absent in older results). */
    appJa?: SequentialResult;
  };
  /** Reads as of AS_OF_DAY against the same reads today (absent in older results). */
  asOf?: { day: string; pairs: AsOfPair[] };
  rssIdleMb: number | null;
  /** How long the server took to go quiet after the warm-up (absent in older results). */
  settled?: { quiet: boolean; waitedMs: number };
  rssAfterMb: number | null;
  skipped: string[];
}

export interface PhaseOptions {
  size: number;
  appUrl: string;
  serverPid: number;
  nginx: NginxHandle | null;
  startBaseline: (routesFile: string) => Promise<{ url: string; stop(): Promise<void> }>;
  workDir: string;
  connections: number;
  durations: { app: number; baseline: number; nginx: number; unloaded: number };
  repeats: { saves: number; publishes: number };
  admin: { email: string; password: string };
  log: (line: string) => void;
}

export interface DraftRef {
  id: number;
  slug: string;
  version: number;
  editorialState: string;
}

interface EditorRecord {
  id: number;
  version: number;
  data: Record<string, unknown> & { title: string };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `path` until its body contains `text`; the time from `since` until then, in ms. */
export async function timeUntilVisible(
  client: AppClient,
  path: string,
  text: string,
  since: number,
  timeoutMs = 30_000,
): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    try {
      const res = await client.get(path);
      if (res.status === 200 && res.body.includes(text)) return Date.now() - since;
    } catch {
      // Retry until the deadline.
    }
    await sleep(10);
  }
  return Number.POSITIVE_INFINITY;
}

export async function draftsOf(client: AppClient): Promise<DraftRef[]> {
  const list = await client.query<{ items: DraftRef[] }>('editor.commitment.list', {
    state: 'draft',
    limit: 200,
  });
  return list.items.filter((d) => d.editorialState === 'draft');
}

/** Changes a draft's title (one editor save) and returns the new version. */
export async function saveTitle(client: AppClient, id: number, title: string): Promise<number> {
  const record = await client.query<EditorRecord>('editor.commitment.get', { id });
  const saved = await client.mutate<{ version: number }>('editor.commitment.update', {
    id,
    expectedVersion: record.version,
    data: { ...record.data, title },
  });
  return saved.version;
}

/** A published slug near `position` in id order (the dataset's ids follow its slugs). */
export async function publishedSlugNear(client: AppClient, position: number): Promise<string> {
  const page = await client.query<{ items: { slug: string }[] }>('commitment.list', {
    cursor: encodeCursor(Math.max(0, position)),
    limit: 1,
  });
  return page.items[0]?.slug ?? commitmentSlug(0);
}

export function buildScenarios(size: number, slugs: string[], hasRest: boolean): Scenario[] {
  const theme = themeSlug(0);
  const cursorAt = (f: number) => encodeCursor(Math.floor(size * f));
  const listInputs = [
    { theme },
    { theme, cursor: cursorAt(0.25) },
    { theme, cursor: cursorAt(0.5) },
    { theme, cursor: cursorAt(0.9) },
  ];
  const filterInputs = [
    { party: partySlug(2), status: 'in_progress' },
    { theme: themeSlug(3), overdue: true },
  ];
  const scenarios: Scenario[] = [
    { name: 'home', kind: 'page', paths: ['/'] },
    { name: 'theme brief page', kind: 'page', paths: [`/themes/${theme}`] },
    { name: 'commitment page', kind: 'page', paths: [`/commitments/${slugs[0]}`] },
    // The Japanese edition's twins of the same pages: cached and served like the English.
    { name: 'home (Japanese)', kind: 'page', paths: ['/ja'] },
    { name: 'theme brief page (Japanese)', kind: 'page', paths: [`/ja/themes/${theme}`] },
    { name: 'commitment page (Japanese)', kind: 'page', paths: [`/ja/commitments/${slugs[0]}`] },
    {
      name: 'tRPC commitment.list by theme (cursor pages)',
      kind: 'trpc',
      paths: listInputs.map((i) => AppClient.trpcPath('commitment.list', i)),
    },
    {
      name: 'tRPC commitment.bySlug',
      kind: 'trpc',
      paths: slugs.map((slug) => AppClient.trpcPath('commitment.bySlug', { slug })),
    },
    {
      name: 'tRPC commitment.list filtered',
      kind: 'trpc',
      paths: filterInputs.map((i) => AppClient.trpcPath('commitment.list', i)),
    },
  ];
  if (hasRest) {
    const qs = (i: Record<string, unknown>) =>
      new URLSearchParams(
        Object.entries(i).map(([k, v]): [string, string] => [k, String(v)]),
      ).toString();
    scenarios.push(
      {
        name: 'REST GET /commitments by theme (cursor pages)',
        kind: 'rest',
        paths: listInputs.map((i) => `/api/v1/commitments?${qs(i)}`),
      },
      {
        name: 'REST GET /commitments/{slug}',
        kind: 'rest',
        paths: slugs.map((slug) => `/api/v1/commitments/${slug}`),
      },
      {
        name: 'REST GET /commitments filtered',
        kind: 'rest',
        paths: filterInputs.map((i) => `/api/v1/commitments?${qs(i)}`),
      },
    );
  }
  return scenarios;
}

/**
 * The editors' commitment list as the admin list page asks for it: the first page, by theme,
 * drafts only, by a common word of the titles, and the second page of a theme (a cursor).
 * Signed in, so nothing caches it: every request runs its query.
 */
export async function buildEditorListScenario(client: AppClient): Promise<Scenario> {
  const theme = themeSlug(0);
  const first = await client.query<{ nextCursor: string | null }>('editor.commitment.list', {
    theme,
  });
  const inputs: Record<string, unknown>[] = [
    {},
    { theme },
    { state: 'draft' },
    { q: 'supply' },
    ...(first.nextCursor ? [{ theme, cursor: first.nextCursor }] : []),
  ];
  return {
    name: 'tRPC editor.commitment.list (editor list pages)',
    kind: 'trpc',
    paths: inputs.map((i) => AppClient.trpcPath('editor.commitment.list', i)),
    headers: { cookie: client.sessionCookie },
  };
}

/**
 * The past day the as-of scenario reads: the generated meetings run from 2019-01-01 for about
 * five years, so about half the commitments existed then and most had a status to look up.
 */
export const AS_OF_DAY = '2021-06-30';

/**
 * A cookie makes every read skip the front cache and the published-data cache (both serve
 * only anonymous requests), so each request runs its SQL; REST reads as a signed-out reader
 * whatever the cookie says. Without it both sides of a pair would be cache hits.
 */
export const UNCACHED = { cookie: 'accord-bench=uncached' };

/** Today's REST reads and the same reads as of AS_OF_DAY (slugs of commitments made by then). */
export function buildAsOfPairs(
  size: number,
  earlySlugs: string[],
): { name: string; today: string[]; asOf: string[] }[] {
  const theme = themeSlug(0);
  const cursorAt = (f: number) => encodeCursor(Math.floor(size * f));
  const qs = (i: Record<string, unknown>) =>
    new URLSearchParams(
      Object.entries(i).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
  const pair = (name: string, today: string[]) => ({
    name,
    today,
    asOf: today.map((path) => `${path}${path.includes('?') ? '&' : '?'}asOf=${AS_OF_DAY}`),
  });
  return [
    pair(
      'REST GET /commitments by theme (cursor pages)',
      [
        { theme },
        { theme, cursor: cursorAt(0.25) },
        { theme, cursor: cursorAt(0.5) },
        { theme, cursor: cursorAt(0.9) },
      ].map((i) => `/api/v1/commitments?${qs(i)}`),
    ),
    pair(
      'REST GET /commitments filtered (party + status; theme + overdue)',
      [
        { party: partySlug(2), status: 'in_progress' },
        { theme: themeSlug(3), overdue: true },
      ].map((i) => `/api/v1/commitments?${qs(i)}`),
    ),
    pair(
      'REST GET /commitments/{slug}',
      earlySlugs.map((slug) => `/api/v1/commitments/${slug}`),
    ),
  ];
}

/** Publishes one draft (via review) and measures until readers see its new title. */
async function publishAndWatch(
  client: AppClient,
  nginxClient: AppClient | null,
  draft: DraftRef,
  marker: string,
): Promise<{ app: number; nginx: number | null; appJa: number }> {
  let version = await saveTitle(client, draft.id, marker);
  version = (
    await client.mutate<{ version: number }>('editor.commitment.setState', {
      id: draft.id,
      expectedVersion: version,
      to: 'review',
    })
  ).version;
  const path = `/commitments/${draft.slug}`;
  const since = Date.now();
  await client.mutate('editor.commitment.setState', {
    id: draft.id,
    expectedVersion: version,
    to: 'published',
  });
  // The Japanese edition shows the English title (marked lang="en") until it is translated:
  // it must show the new title as soon as the English page does.
  const [app, nginx, appJa] = await Promise.all([
    timeUntilVisible(client, path, marker, since),
    nginxClient ? timeUntilVisible(nginxClient, path, marker, since) : Promise.resolve(null),
    timeUntilVisible(client, `/ja${path}`, marker, since),
  ]);
  return { app, nginx, appJa };
}

/**
 * Signs in and publishes one draft: that refreshes every cached page, so pages prerendered by
 * the build (from its own small database) are rebuilt from this dataset before measuring.
 */
export async function primeDataset(
  appUrl: string,
  admin: { email: string; password: string },
  stamp: string,
): Promise<{ client: AppClient; drafts: DraftRef[] }> {
  const client = new AppClient(appUrl, appUrl);
  await client.signIn(admin.email, admin.password);
  const drafts = await draftsOf(client);
  if (drafts.length === 0) throw new Error('no drafts left in the bench dataset');
  await publishAndWatch(client, null, drafts[0]!, `Bench warm-up ${stamp}`);
  return { client, drafts: drafts.slice(1) };
}

export async function runPhase(options: PhaseOptions): Promise<PhaseResult> {
  const { log } = options;
  const reader = new AppClient(options.appUrl, options.appUrl);
  const nginxReader = options.nginx ? new AppClient(options.nginx.url, options.appUrl) : null;
  const skipped: string[] = [];
  const stamp = Date.now().toString(36);
  let primed: Awaited<ReturnType<typeof primeDataset>>;
  try {
    primed = await primeDataset(options.appUrl, options.admin, stamp);
  } catch (error) {
    // Right after start at 100k, the first publish re-renders every list page at once on the
    // server's one thread, and a request of the warm-up can fail; nothing is measured yet.
    log(`  warm-up failed (${(error as Error).message}); retrying once in 10 s`);
    await sleep(10_000);
    primed = await primeDataset(options.appUrl, options.admin, `${stamp}-retry`);
  }
  const { client, drafts } = primed;
  if (drafts.length < options.repeats.publishes + 1) {
    throw new Error(`only ${drafts.length} drafts left in the bench dataset`);
  }

  const slugs = await Promise.all(
    [0.1, 0.4, 0.7, 0.95].map((f) => publishedSlugNear(reader, Math.floor(options.size * f))),
  );
  const rest = await reader.get('/api/v1/commitments?limit=1');
  const hasRest = rest.status === 200;
  if (!hasRest) skipped.push(`REST scenarios: /api/v1 answered ${rest.status}`);
  const scenarios = buildScenarios(options.size, slugs, hasRest);
  scenarios.push(await buildEditorListScenario(client));

  // Warm every URL until it answers 200 with this dataset, and keep its bytes for the baseline.
  const routes: Record<string, { status: number; contentType: string; body: string }> = {};
  const bytesOf = new Map<string, number>();
  for (const s of scenarios) {
    let total = 0;
    // Signed-in scenarios read with the session; the rest as an anonymous reader.
    const as = s.headers ? client : reader;
    for (const path of s.paths) {
      let res = await as.get(path);
      for (let i = 0; i < 20 && (res.status !== 200 || !res.body.includes('bench-')); i++) {
        await sleep(250);
        res = await as.get(path);
      }
      if (res.status !== 200) log(`  warning: ${path} answered ${res.status}`);
      res = await as.get(path); // Second read: the cached copy.
      routes[path] = {
        status: res.status,
        contentType: res.contentType,
        body: res.body.toString('base64'),
      };
      total += res.body.length;
    }
    bytesOf.set(s.name, Math.round(total / s.paths.length));
  }
  // The warm-up's background work (the prime publish's re-renders, each stale page's refresh
  // on its first visit) must be over before anything is timed: at 100k it held the thread
  // through the first scenarios (15–486 req/s for home and brief, bench/README.md).
  const settled = await waitUntilQuiet(() => reader.get('/methodology'));
  log(
    settled.quiet
      ? `  server quiet after the warm-up (${settled.waitedMs} ms)`
      : `  warning: the server was still busy ${settled.waitedMs} ms after the warm-up`,
  );
  const routesFile = join(options.workDir, `routes-${options.size}.json`);
  writeFileSync(routesFile, JSON.stringify(routes));
  const baseline = await options.startBaseline(routesFile);

  const rssIdleMb = sampleRss(options.serverPid).stop().lastMb;
  const results: ScenarioResult[] = [];
  const baselines = new Map<string, LoadResult>();
  try {
    for (const s of scenarios) {
      log(`  ${s.name}`);
      const rss = sampleRss(options.serverPid);
      const app = await runLoad({
        url: options.appUrl,
        paths: s.paths,
        connections: options.connections,
        durationSeconds: options.durations.app,
        headers: s.headers,
      });
      const memory = rss.stop();
      const base = await runLoad({
        url: baseline.url,
        paths: s.paths,
        connections: options.connections,
        durationSeconds: options.durations.baseline,
      });
      baselines.set(s.name, base);
      results.push({
        name: s.name,
        kind: s.kind,
        via: 'app',
        paths: s.paths,
        bytes: bytesOf.get(s.name) ?? 0,
        app,
        baseline: base,
        ratio: ratio(app.requestsPerSecond, base.requestsPerSecond),
        rssPeakMb: memory.peakMb,
      });
    }
    if (options.nginx) {
      // nginx passes signed-in requests straight through: nothing to measure there.
      for (const s of scenarios.filter((x) => !x.headers)) {
        log(`  nginx: ${s.name}`);
        const rss = sampleRss(options.serverPid);
        const viaNginx = await runLoad({
          url: options.nginx.url,
          paths: s.paths,
          connections: options.connections,
          durationSeconds: options.durations.nginx,
        });
        const memory = rss.stop();
        const base = baselines.get(s.name)!;
        results.push({
          name: s.name,
          kind: s.kind,
          via: 'nginx',
          paths: s.paths,
          bytes: bytesOf.get(s.name) ?? 0,
          app: viaNginx,
          baseline: base,
          ratio: ratio(viaNginx.requestsPerSecond, base.requestsPerSecond),
          rssPeakMb: memory.peakMb,
        });
      }
    } else {
      skipped.push('nginx scenarios: nginx not found');
    }
  } finally {
    await baseline.stop();
  }

  // Query cost without queueing: one connection.
  const unloaded: PhaseResult['unloaded'] = [];
  for (const s of scenarios.filter((x) => x.kind !== 'page')) {
    const one = await runLoad({
      url: options.appUrl,
      paths: s.paths,
      connections: 1,
      durationSeconds: options.durations.unloaded,
      headers: s.headers,
    });
    unloaded.push({ name: s.name, p50Ms: one.p50Ms, p99Ms: one.p99Ms });
  }

  // Reading the past against reading today, uncached, in the same run.
  const earlySlugs = await Promise.all(
    [0.05, 0.15, 0.25, 0.35].map((f) => publishedSlugNear(reader, Math.floor(options.size * f))),
  );
  const asOfPairs: AsOfPair[] = [];
  for (const p of buildAsOfPairs(options.size, earlySlugs)) {
    log(`  as of ${AS_OF_DAY}: ${p.name}`);
    // Warmed uncached as well: the first run of a statement (planning, the JIT) is not its cost.
    for (let round = 0; round < 3; round++) {
      for (const path of [...p.today, ...p.asOf]) {
        const res = await fetch(options.appUrl + path, { headers: UNCACHED });
        await res.arrayBuffer();
        if (round === 0 && res.status !== 200) log(`  warning: ${path} answered ${res.status}`);
      }
    }
    // Alternated, so a change in the machine's load falls on both sides alike.
    const run = (paths: string[], connections: number) =>
      runLoad({
        url: options.appUrl,
        paths,
        connections,
        durationSeconds: options.durations.app,
        headers: UNCACHED,
      });
    const todaySingle = await run(p.today, 1);
    const asOfSingle = await run(p.asOf, 1);
    const todayLoaded = await run(p.today, options.connections);
    const asOfLoaded = await run(p.asOf, options.connections);
    const today = { paths: p.today, single: todaySingle, loaded: todayLoaded };
    const asOf = { paths: p.asOf, single: asOfSingle, loaded: asOfLoaded };
    asOfPairs.push({
      name: p.name,
      today,
      asOf,
      singleRatio: ratio(asOf.single.meanMs, today.single.meanMs),
      loadedRatio: ratio(asOf.loaded.p50Ms, today.loaded.p50Ms),
    });
  }

  log('  editor saves');
  const saveTimes: number[] = [];
  let saveErrors = 0;
  const editTarget = drafts.at(-1)!;
  for (let i = 0; i < options.repeats.saves; i++) {
    const record = await client.query<EditorRecord>('editor.commitment.get', {
      id: editTarget.id,
    });
    const started = performance.now();
    try {
      await client.mutate('editor.commitment.update', {
        id: editTarget.id,
        expectedVersion: record.version,
        data: { ...record.data, title: `Bench save ${stamp} ${i}` },
      });
      saveTimes.push(performance.now() - started);
    } catch (error) {
      saveErrors++;
      log(`  save failed: ${(error as Error).message}`);
    }
  }

  log('  publish-to-visible');
  const appTimes: number[] = [];
  const nginxTimes: number[] = [];
  const japaneseTimes: number[] = [];
  for (let i = 0; i < options.repeats.publishes; i++) {
    const draft = drafts[i]!;
    const t = await publishAndWatch(client, nginxReader, draft, `Bench published ${stamp} ${i}`);
    appTimes.push(t.app);
    japaneseTimes.push(t.appJa);
    if (t.nginx !== null) nginxTimes.push(t.nginx);
  }
  const invisible = (list: number[]) => list.filter((x) => !Number.isFinite(x)).length;
  const seq = (list: number[], errors: number): SequentialResult => ({
    ...summarise(list.filter(Number.isFinite)),
    errors,
  });

  return {
    size: options.size,
    loadSeconds: 0,
    loadedNow: false,
    scenarios: results,
    unloaded,
    editorSave: seq(saveTimes, saveErrors),
    publishToVisible: {
      app: seq(appTimes, invisible(appTimes)),
      nginx: options.nginx ? seq(nginxTimes, invisible(nginxTimes)) : null,
      appJa: seq(japaneseTimes, invisible(japaneseTimes)),
    },
    asOf: { day: AS_OF_DAY, pairs: asOfPairs },
    rssIdleMb,
    settled,
    rssAfterMb: sampleRss(options.serverPid).stop().lastMb,
    skipped,
  };
}
