import { type PhaseResult } from './phase';
import { ratio } from './stats';

/** Lighthouse's scored metrics of one page: times in ms, CLS unitless; null when not measured. */
export interface LighthouseMetrics {
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
}

/** A performance audit a page fails, with Lighthouse's estimate of what fixing it saves. */
export interface LighthouseAudit {
  id: string;
  displayValue: string | null;
  score: number;
  /** Estimated LCP + FCP + TBT savings in ms (0 when Lighthouse gives none). */
  savingsMs: number;
}

/** The `prefers-color-scheme` Chromium reported while a page was measured. */
export type ColorScheme = 'light' | 'dark';

/** An accessibility audit a page fails, with the elements the report names (up to five). */
export interface LighthouseAccessibilityAudit {
  id: string;
  title: string;
  /** CSS selectors of the failing elements, as the report gives them. */
  elements: string[];
  /** How many elements fail (more than `elements` lists when above five). */
  elementCount: number;
}

/** One page's Lighthouse result: the median run when it was measured more than once. */
export interface LighthousePage {
  name: string;
  path: string;
  scheme: ColorScheme;
  performance: number | null;
  accessibility: number | null;
  metrics: LighthouseMetrics | null;
  /** Failing performance audits, most costly first. */
  failingAudits: LighthouseAudit[];
  /**
   * Failing accessibility audits of the run with the lowest accessibility score (the median
   * run is chosen by performance, and accessibility is checked on every run).
   */
  failingAccessibilityAudits: LighthouseAccessibilityAudit[];
  /** The machine's 1/5/15-minute load average when this run ended. */
  loadAverage: number[];
  /** Every run's performance score, in order. */
  performanceRuns: (number | null)[];
  /** Every run's accessibility score, in order. */
  accessibilityRuns: (number | null)[];
}

export interface LighthouseResult {
  /** The machine's 1/5/15-minute load average when Chromium started. */
  loadAverageAtStart: number[];
  pages: LighthousePage[];
  js: { briefGzipBytes: number; emptyGzipBytes: number; extraGzipBytes: number };
}

export interface BenchReport {
  date: string;
  engine: 'pglite' | 'postgres';
  mode: 'quick' | 'full';
  connections: number;
  durations: { app: number; baseline: number; nginx: number; unloaded: number };
  machine: { cpus: number; loadAverageAtStart: number[]; node: string; commit: string };
  phases: PhaseResult[];
  lighthouse: LighthouseResult | null;
  notes: string[];
}

const GROWTH_SCENARIOS = [
  'tRPC commitment.list by theme (cursor pages)',
  'tRPC commitment.list filtered',
  'tRPC commitment.bySlug',
  'REST GET /commitments by theme (cursor pages)',
  'REST GET /commitments filtered',
  'REST GET /commitments/{slug}',
];

export interface GrowthRow {
  name: string;
  /** p50 under load (ms) per size. */
  loaded: Record<number, number>;
  /** p50 with one connection (ms) per size. */
  unloaded: Record<number, number>;
  loadedGrowth: number | null;
  unloadedGrowth: number | null;
}

/** p50 of the API reads at each size, and the largest size's value ÷ the smallest's. */
export function growthTable(phases: PhaseResult[]): GrowthRow[] {
  if (phases.length === 0) return [];
  const sizes = phases.map((p) => p.size);
  const first = Math.min(...sizes);
  const last = Math.max(...sizes);
  const rows: GrowthRow[] = [];
  for (const name of GROWTH_SCENARIOS) {
    const loaded: Record<number, number> = {};
    const unloaded: Record<number, number> = {};
    for (const phase of phases) {
      const s = phase.scenarios.find((x) => x.name === name && x.via === 'app');
      if (s) loaded[phase.size] = s.app.p50Ms;
      const u = phase.unloaded.find((x) => x.name === name);
      if (u) unloaded[phase.size] = u.p50Ms;
    }
    if (Object.keys(loaded).length === 0) continue;
    rows.push({
      name,
      loaded,
      unloaded,
      loadedGrowth: first === last ? null : ratio(loaded[last] ?? NaN, loaded[first]),
      unloadedGrowth: first === last ? null : ratio(unloaded[last] ?? NaN, unloaded[first]),
    });
  }
  return rows;
}

