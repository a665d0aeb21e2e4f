import 'server-only';
import { type PublicChange } from '@accord/api';
import { findRepoRoot } from '@accord/db';
import { revalidatePath, revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { internalOrigin, nextDistDir } from '../server/env';
import { invalidateFrontCache } from './front/registry';
import { invalidatePublicReads } from './http/read-cache';
import { expiresAsOfPages, pagesShowing } from './public-pages';
import { refreshPages, type RerenderResult, type RerenderTarget } from './rerender';

/**
 * Every cached page carries this tag: Next derives it from the root layout, and
 * `revalidatePath('/', 'layout')` is the same tag expired at once. Marked stale instead
 * ('max'), a page is served once more from its old copy while Next renders the new one in
 * the background, and keeps the old copy if that render fails (the database is down).
 */
const EVERY_PAGE_TAG = '_N_T_/layout';

/**
 * The layout every dated page (`/as-of/<date>/…`) is under, as revalidatePath names it (with
 * its route group): expiring it expires all of them, whatever their day and record.
 */
const AS_OF_LAYOUT = '/(public)/as-of';

/**
 * Published content changed (called by the API after the write committed, before it
 * answers):
 * 1. the cached API reads of this process are dropped;
 * 2. every cached public page is marked stale (refreshed on its next visit, never expired),
 *    except the dated pages on a retraction, which are expired (expiresAsOfPages);
 * 3. the pages that show the record are re-rendered in place: the main ones before the
 *    write answers (read-after-publish), the lists right after; all of them before the
 *    answer when the record stops being public (pagesShowing); the front server's
 *    response cache (front/front.ts) is emptied again after each group.
 * A page is never left without a good copy, so readers get 200s through a database outage
 * that starts right after a publish (docs/reliability.md).
 */
export async function publicDataChanged(change: PublicChange): Promise<void> {
  const committedAt = Date.now();
  invalidatePublicReads();
  revalidateTag(EVERY_PAGE_TAG, 'max');
  if (expiresAsOfPages(change)) revalidatePath(AS_OF_LAYOUT, 'layout');
  const { first, then } = pagesShowing(change);
  const target = rerenderTarget();
  if (!target) {
    // No running server to ask (a script, or the build): expire them instead.
    for (const path of [...first, ...then]) revalidatePath(path);
    return;
  }
  report(await refreshPages(first, target, committedAt));
  // The front server may have stored a page Next served from its old copy before the stale
  // mark applied; each group's new copies are in Next's cache now, so drop the front's again.
  invalidateFrontCache();
  after(async () => {
    report(await refreshPages(then, target, committedAt));
    invalidateFrontCache();
  });
}

function report(results: RerenderResult[]): void {
  for (const r of results) {
    if (r.status === 200 || r.status === 404) continue;
    console.warn(`re-render of ${r.path} failed (${r.error ?? r.status}); its old copy stays`);
  }
}

const PrerenderManifest = z.object({ preview: z.object({ previewModeId: z.string().min(1) }) });

let cachedTarget: RerenderTarget | null | undefined;

/** This server's address and its build's revalidation secret, read once. */
function rerenderTarget(): RerenderTarget | null {
  if (cachedTarget !== undefined) return cachedTarget;
  const origin = internalOrigin();
  const dist = nextDistDir();
  const candidates = [
    join(/*turbopackIgnore: true*/ process.cwd(), dist, 'prerender-manifest.json'),
    join(/*turbopackIgnore: true*/ findRepoRoot(), 'apps', 'web', dist, 'prerender-manifest.json'),
  ];
  for (const file of candidates) {
    try {
      const manifest = PrerenderManifest.parse(JSON.parse(readFileSync(file, 'utf8')));
      cachedTarget = origin ? { origin, secret: manifest.preview.previewModeId } : null;
      return cachedTarget;
    } catch {
      // Not this one: try the next.
    }
  }
  console.warn('no prerender-manifest.json: changed pages are expired, not re-rendered');
  cachedTarget = null;
  return null;
}
