import { type ReferenceType } from '@accord/domain';
import { labelPath, type PathWords } from './paths';

export type { ReferenceType };

/**
 * How the admin speaks of the four reference record types an editor manages beside
 * commitments: where they live, their names, what their list says, who may change them.
 * Their fields and empty values are in reference-forms.tsx; their procedures in
 * reference-load.ts (reads) and reference-editor.tsx (writes).
 */
export const REFERENCE_WORDS = {
  meeting: {
    intro: 'Summits and the meetings held alongside them. A save is live for readers at once.',
    adminOnly: false,
    path: '/admin/meetings',
    site: '/meetings',
    one: 'meeting',
    many: 'meetings',
    titleLabel: 'Title',
  },
  party: {
    intro:
      'Countries, organisations and companies that commit, partner or benefit. A save is live for readers at once.',
    adminOnly: false,
    path: '/admin/parties',
    site: '/parties',
    one: 'party',
    many: 'parties',
    titleLabel: 'Name',
  },
  source: {
    intro: 'The documents quotes and status updates cite. A save is live for readers at once.',
    adminOnly: false,
    path: '/admin/sources',
    site: '/sources',
    one: 'source',
    many: 'sources',
    titleLabel: 'Title',
  },
  theme: {
    intro: 'The briefs readers browse by. Only admins create, change or delete themes.',
    adminOnly: true,
    path: '/admin/themes',
    site: '/themes',
    one: 'theme',
    many: 'themes',
    titleLabel: 'Title',
  },
} as const satisfies Record<ReferenceType, ReferenceWords>;

interface ReferenceWords {
  /** The list page's first paragraph. */
  intro: string;
  /** Only admins create, change, delete or restore one (themes); editors read. */
  adminOnly: boolean;
  /** The admin's pages of this type. */
  path: string;
  /** Its public pages, followed by the slug. */
  site: string;
  one: string;
  many: string;
  /** What its title field is called (a party's is its name). */
  titleLabel: string;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Select options from a vocabulary without definitions: "news_report" → "News report". */
export function optionsOfValues(values: readonly string[]) {
  return values.map((value) => ({ value, label: capitalize(value.replace(/_/g, ' ')) }));
}

/** A translation's language: "translations.ja.title.text" → "Japanese › Title › Text". */
const TRANSLATION_WORDS = { 'translations.ja': 'Japanese' };

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
      ...TRANSLATION_WORDS,
      'ja.note': 'What differs',
      'topic.text': 'Text',
      'note.text': 'Text',
      'topic.from': 'Translated from',
      'note.from': 'Translated from',
      'name.text': 'Text',
      'office.text': 'Text',
      'name.from': 'Translated from',
      'office.from': 'Translated from',
    },
    rows: { accounts: 'Account', quotes: 'Quote', participants: 'Participant' },
    silent: ['attribution', 'translations'],
  },
  party: {},
  source: { names: { url: 'URL' } },
  theme: {
    names: {
      ...TRANSLATION_WORDS,
      'title.text': 'Text',
      'summary.text': 'Text',
      'brief.text': 'Text',
      'title.from': 'Translated from',
      'summary.from': 'Translated from',
      'brief.from': 'Translated from',
    },
    silent: ['translations'],
  },
};

/**
 * "url" → "URL", "participants.1.office" → "Participant 2 › Office",
 * "accounts.0.quotes.1.attribution.party" → "Account 1 › Quote 2 › Speaker’s party",
 * for errors and diffs.
 */
export function referenceFieldLabel(type: ReferenceType, path: string): string {
  return labelPath(path, FIELD_WORDS[type]);
}
