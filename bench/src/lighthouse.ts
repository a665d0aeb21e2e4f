import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  type ColorScheme,
  type LighthouseAccessibilityAudit,
  type LighthouseAudit,
  type LighthouseMetrics,
  type LighthousePage,
  type LighthouseResult,
} from './report';

/** A page to measure, in one colour scheme. */
export interface LighthouseTarget {
  name: string;
  path: string;
  scheme: ColorScheme;
}

/** The Japanese edition's twin of an English path: `/` is `/ja`, `/themes/x` is `/ja/themes/x`. */
export function japanesePath(path: string): string {
  return path === '/' ? '/ja' : `/ja${path}`;
}

/**
 * Every page the bench measures: home, a brief and a commitment, each in English and in
 * Japanese (named `home`, `home-ja`…), each in the light and the dark colour scheme, since
 * accessibility must hold in both languages and both schemes (issue 18).
 */
export function lighthousePages(paths: {
  home: string;
  brief: string;
  commitment: string;
}): LighthouseTarget[] {
  const pages: LighthouseTarget[] = [];
  for (const [name, path] of Object.entries(paths)) {
    for (const [suffix, localized] of [
      ['', path],
      ['-ja', japanesePath(path)],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        pages.push({ name: name + suffix, path: localized, scheme });
      }
    }
  }
  return pages;
}

/**
 * The Chromium flags that make pages report each `prefers-color-scheme`. Headless Chromium
 * reports light by default; `--force-dark-mode` makes it take the platform theme as dark, the
 * way a reader whose system is set to dark meets the site (Lighthouse itself emulates no media
 * feature). runLighthouse checks that the scheme took effect before measuring.
 */
export const SCHEME_FLAGS: Record<ColorScheme, string[]> = {
  light: [],
  dark: ['--force-dark-mode'],
};

const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

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
      title?: string;
      displayValue?: string;
      numericValue?: number;
      metricSavings?: Partial<Record<string, number>>;
      details?: { items?: { node?: { selector?: string; snippet?: string } }[] };
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
 * The accessibility audits a report fails (axe's checks score 0 or 1; manual and
 * not-applicable ones have no score), with the selectors of up to `elements` failing elements.
 */
export function failingAccessibilityAudits(
  lhr: ReportSummary,
  elements = 5,
): LighthouseAccessibilityAudit[] {
  const failing: LighthouseAccessibilityAudit[] = [];
  for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    const nodes = (audit.details?.items ?? []).flatMap((item) => {
      const found = item.node?.selector ?? item.node?.snippet;
      return found ? [found] : [];
    });
    failing.push({
      id: audit.id,
      title: audit.title ?? audit.id,
      elements: nodes.slice(0, elements),
      elementCount: nodes.length,
    });
  }
  return failing;
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
 * The `prefers-color-scheme` a page reports in the Chromium listening on `port`, and the page's
 * background (of <body>, else <html>; a log then shows the site's own colours followed): opens
 * the page in a new tab over the DevTools protocol, waits for it to load, asks `matchMedia`,
 * closes the tab.
 */
export async function reportedColorScheme(
  port: number,
  url: string,
): Promise<{ scheme: ColorScheme; background: string }> {
  const devtools = `http://127.0.0.1:${port}/json`;
  const target = (await (await fetch(`${devtools}/new?${url}`, { method: 'PUT' })).json()) as {
    id: string;
    webSocketDebuggerUrl: string;
  };
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`no DevTools socket for ${url}`)), {
        once: true,
      });
    });
    let nextId = 0;
    const evaluate = (expression: string) =>
      new Promise<unknown>((resolve, reject) => {
        const id = ++nextId;
        const onMessage = (event: MessageEvent) => {
          const message = JSON.parse(String(event.data)) as {
            id?: number;
            result?: { result?: { value?: unknown } };
            error?: { message: string };
          };
          if (message.id !== id) return;
          socket.removeEventListener('message', onMessage);
          if (message.error) reject(new Error(message.error.message));
          else resolve(message.result?.result?.value);
        };
        socket.addEventListener('message', onMessage);
        socket.send(
          JSON.stringify({
            id,
            method: 'Runtime.evaluate',
            params: { expression, returnByValue: true },
          }),
        );
      });
    const deadline = Date.now() + 30_000;
    const loaded = "location.href !== 'about:blank' && document.readyState === 'complete'";
    while ((await evaluate(loaded)) !== true && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const dark = await evaluate("matchMedia('(prefers-color-scheme: dark)').matches");
    // The site paints its background on <html>; a page may paint it on <body> instead.
    const background = await evaluate(
      '[document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor)' +
        ".find((c) => c !== 'rgba(0, 0, 0, 0)') ?? 'transparent'",
    );
    return { scheme: dark === true ? 'dark' : 'light', background: String(background) };
  } finally {
    socket.close();
    await fetch(`${devtools}/close/${target.id}`).catch(() => undefined);
  }
}

