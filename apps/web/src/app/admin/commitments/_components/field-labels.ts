// Plain functions (no 'use client'): the history page's server render uses them too.

/** Field labels for the error summary and the conflict table. */
export function commitmentFieldLabel(path: string): string {
  const parts = path.split('.');
  const row = (i: string | undefined) => Number(i) + 1;
  const names: Record<string, string> = {
    slug: 'Slug',
    meeting: 'Meeting',
    theme: 'Theme',
    tags: 'Tags',
    title: 'Title',
    summary: 'Summary',
    strength: 'Strength',
    parties: 'Parties',
    target: 'Target date',
    quotes: 'Quotes',
    date: 'Date',
    precision: 'Precision',
    qualifier: 'Qualifier',
    note: 'Note',
    party: 'Party',
    role: 'Role',
    text: 'Quoted words',
    form: 'Form',
    source: 'Source',
    attribution: 'Attribution',
    kind: 'Attribution kind',
    who: 'Who said it',
  };
  const [head, index, ...rest] = parts;
  const name = (k: string) => names[k] ?? k;
  if ((head === 'parties' || head === 'quotes') && index !== undefined && /^\d+$/.test(index)) {
    const item = head === 'parties' ? 'Party' : 'Quote';
    const tail = rest.filter((k) => k !== 'attribution');
    const last = tail.at(-1);
    const leaf =
      head === 'quotes' && rest[0] === 'attribution' && last === 'party'
        ? 'Speaker’s party'
        : last
          ? name(last)
          : '';
    return leaf ? `${item} ${row(index)}: ${leaf}` : `${item} ${row(index)}`;
  }
  return parts.map(name).join(': ');
}
