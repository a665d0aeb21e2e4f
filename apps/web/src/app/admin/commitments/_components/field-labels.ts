// Plain functions (no 'use client'): the history page's server render uses them too.

const NAMES: Record<string, string> = {
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
  history: 'Status updates',
  editorialState: 'Editorial state',
  date: 'Date',
  precision: 'Precision',
  qualifier: 'Qualifier',
  note: 'Note',
  party: 'Party',
  role: 'Role',
  text: 'Quoted words',
  form: 'Form',
  source: 'Source',
  sources: 'Sources',
  kind: 'Attribution kind',
  who: 'Who said it',
  effectiveOn: 'Date',
  status: 'Status',
  author: 'Author',
};

/** One row of a list: "Quote 2", "Status update 1", "Tag 3". */
const ROW_NAMES: Record<string, string> = {
  parties: 'Party',
  quotes: 'Quote',
  history: 'Status update',
  tags: 'Tag',
  sources: 'Source',
};

/**
 * Field labels for the error summary, the conflict table and the history comparison:
 * "quotes.1.attribution.party" → "Quote 2: Speaker’s party".
 */
export function commitmentFieldLabel(path: string): string {
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const next = parts[i + 1];
    if (key === 'attribution') {
      if (next === 'party') {
        out.push('Speaker’s party');
        i++;
      }
      continue;
    }
    if (next !== undefined && /^\d+$/.test(next)) {
      out.push(`${ROW_NAMES[key] ?? NAMES[key] ?? key} ${Number(next) + 1}`);
      i++;
      continue;
    }
    out.push(NAMES[key] ?? key);
  }
  return out.join(': ') || 'Record';
}

/** Paths whose value is chosen from a list (another record's slug), not typed. */
const CHOSEN = /^(meeting|theme|parties\.\d+\.party|quotes\.\d+\.source)$/;

/** The schema says "A slug cannot be empty" for any missing reference; on a select, ask for a choice. */
export function commitmentIssueMessage(path: string, message: string): string {
  return CHOSEN.test(path) && message === 'A slug cannot be empty' ? 'Choose one.' : message;
}