const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits);
const pct = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)}%`);
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** The short Markdown table written beside the JSON and into bench/README.md. */
export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(
    `**${report.date}** · engine **${report.engine}** · ${report.mode} mode · ` +
      `${report.connections} connections · ${report.durations.app} s per app run, ` +
      `${report.durations.baseline} s per baseline run · ${report.machine.cpus} CPUs, load average ` +
      `${report.machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} at start · ` +
      `node ${report.machine.node} · commit ${report.machine.commit}`,
  );
  lines.push('');
  lines.push(
    '| Size | Scenario | Via | req/s | p50 ms | p99 ms | errors / non-2xx | RSS peak MB | baseline req/s | % of ceiling |',
  );
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const phase of report.phases) {
    for (const s of phase.scenarios) {
      lines.push(
        `| ${label(phase.size)} | ${s.name} | ${s.via} | ${fmt(s.app.requestsPerSecond, 0)} | ` +
          `${fmt(s.app.p50Ms)} | ${fmt(s.app.p99Ms)} | ${s.app.errors + s.app.timeouts} / ${s.app.non2xx} | ` +
          `${fmt(s.rssPeakMb, 0)} | ${fmt(s.baseline.requestsPerSecond, 0)} | ${pct(s.ratio)} |`,
      );
    }
  }
  lines.push('');
  lines.push('| Size | Sequential scenario | count | p50 ms | p99 ms | max ms | per s | errors |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const phase of report.phases) {
    const rows: [string, PhaseResult['editorSave'] | null][] = [
      ['editor save (sign in once, update a draft with expectedVersion)', phase.editorSave],
      ['publish-to-visible, app', phase.publishToVisible.app],
      ['publish-to-visible, Japanese page, app', phase.publishToVisible.appJa ?? null],
      ['publish-to-visible, through nginx', phase.publishToVisible.nginx],
    ];
    for (const [name, r] of rows) {
      if (!r) continue;
      lines.push(
        `| ${label(phase.size)} | ${name} | ${r.count} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${fmt(r.perSecond)} | ${r.errors} |`,
      );
    }
  }
  const growth = growthTable(report.phases);
  if (report.phases.length > 1 && growth.length > 0) {
    const sizes = report.phases.map((p) => p.size);
    lines.push('');
    lines.push(
      `| Growth (p50 ms) | ${sizes.map((s) => `${label(s)} loaded`).join(' | ')} | growth | ${sizes
        .map((s) => `${label(s)} 1 conn`)
        .join(' | ')} | growth |`,
    );
    lines.push(`| --- |${' ---: |'.repeat(sizes.length * 2 + 2)}`);
    for (const row of growth) {
      lines.push(
        `| ${row.name} | ${sizes.map((s) => fmt(row.loaded[s], 2)).join(' | ')} | ${fmt(row.loadedGrowth, 2)}× | ` +
          `${sizes.map((s) => fmt(row.unloaded[s], 2)).join(' | ')} | ${fmt(row.unloadedGrowth, 2)}× |`,
      );
    }
  }
  lines.push(...renderAsOf(report.phases));
  if (report.lighthouse) {
    lines.push('');
    lines.push(...renderLighthouse(report.lighthouse));
  }
  const skipped = [...new Set(report.phases.flatMap((p) => p.skipped))];
  const notes = [...report.notes, ...skipped.map((s) => `Skipped: ${s}.`)];
  if (notes.length > 0) {
    lines.push('');
    for (const n of notes) lines.push(`- ${n}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The as-of scenario: the same REST reads today and as of a past day, both uncached (each
 * request runs its SQL), per size; then how the as-of reads grow from the smallest size to
 * the largest. Mean latency with one connection is the query cost; p50 under load is what a
 * reader meets when the caches miss.
 */
export function renderAsOf(phases: PhaseResult[]): string[] {
  const withAsOf = phases.filter((p) => p.asOf && p.asOf.pairs.length > 0);
  if (withAsOf.length === 0) return [];
  const lines: string[] = [''];
  lines.push(
    `| Size | As of ${withAsOf[0]!.asOf!.day} vs today, uncached | today 1 conn mean ms | as-of 1 conn mean ms | as-of ÷ today | today req/s | as-of req/s | today p50 ms | as-of p50 ms | as-of ÷ today | non-2xx |`,
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const phase of withAsOf) {
    for (const p of phase.asOf!.pairs) {
      lines.push(
        `| ${label(phase.size)} | ${p.name} | ${fmt(p.today.single.meanMs, 2)} | ${fmt(p.asOf.single.meanMs, 2)} | ` +
          `${fmt(p.singleRatio, 2)}× | ${fmt(p.today.loaded.requestsPerSecond, 0)} | ${fmt(p.asOf.loaded.requestsPerSecond, 0)} | ` +
          `${fmt(p.today.loaded.p50Ms)} | ${fmt(p.asOf.loaded.p50Ms)} | ${fmt(p.loadedRatio, 2)}× | ` +
          `${p.today.loaded.non2xx + p.today.single.non2xx} / ${p.asOf.loaded.non2xx + p.asOf.single.non2xx} |`,
      );
    }
  }
  if (withAsOf.length > 1) {
    const sizes = withAsOf.map((p) => p.size);
    const first = withAsOf[0]!;
    const last = withAsOf.at(-1)!;
    lines.push('');
    lines.push(
      `| Growth, uncached (1 conn mean ms) | today ${sizes.map(label).join(' → ')} | growth | as-of ${sizes.map(label).join(' → ')} | growth |`,
    );
    lines.push('| --- | --- | ---: | --- | ---: |');
    for (const pair of first.asOf!.pairs) {
      const at = (phase: PhaseResult) => phase.asOf!.pairs.find((x) => x.name === pair.name);
      const series = (side: 'today' | 'asOf') =>
        withAsOf.map((phase) => at(phase)?.[side].single.meanMs ?? NaN);
      const growth = (side: 'today' | 'asOf') =>
        ratio(at(last)?.[side].single.meanMs ?? NaN, at(first)?.[side].single.meanMs);
      lines.push(
        `| ${pair.name} | ${series('today')
          .map((v) => fmt(v, 2))
          .join(' → ')} | ${fmt(growth('today'), 2)}× | ${series('asOf')
          .map((v) => fmt(v, 2))
          .join(' → ')} | ${fmt(growth('asOf'), 2)}× |`,
      );
    }
  }
  return lines;
}

