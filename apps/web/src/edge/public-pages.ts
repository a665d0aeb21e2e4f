import { type PublicChange } from '@accord/api';
import { editionsOf } from '~/i18n/paths';

/**
 * The public pages that show a changed record, in two groups:
 * - `first`: re-rendered before the write answers, so the editor (and any reader who follows
 *   the answer) sees the change there at once: the record's own page(s), and for a commitment
 *   its brief (an editor who publishes opens the brief next);
 * - `then`: the other pages that list it (home, its parties, meeting and sources, the
 *   indexes), re-rendered right after the answer, most-read first; a reader in between gets
 *   their previous copy. (Home too before the answer made a publish take 0.8 s under load.)
 * Both the old and the new place count: a moved or renamed record leaves stale pages behind
 * otherwise. A retraction puts every page in `first` (see isRetraction). Every other public
 * page is marked stale and refreshes on its next visit.
 * Each page counts in every language it has (/themes/x and /ja/themes/x), in the same group:
 * a Japanese reader must not see a record older than an English one.
 */
export function pagesShowing(change: PublicChange): { first: string[]; then: string[] } {
  const pages = englishPagesShowing(change);
  return { first: pages.first.flatMap(editionsOf), then: pages.then.flatMap(editionsOf) };
}

/**
 * How many `first` pages a purge re-renders before its change answers, past those of its
 * first change (which are always all re-rendered: a single save is unchanged by this). A bulk
 * action of 51 commitments asked for 104 (each commitment's page in two languages, and the
 * brief): on a loaded two-core machine the save took 142 s to answer, and every other request
 * to the process waited behind those renders (issue 19's repeated runs). 8 is the first
 * change's commitment pages and brief in both languages, and two more commitments.
 */
export const RERENDER_FIRST_MAX = 8;

/** What one purge asks of the caches (the shape `Purge` in edge/invalidate.ts validates). */
export interface PagePurge {
  /** Re-rendered before the change answers. */
  first: string[];
  /**
   * Expired and not re-rendered: each renders afresh on its next visit, so nobody is served
   * its old copy, and none is rendered until someone asks for it. The `first` pages past
   * RERENDER_FIRST_MAX.
   */
  expire: string[];
  /** Marked stale, and re-rendered right after the answer. */
  then: string[];
  /** Whether readers lose a record: the dated pages are expired too. */
  retraction: boolean;
}

/**
 * The purges the changes of one request ask for: every page that shows any of them, each
 * once, in the earliest group any change puts it in (first, expire, then), so a bulk publish
 * of five commitments of one brief re-renders that brief once. One purge, unless the pages
 * number more than a purge may carry (`maxPaths`): then the changes are split into as few
 * purges as fit. A purge's first change has all its `first` pages re-rendered; later changes'
 * `first` pages are too while the purge has fewer than `firstMax`, and are expired past that.
 */
export function purgesFor(
  changes: readonly PublicChange[],
  maxPaths: number,
  firstMax = RERENDER_FIRST_MAX,
): PagePurge[] {
  const purges: PagePurge[] = [];
  let first = new Set<string>();
  let expire = new Set<string>();
  let then = new Set<string>();
  let retraction = false;
  const size = () => first.size + expire.size + then.size;
  const close = () => {
    for (const path of first) {
      expire.delete(path);
      then.delete(path);
    }
    for (const path of expire) then.delete(path);
    if (size() > 0)
      purges.push({ first: [...first], expire: [...expire], then: [...then], retraction });
    [first, expire, then, retraction] = [new Set(), new Set(), new Set(), false];
  };
  for (const change of changes) {
    const pages = pagesShowing(change);
    const known = (p: string) => first.has(p) || expire.has(p) || then.has(p);
    const added = [...pages.first, ...pages.then].filter((p) => !known(p));
    if (size() + added.length > maxPaths) close();
    const lead = first.size === 0;
    for (const path of pages.first) {
      if (first.has(path)) continue;
      if (lead || first.size < firstMax) first.add(path);
      else expire.add(path);
    }
    for (const path of pages.then) then.add(path);
    retraction ||= expiresAsOfPages(change);
  }
  close();
  return purges;
}

/** pagesShowing by the English paths alone (every page has one). */
export function englishPagesShowing(change: PublicChange): { first: string[]; then: string[] } {
  const first = new Set<string>();
  const then = new Set<string>();
  const records = [change.before, change.after].filter((r) => r !== null);
  switch (change.type) {
    case 'commitment':
      then.add('/');
      for (const c of [change.before, change.after]) {
        if (!c) continue;
        first.add(`/commitments/${c.slug}`);
        first.add(`/themes/${c.theme}`);
        then.add(`/meetings/${c.meeting}`);
        // The commitment it is part of lists it with its status and target.
        if (c.parent) then.add(`/commitments/${c.parent}`);
        // Later (or earlier) meetings list the commitments restated there or built on them.
        for (const l of c.lineage) then.add(`/meetings/${l.meeting}`);
        for (const p of c.parties) then.add(`/parties/${p.party}`);
        for (const q of c.quotes) then.add(`/sources/${q.source}`);
        for (const h of c.history) for (const s of h.sources) then.add(`/sources/${s}`);
        for (const l of c.lineage) then.add(`/sources/${l.source}`);
        for (const d of c.disputes)
          for (const claim of d.claims) then.add(`/sources/${claim.source}`);
      }
      then.add('/meetings');
      then.add('/parties');
      then.add('/sources');
      break;
    case 'theme':
      for (const r of records) first.add(`/themes/${r.slug}`);
      then.add('/');
      break;
    case 'meeting':
      for (const r of records) first.add(`/meetings/${r.slug}`);
      then.add('/meetings');
      then.add('/');
      break;
    case 'party':
      for (const r of records) first.add(`/parties/${r.slug}`);
      then.add('/parties');
      break;
    case 'source':
      for (const r of records) first.add(`/sources/${r.slug}`);
      then.add('/sources');
      break;
  }
  // A retraction (unpublished, archived, deleted) is the urgent case: a reader must not find
  // the record anywhere once the write has answered, so every page that showed it goes first.
  if (isRetraction(change)) {
    for (const path of then) first.add(path);
    then.clear();
  }
  for (const path of first) then.delete(path);
  return { first: [...first], then: [...then] };
}

/**
 * Whether the dated pages (`/as-of/<date>/…`) must all be expired now rather than marked
 * stale. They cannot be listed (any past day is a page), so a publish reaches them through
 * the stale mark on every page: each is re-rendered on its next visit, after serving its old
 * copy once. A retraction cannot wait for that: no copy of the record may be served once the
 * write has answered, so every dated page is expired, and the next visit to one renders it
 * afresh (a 500 if the database is down at that moment: the price of not knowing which of
 * them showed the record).
 */
export function expiresAsOfPages(change: PublicChange): boolean {
  return isRetraction(change);
}

/** Whether readers could see the record before the change and cannot after it. */
function isRetraction(change: PublicChange): boolean {
  if (change.before === null) return false;
  if (change.after === null) return true;
  if (change.type !== 'commitment') return false;
  const { before, after } = change;
  return before?.editorialState === 'published' && after?.editorialState !== 'published';
}
