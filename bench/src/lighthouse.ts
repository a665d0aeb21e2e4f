import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  type LighthouseAudit,
  type LighthouseMetrics,
  type LighthousePage,
  type LighthouseResult,
} from './report';

/** The script files a page loads (`<script src>`), resolved against the site. */
export function scriptSources(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    found.add(new URL(match[1]!.replaceAll('&amp;', '&'), base).toString());
  }
  return [...found];
}

/** Gzipped bytes of every script file a page loads. */
export async function gzippedScriptBytes(pageUrl: string): Promise<number> {
  const html = await (await fetch(pageUrl)).text();
  let total = 0;
  for (const src of scriptSources(html, pageUrl)) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
}

/** The part of a Lighthouse report (LHR) that explains a performance score. */
export interface ReportSummary {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
      metricSavings?: Partial<Record<string, number>>;
    }
  >;
}

/** The audits behind the five scored metrics (Lighthouse 12 and 13 score the same five), by field. */
const METRIC_AUDITS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const satisfies Record<keyof LighthouseMetrics, string>;

/** A 0–1 category score as Lighthouse shows it (0–100), or null when it could not be scored. */
export function categoryScore(score: number | null | undefined): number | null {
  return score === null || score === undefined ? null : Math.round(score * 100);
}

/** FCP, LCP, TBT, Speed Index (ms, rounded) and CLS (unitless, 3 decimals) of one report. */
export function metricValues(lhr: ReportSummary): LighthouseMetrics {
  const value = (id: string, digits: number) => {
    const n = lhr.audits[id]?.numericValue;
    if (n === undefined || !Number.isFinite(n)) return null;
    const scale = 10 ** digits;
    return Math.round(n * scale) / scale;
  };
  return {
    fcpMs: value(METRIC_AUDITS.fcpMs, 0),
    lcpMs: value(METRIC_AUDITS.lcpMs, 0),
    tbtMs: value(METRIC_AUDITS.tbtMs, 0),
    cls: value(METRIC_AUDITS.cls, 3),
    speedIndexMs: value(METRIC_AUDITS.speedIndexMs, 0),
  };
}

/**
 * The performance audits a report fails (score below 0.9; the scored metrics themselves are
 * left out, metricValues has them), most costly first: by the estimated LCP + FCP + TBT
 * savings in ms, then by score.
 */
export function failingAudits(lhr: ReportSummary, limit = 8): LighthouseAudit[] {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  const failing: (LighthouseAudit & { rank: number })[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight > 0 || audit.score === null || audit.score >= 0.9) continue;
    if (!['numeric', 'binary', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
    const savings = audit.metricSavings ?? {};
    const savingsMs = (savings.LCP ?? 0) + (savings.FCP ?? 0) + (savings.TBT ?? 0);
    failing.push({
      id: audit.id,
      displayValue: audit.displayValue ?? null,
      score: audit.score,
      savingsMs: Math.round(savingsMs),
      rank: savingsMs,
    });
  }
  failing.sort((a, b) => b.rank - a.rank || a.score - b.score);
  return failing.slice(0, limit).map(({ rank: _rank, ...audit }) => audit);
}

/**
 * The run whose performance score is the median (Lighthouse's own advice for noisy machines);
 * runs without a score sort last. Undefined for no runs.
 */
export function medianRun<T extends { performance: number | null }>(runs: T[]): T | undefined {
  const sorted = [...runs].sort(
    (a, b) => (a.performance ?? Infinity) - (b.performance ?? Infinity),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const loadAverage = () => loadavg().map((l) => Math.round(l * 100) / 100);

/**
 * Lighthouse (desktop-free default: mobile emulation, simulated throttling) on each page in
 * Debian's Chromium, and the JavaScript the brief ships compared with an empty page (the
 * site's not-found page: the root layout and a heading, nothing else). With `runs` above one,
 * each page is measured that many times and the median run (by performance) is reported, with
 * every run's score beside it. `reportDir` keeps each full report (JSON) for a closer look.
 */
export async function runLighthouse(options: {
  baseUrl: string;
  chromiumPath: string;
  pages: { name: string; path: string }[];
  briefPath: string;
  runs?: number;
  reportDir?: string;
  log: (line: string) => void;
}): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const loadAverageAtStart = loadAverage();
  const pages: LighthousePage[] = [];
  try {
    for (const page of options.pages) {
      const runs: Omit<LighthousePage, 'performanceRuns'>[] = [];
      for (let run = 1; run <= Math.max(1, options.runs ?? 1); run++) {
        options.log(`  lighthouse ${page.path} (run ${run})`);
        const result = await lighthouse(options.baseUrl + page.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        if (options.reportDir && result) {
          mkdirSync(options.reportDir, { recursive: true });
          writeFileSync(
            join(options.reportDir, `${page.name}-${run}.json`),
            result.report as string,
          );
        }
        const lhr = result?.lhr as ReportSummary | undefined;
        runs.push({
          name: page.name,
          path: page.path,
          performance: categoryScore(lhr?.categories.performance?.score),
          accessibility: categoryScore(lhr?.categories.accessibility?.score),
          metrics: lhr ? metricValues(lhr) : null,
          failingAudits: lhr ? failingAudits(lhr) : [],
          loadAverage: loadAverage(),
        });
      }
      const median = medianRun(runs)!;
      pages.push({ ...median, performanceRuns: runs.map((r) => r.performance) });
    }
  } finally {
    chrome.kill();
  }
  const briefGzipBytes = await gzippedScriptBytes(options.baseUrl + options.briefPath);
  const emptyGzipBytes = await gzippedScriptBytes(`${options.baseUrl}/bench-empty-page`);
  return {
    loadAverageAtStart,
    pages,
    js: { briefGzipBytes, emptyGzipBytes, extraGzipBytes: briefGzipBytes - emptyGzipBytes },
  };
}
