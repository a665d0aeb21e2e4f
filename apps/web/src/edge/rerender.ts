/**
 * Re-renders cached pages in place. Each page is requested from this server with Next's
 * on-demand revalidation header (the mechanism behind the pages router's `res.revalidate`):
 * Next renders the page afresh and stores it, and if the render fails it keeps the copy it
 * had. So a page is never without a good copy, unlike after `revalidatePath`, which expires
 * it: a reader who comes after an expiry while the database is down would get a 500.
 */

import { REVALIDATE_HEADER } from './next-internals';

/** The header Next reads (next-internals.ts); its value is the build's secret preview id. */
export { REVALIDATE_HEADER };

export interface RerenderTarget {
  /** This server, seen from itself: `http://127.0.0.1:3000`. */
  origin: string;
  /** The build's `preview.previewModeId` (prerender-manifest.json). */
  secret: string;
  /** How long one page may take before it is given up (its old copy stays). */
  timeoutMs?: number;
  /** Pages rendered at once. */
  concurrency?: number;
  fetch?: typeof fetch;
}

export interface RerenderResult {
  path: string;
  /** The render's HTTP status (200, or 404 for a page whose record is gone), or null. */
  status: number | null;
  /** When the copy that came back was rendered (the root layout's data-rendered-at). */
  renderedAt?: number;
  error?: string;
}

/** The root layout stamps every render: `<html lang="en" data-rendered-at="1764230000000">`. */
export function renderedAtOf(html: string): number | undefined {
  const match = /<html[^>]*\sdata-rendered-at="(\d+)"/.exec(html);
  return match ? Number(match[1]) : undefined;
}

/** Re-renders `paths`; never throws: failures are in the results (and the old copies stay). */
export async function rerenderPages(
  paths: readonly string[],
  target: RerenderTarget,
): Promise<RerenderResult[]> {
  const { origin, secret, timeoutMs = 10_000, concurrency = 2 } = target;
  const doFetch = target.fetch ?? fetch;
  const results: RerenderResult[] = [];
  const queue = [...paths];
  async function worker(): Promise<void> {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      try {
        const res = await doFetch(new URL(path, origin), {
          headers: { [REVALIDATE_HEADER]: secret },
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        const renderedAt = renderedAtOf(await res.text());
        results.push({ path, status: res.status, ...(renderedAt ? { renderedAt } : {}) });
      } catch (error) {
        results.push({ path, status: null, error: (error as Error).message });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}

/**
 * Re-renders `paths` so that each stored copy was rendered after `since` (the commit). Next
 * joins a request for a page to a render of it already in flight, and one that started before
 * the commit (a reader's background refresh of a stale page) stores the old text: such pages
 * are asked once more, which starts a render after the first ended. Pages without a stamp
 * (not HTML) are trusted after one pass.
 */
export async function refreshPages(
  paths: readonly string[],
  target: RerenderTarget,
  since: number,
): Promise<RerenderResult[]> {
  const first = await rerenderPages(paths, target);
  // Asked once more: a copy rendered before the commit (a render already in flight), and a
  // render that failed with a 5xx. Right after PostgreSQL restarts, one new pooled connection
  // can fail after the 2 s connect timeout (database-down scenario); a second render uses
  // another one, and the page gets the change instead of keeping its old copy.
  const again = first.filter(
    (r) =>
      (r.renderedAt !== undefined && r.renderedAt < since) ||
      (r.status !== null && r.status >= 500),
  );
  if (again.length === 0) return first;
  const second = await rerenderPages(
    again.map((r) => r.path),
    target,
  );
  const byPath = new Map(second.map((r) => [r.path, r]));
  return first.map((r) => byPath.get(r.path) ?? r);
}
