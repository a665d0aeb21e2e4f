import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { type LighthouseResult } from './report';

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

/**
 * Lighthouse (desktop-free default: mobile emulation, simulated throttling) on each page in
 * Debian's Chromium, and the JavaScript the brief ships compared with an empty page (the
 * site's not-found page: the root layout and a heading, nothing else).
 */
export async function runLighthouse(options: {
  baseUrl: string;
  chromiumPath: string;
  pages: { name: string; path: string }[];
  briefPath: string;
  log: (line: string) => void;
}): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const pages: LighthouseResult['pages'] = [];
  try {
    for (const page of options.pages) {
      options.log(`  lighthouse ${page.path}`);
      const result = await lighthouse(options.baseUrl + page.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const categories = result?.lhr.categories;
      const score = (s: number | null | undefined) =>
        s === null || s === undefined ? null : Math.round(s * 100);
      pages.push({
        name: page.name,
        path: page.path,
        performance: score(categories?.performance?.score),
        accessibility: score(categories?.accessibility?.score),
      });
    }
  } finally {
    chrome.kill();
  }
  const briefGzipBytes = await gzippedScriptBytes(options.baseUrl + options.briefPath);
  const emptyGzipBytes = await gzippedScriptBytes(`${options.baseUrl}/bench-empty-page`);
  return {
    pages,
    js: { briefGzipBytes, emptyGzipBytes, extraGzipBytes: briefGzipBytes - emptyGzipBytes },
  };
}