/** One Lighthouse run of one page. */
type PageRun = Omit<LighthousePage, 'performanceRuns' | 'accessibilityRuns'>;

/**
 * Lighthouse (desktop-free default: mobile emulation, simulated throttling) on each page in
 * Debian's Chromium, and the JavaScript the brief ships compared with an empty page (the
 * site's not-found page: the root layout and a heading, nothing else). Each colour scheme gets
 * its own Chromium (SCHEME_FLAGS), checked to report that scheme before any page is measured.
 * With `runs` above one, each page is measured that many times and the median run (by
 * performance) is reported, with every run's scores beside it. `reportDir` keeps each full
 * report (JSON) for a closer look. Pages come back in the order given.
 */
export async function runLighthouse(options: {
  baseUrl: string;
  chromiumPath: string;
  pages: LighthouseTarget[];
  briefPath: string;
  runs?: number;
  reportDir?: string;
  log: (line: string) => void;
}): Promise<LighthouseResult> {
  const loadAverageAtStart = loadAverage();
  const measured = new Map<LighthouseTarget, LighthousePage>();
  for (const scheme of new Set(options.pages.map((p) => p.scheme))) {
    const pages = options.pages.filter((p) => p.scheme === scheme);
    const chrome = await chromeLauncher.launch({
      chromePath: options.chromiumPath,
      chromeFlags: [...CHROMIUM_FLAGS, ...SCHEME_FLAGS[scheme]],
    });
    try {
      const reported = await reportedColorScheme(chrome.port, options.baseUrl + pages[0]!.path);
      if (reported.scheme !== scheme) {
        throw new Error(
          `Chromium started with [${SCHEME_FLAGS[scheme].join(' ')}] reports ` +
            `prefers-color-scheme: ${reported.scheme}, not ${scheme}`,
        );
      }
      options.log(
        `  ${scheme}: Chromium reports prefers-color-scheme: ${scheme} ` +
          `(${pages[0]!.path} background ${reported.background})`,
      );
      for (const page of pages) {
        const runs: PageRun[] = [];
        for (let run = 1; run <= Math.max(1, options.runs ?? 1); run++) {
          options.log(`  lighthouse ${page.path} ${scheme} (run ${run})`);
          const result = await lighthouse(options.baseUrl + page.path, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
          });
          if (options.reportDir && result) {
            mkdirSync(options.reportDir, { recursive: true });
            writeFileSync(
              join(options.reportDir, `${page.name}-${scheme}-${run}.json`),
              result.report as string,
            );
          }
          const lhr = result?.lhr as ReportSummary | undefined;
          runs.push({
            name: page.name,
            path: page.path,
            scheme,
            performance: categoryScore(lhr?.categories.performance?.score),
            accessibility: categoryScore(lhr?.categories.accessibility?.score),
            metrics: lhr ? metricValues(lhr) : null,
            failingAudits: lhr ? failingAudits(lhr) : [],
            failingAccessibilityAudits: lhr ? failingAccessibilityAudits(lhr) : [],
            loadAverage: loadAverage(),
          });
        }
        const median = medianRun(runs)!;
        const worst = [...runs].sort(
          (a, b) => (a.accessibility ?? -1) - (b.accessibility ?? -1),
        )[0]!;
        measured.set(page, {
          ...median,
          failingAccessibilityAudits: worst.failingAccessibilityAudits,
          performanceRuns: runs.map((r) => r.performance),
          accessibilityRuns: runs.map((r) => r.accessibility),
        });
      }
    } finally {
      chrome.kill();
    }
  }
  const briefGzipBytes = await gzippedScriptBytes(options.baseUrl + options.briefPath);
  const emptyGzipBytes = await gzippedScriptBytes(`${options.baseUrl}/bench-empty-page`);
  return {
    loadAverageAtStart,
    pages: options.pages.map((p) => measured.get(p)!),
    js: { briefGzipBytes, emptyGzipBytes, extraGzipBytes: briefGzipBytes - emptyGzipBytes },
  };
}
