/**
 * Re-renders cached pages in place. Each page is requested from this server with Next's
 * on-demand revalidation header (the mechanism behind the pages router's `res.revalidate`):
 * Next renders the page afresh and stores it, and if the render fails it keeps the copy it
 * had. So a page is never without a good copy, unlike after `revalidatePath`, which expires
 * it: a reader who comes after an expiry while the database is down would get a 500.
 */

/** The header Next reads; its value is the build's secret preview id. */
export const REVALIDATE_HEADER = 'x-prerender-revalidate';

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
  error?: string;
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
        await res.arrayBuffer();
        results.push({ path, status: res.status });
      } catch (error) {
        results.push({ path, status: null, error: (error as Error).message });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}
