import { z } from 'zod';

/**
 * Every Next.js internal the public caching relies on, in one place. None of them is a
 * documented API: each was read in Next's source and tried against the version below. After
 * an upgrade of `next`, check each against the new source (and run e2e/admin/freshness and
 * e2e/admin/retraction), then change the version here.
 */
export const NEXT_VERSION_CHECKED = '16.4.6';

/**
 * On-demand re-render of one page: a GET with this header set to the build's preview id
 * makes Next render the page afresh and store it in place, keeping the old copy if the render
 * fails (the mechanism behind the pages router's `res.revalidate`; see
 * next/dist/server/base-server.js, `isOnDemandRevalidate`).
 */
export const REVALIDATE_HEADER = 'x-prerender-revalidate';

/** Where the build keeps that preview id: `<distDir>/prerender-manifest.json`. */
export const PRERENDER_MANIFEST = 'prerender-manifest.json';

const PrerenderManifest = z.object({ preview: z.object({ previewModeId: z.string().min(1) }) });

/** The build's preview id from the text of its prerender manifest; throws if it has none. */
export function previewIdOf(manifestText: string): string {
  return PrerenderManifest.parse(JSON.parse(manifestText)).preview.previewModeId;
}

/**
 * The tag every cached page carries: Next derives `_N_T_<path>` tags from a page's route and
 * layouts, and the root layout's is on all of them. `revalidateTag(EVERY_PAGE_TAG, 'max')`
 * marks every page stale; `revalidatePath('/', 'layout')` expires the same tag at once.
 */
export const EVERY_PAGE_TAG = '_N_T_/layout';

/**
 * The header Next sets on a page it served from its page cache: `HIT`, `MISS`, or `STALE`
 * when it served the old copy while it renders a new one (the front cache never keeps those).
 */
export const NEXT_CACHE_HEADER = 'x-nextjs-cache';

/*
 * One more lives outside this file because Next loads it by path, as plain JavaScript:
 * apps/web/isr-cache.mjs extends `next/dist/server/lib/incremental-cache/file-system-cache`
 * (Next's page cache on disk), checked against the same version.
 */
