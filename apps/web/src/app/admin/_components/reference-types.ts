import { notFound } from 'next/navigation';
import { labelPath, type PathWords } from './paths';

/** The four reference record types an editor manages beside commitments, and their words. */
export const REFERENCE_TYPES = {
  meeting: {
    path: '/admin/meetings',
    site: '/meetings',
    one: 'meeting',
    many: 'meetings',
    titleLabel: 'Title',
  },
  party: {
    path: '/admin/parties',
    site: '/parties',
    one: 'party',
    many: 'parties',
    titleLabel: 'Name',
  },
  source: {
    path: '/admin/sources',
    site: '/sources',
    one: 'source',
    many: 'sources',
    titleLabel: 'Title',
  },
  theme: {
    path: '/admin/themes',
    site: '/themes',
    one: 'theme',
    many: 'themes',
    titleLabel: 'Title',
  },
} as const;

export type ReferenceType = keyof typeof REFERENCE_TYPES;

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Select options from a vocabulary without definitions: "news_report" → "News report". */
export function optionsOfValues(values: readonly string[]) {
  return values.map((value) => ({ value, label: capitalize(value.replace(/_/g, ' ')) }));
}

/** A route segment `[id]` as a record id; anything else is a 404. */
export function parseRecordId(segment: string): number {
  const id = Number(segment);
  if (!/^\d{1,10}$/.test(segment) || id < 1 || id > 2_147_483_647) notFound();
  return id;
}

/** How the reference forms name their fields, where the schema's key reads badly ("Url"). */
const FIELD_WORDS: Record<ReferenceType, PathWords> = {
  meeting: {
    names: {
      parentSlug: 'Held alongside',
      text: 'Quoted words',
      kind: 'Attribution kind',
      who: 'Who said it',
      'attribution.party': 'Speaker’s party',
      'accounts.note': 'What differs',
    },
    rows: { accounts: 'Account', quotes: 'Quote' },
    silent: ['attribution'],
  },
  party: {},
  source: { names: { url: 'URL' } },
  theme: {},
};

/**
 * "url" → "URL", "participants.1.office" → "Participants 2 › Office",
 * "accounts.0.quotes.1.attribution.party" → "Account 1 › Quote 2 › Speaker’s party",
 * for errors and diffs.
 */
export function referenceFieldLabel(type: ReferenceType, path: string): string {
  return labelPath(path, FIELD_WORDS[type]);
}