/** A page as the report names it: `home-ja (/ja, dark)`. */
const pageLabel = (p: LighthousePage) => `${p.name} (${p.path}, ${p.scheme})`;

/**
 * Whether accessibility was 100 on every run of every page, as one line; otherwise which
 * pages fell below (their lowest run) and the accessibility audits they fail, with elements.
 */
export function accessibilitySummary(pages: LighthousePage[]): string {
  const below = pages.filter(
    (p) => p.accessibilityRuns.length === 0 || p.accessibilityRuns.some((s) => s !== 100),
  );
  if (pages.length === 0) return 'Accessibility: no page was measured.';
  if (below.length === 0) {
    return `Accessibility 100 on every page: all ${pages.length} page and scheme runs scored 100.`;
  }
  const described = below.map((p) => {
    const runs = p.accessibilityRuns.map((s) => (s === null ? 'not scored' : String(s)));
    const scores = runs.length === 0 ? 'not scored' : runs.join(' / ');
    const audits = p.failingAccessibilityAudits.map((a) => {
      const more = a.elementCount > a.elements.length ? `, … ${a.elementCount} in all` : '';
      return a.elements.length > 0 ? `${a.id} (${a.elements.join(', ')}${more})` : a.id;
    });
    return `${pageLabel(p)} ${scores}${audits.length > 0 ? `: ${audits.join('; ')}` : ''}`;
  });
  return (
    `Accessibility below 100 on ${below.length} of ${pages.length} page and scheme runs: ` +
    `${described.join('; ')}.`
  );
}

/**
 * The Lighthouse table (scores, metrics, the three most costly failing performance audits per
 * page and colour scheme), whether accessibility was 100 everywhere, and the JavaScript sizes,
 * as Markdown lines.
 */
export function renderLighthouse(lighthouse: LighthouseResult): string[] {
  const lines: string[] = [];
  lines.push(
    '| Lighthouse page | scheme | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | SI ms | top failing audits |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const p of lighthouse.pages) {
    const m = p.metrics;
    const audits = p.failingAudits
      .slice(0, 3)
      .map((a) => (a.displayValue ? `${a.id} (${a.displayValue})` : a.id))
      .join(', ');
    const runs =
      p.performanceRuns.length > 1
        ? ` (runs ${p.performanceRuns.map((r) => fmt(r, 0)).join(' ')})`
        : '';
    lines.push(
      `| ${p.name} (${p.path}) | ${p.scheme} | ${fmt(p.performance, 0)}${runs} | ${fmt(p.accessibility, 0)} | ` +
        `${fmt(m?.fcpMs, 0)} | ${fmt(m?.lcpMs, 0)} | ${fmt(m?.tbtMs, 0)} | ${fmt(m?.cls, 3)} | ` +
        `${fmt(m?.speedIndexMs, 0)} | ${audits || '–'} |`,
    );
  }
  lines.push('');
  lines.push(accessibilitySummary(lighthouse.pages));
  const js = lighthouse.js;
  lines.push('');
  lines.push(
    `JavaScript (gzipped script files): brief page ${(js.briefGzipBytes / 1024).toFixed(1)} kB, ` +
      `empty page ${(js.emptyGzipBytes / 1024).toFixed(1)} kB, difference ${(js.extraGzipBytes / 1024).toFixed(1)} kB.`,
  );
  lines.push(
    `Load average ${lighthouse.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} when Lighthouse started.`,
  );
  return lines;
}

const START = '<!-- bench:latest:start -->';
const END = '<!-- bench:latest:end -->';

/** Replaces the latest-results block of bench/README.md (between its markers). */
export function replaceLatestBlock(readme: string, markdown: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return `${readme.trimEnd()}\n\n${START}\n${markdown}${END}\n`;
  return `${readme.slice(0, start + START.length)}\n${markdown}${readme.slice(end)}`;
}
