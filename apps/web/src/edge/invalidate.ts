import 'server-only';
import { type PublicChange } from '@accord/api';
import { revalidatePath, revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { z } from 'zod';
import { internalOrigin } from '../server/env';
import { buildSecret } from './build-secret';
import { announce } from './cache-events';
import { invalidateFrontCache } from './front/registry';
import { EVERY_PAGE_TAG } from './next-internals';
import { purgesFor } from './public-pages';
import { refreshPages, type RerenderResult, type RerenderTarget } from './rerender';

/**
 * The one purge path. Every cache of public data is emptied here and nowhere else: the front
 * server's response cache (front/front.ts), which answers anonymous pages and API reads, and
 * Next's page cache (stale marks, expiries and re-renders). (There was a second, in-process
 * cache of API reads behind the front; it held only what the front holds, so it is gone.)
 *
 * A public change (publish, edit of a published record, unpublish, archive, delete, import)
 * is turned into a Purge: which pages show the record, and whether readers lose it. The
 * instance that saved it applies the purge (publicDataChanged) and announces it to every other
 * process on the database (cache-events.ts); each of them applies the same purge, through a
 * request to itself (app/api/edge/purge), and acknowledges. The save answers once the peers
 * that were live have acknowledged, 1 s at most.
 */

/**
 * The dated pages of each language (`/as-of/<date>/…`, `/ja/as-of/<date>/…`), by the route
 * folder revalidatePath names them with.
 */
const AS_OF_LAYOUTS = ['/(public)/as-of', '/ja/as-of'];

/**
 * The later pages of a brief's or a party's list, and of the meetings, parties and sources
 * indexes, in each language: like the dated pages, no publish can name them (a record added
 * or taken away moves every item after it to another page), so a retraction expires them all.
 * The indexes' first pages are listed by public-pages.ts and re-rendered like any other page.
 */
const LIST_PAGE_ROUTES = [
  '/(public)/themes/[slug]/more/[cursor]',
  '/(public)/parties/[slug]/more/[cursor]',
  '/(public)/meetings/more/[cursor]',
  '/(public)/parties/more/[cursor]',
  '/(public)/sources/more/[cursor]',
  '/ja/themes/[slug]/more/[cursor]',
  '/ja/parties/[slug]/more/[cursor]',
  '/ja/meetings/more/[cursor]',
  '/ja/parties/more/[cursor]',
  '/ja/sources/more/[cursor]',
];

const MAX_PATHS = 5000;
const Path = z.string().startsWith('/').max(2048);

/** What a public change asks of every cache. */
export const Purge = z.object({
  /** Pages re-rendered before the change answers. */
  first: z.array(Path).max(MAX_PATHS),
  /**
   * Pages expired, not re-rendered: a bulk action's `first` pages past RERENDER_FIRST_MAX
   * (public-pages.ts). Absent from an older process's event.
   */
  expire: z.array(Path).max(MAX_PATHS).default([]),
  /** Pages re-rendered right after. */
  then: z.array(Path).max(MAX_PATHS),
  /** Whether readers could see the record before and cannot now: dated pages are expired. */
  retraction: z.boolean(),
});
export type Purge = z.infer<typeof Purge>;

/** Everything: after a missed event or a reconnect, when nothing is known of what changed. */
export const PURGE_EVERYTHING = 'everything' as const;

/**
 * Applies a purge to this process's caches. Must run inside a request (Next's revalidate
 * calls need one): the save's own, or the request of app/api/edge/purge.
 * 1. the front server's cached answers (pages and API reads) are dropped;
 * 2. every cached public page is marked stale (refreshed on its next visit, never expired),
 *    except the dated pages and lists' later pages on a retraction, which are expired; everything at once is
 *    expired (a purge of everything follows a missed event, which may have been a retraction);
 * 3. the pages that show the record are re-rendered in place: `first` before this resolves,
 *    `then` after the request has answered; the front cache is emptied again after each group
 *    (it may have stored a page Next served from its old copy meanwhile);
 * 4. `expire` (a bulk action's pages past the first few) are expired, so each renders afresh
 *    on its next visit: no old copy is served, and no render happens until someone asks.
 * A page re-rendered by a change is never left without a good copy, so readers get 200s
 * through a database outage that starts right after a publish (docs/reliability.md); an
 * expired one answers 500 on a visit during such an outage, until the database is back.
 */
export async function applyPurge(
  purge: Purge | typeof PURGE_EVERYTHING,
  options: { committedAt?: number; announced?: boolean } = {},
): Promise<void> {
  const committedAt = options.committedAt ?? Date.now();
  invalidateFrontCache();
  if (purge === PURGE_EVERYTHING) {
    revalidatePath('/', 'layout');
    return;
  }
  revalidateTag(EVERY_PAGE_TAG, 'max');
  if (purge.retraction) {
    for (const layout of AS_OF_LAYOUTS) revalidatePath(layout, 'layout');
    for (const route of LIST_PAGE_ROUTES) revalidatePath(route, 'page');
  }
  for (const path of purge.expire) revalidatePath(path);
  const target = rerenderTarget();
  if (!target) {
    // No running server to ask (a script, or the build): expire them instead.
    for (const path of [...purge.first, ...purge.then]) revalidatePath(path);
    return;
  }
  if (options.announced) {
    // Another process saved the change and waits for this one, 1 s at most. Re-rendering
    // here first took 1-7 s on a loaded machine, and until then readers got the old copy
    // (for a retraction, the record). So the pages that show it are expired instead: the next
    // visit renders them afresh, and they are re-rendered right after the acknowledgement.
    // The price, on this process only: if the database goes down in between, such a page
    // answers 500 instead of its old copy (the saving process keeps the stronger promise).
    for (const path of purge.first) revalidatePath(path);
    invalidateFrontCache();
    after(async () => {
      report(await refreshPages([...purge.first, ...purge.then], target, committedAt));
      invalidateFrontCache();
    });
    return;
  }
  report(await refreshPages(purge.first, target, committedAt));
  invalidateFrontCache();
  after(async () => {
    report(await refreshPages(purge.then, target, committedAt));
    invalidateFrontCache();
  });
}

/**
 * Published content changed (the API calls this after the write committed, before it
 * answers): the purge is applied here and announced to every other process, and this
 * resolves once both are done (the other processes: 1 s at most).
 */
export async function publicDataChanged(changes: readonly PublicChange[]): Promise<void> {
  const committedAt = Date.now();
  for (const purge of purgesFor(changes, MAX_PATHS)) {
    const announced = announce(purge);
    await applyPurge(purge, { committedAt });
    await announced;
  }
}

function report(results: RerenderResult[]): void {
  for (const r of results) {
    if (r.status === 200 || r.status === 404) continue;
    console.warn(`re-render of ${r.path} failed (${r.error ?? r.status}); its old copy stays`);
  }
}

/** This server's own address and its build's revalidation secret. */
function rerenderTarget(): RerenderTarget | null {
  const origin = internalOrigin();
  const secret = buildSecret();
  return origin && secret ? { origin, secret } : null;
}
