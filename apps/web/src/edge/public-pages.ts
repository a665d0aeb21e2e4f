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
 * The purges the changes of one request ask for: every page that shows any of them, each
 * once, in the earlier group any change puts it in, so a bulk publish of five commitments of
 * one brief re-renders that brief once. One purge, unless the pages number more than a purge
 * may carry (`maxPaths`): then the changes are split into as few purges as fit.
 */
export function purgesFor(
  changes: readonly PublicChange[],
  maxPaths: number,
): { first: string[]; then: string[]; retraction: boolean }[] {
  const purges: { first: string[]; then: string[]; retraction: boolean }[] = [];
  let first = new Set<string>();
  let then = new Set<string>();
  let retraction = false;
  const close = () => {
    for (const path of first) then.delete(path);
    if (first.size + then.size > 0) purges.push({ first: [...first], then: [...then], retraction });
    [first, then, retraction] = [new Set(), new Set(), false];
  };
  for (const change of changes) {
    const pages = pagesShowing(change);
    const added = [...pages.first, ...pages.then].filter((p) => !first.has(p) && !then.has(p));
    if (first.size + then.size + added.length > maxPaths) close();
    for (const path of pages.first) first.add(path);
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
