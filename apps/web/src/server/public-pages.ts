import { type PublicChange } from '@accord/api';

/**
 * The public pages that show a changed record, in two groups:
 * - `first`: re-rendered before the write answers, so the editor (and any reader who follows
 *   the answer) sees the change there at once: the record's own page, and for a commitment
 *   its brief and the home page;
 * - `then`: re-rendered right after the answer: the other pages that list the record.
 * Both the old and the new place count: a moved or renamed record leaves stale pages behind
 * otherwise. Every other public page is marked stale and refreshes on its next visit.
 */
export function pagesShowing(change: PublicChange): { first: string[]; then: string[] } {
  const first = new Set<string>();
  const then = new Set<string>();
  const records = [change.before, change.after].filter((r) => r !== null);
  switch (change.type) {
    case 'commitment':
      first.add('/');
      for (const c of [change.before, change.after]) {
        if (!c) continue;
        first.add(`/commitments/${c.slug}`);
        first.add(`/themes/${c.theme}`);
        then.add(`/meetings/${c.meeting}`);
        for (const p of c.parties) then.add(`/parties/${p.party}`);
        for (const q of c.quotes) then.add(`/sources/${q.source}`);
        for (const h of c.history) for (const s of h.sources) then.add(`/sources/${s}`);
      }
      then.add('/meetings');
      then.add('/parties');
      then.add('/sources');
      break;
    case 'theme':
      first.add('/');
      for (const r of records) first.add(`/themes/${r.slug}`);
      break;
    case 'meeting':
      first.add('/meetings');
      for (const r of records) first.add(`/meetings/${r.slug}`);
      then.add('/');
      break;
    case 'party':
      first.add('/parties');
      for (const r of records) first.add(`/parties/${r.slug}`);
      break;
    case 'source':
      first.add('/sources');
      for (const r of records) first.add(`/sources/${r.slug}`);
      break;
  }
  for (const path of first) then.delete(path);
  return { first: [...first], then: [...then] };
}
