// Plain functions (no 'use client'): the history page's server render uses them too.
import { labelPath, type PathWords } from '../../_components/paths';

const WORDS: PathWords = {
  names: {
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
    parent: 'Sub-commitment of',
    reviewedOn: 'Last reviewed on',
    lineage: 'Lineage',
    disputes: 'Disputes',
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
    'attribution.party': 'Speaker’s party',
    'history.party': 'Assesses party',
    effectiveOn: 'Date',
    status: 'Status',
    author: 'Author',
    relation: 'Relation',
    on: 'Date',
    quote: 'Quote',
    topic: 'Topic',
    raisedOn: 'Raised on',
    claims: 'Claims',
    claim: 'What the source claims',
    resolved: 'Resolved',
    // A translation's fields: "translations.ja.summary.text" → "Japanese: Summary: Text".
    translations: 'Translations',
    'translations.ja': 'Japanese',
    'title.text': 'Text',
    'summary.text': 'Text',
    'title.from': 'Translated from',
    'summary.from': 'Translated from',
    // A status update's note: "history.0.translations.ja.note.text" → "…: Japanese: Note: Text".
    'note.text': 'Text',
    'note.from': 'Translated from',
    'topic.text': 'Text',
    'topic.from': 'Translated from',
    'claim.text': 'Text',
    'claim.from': 'Translated from',
    'targetNote.text': 'Text',
    'targetNote.from': 'Translated from',
    'ja.targetNote': 'Note on the target date',
  },
  /** One row of a list: "Quote 2", "Status update 1", "Tag 3". */
  rows: {
    parties: 'Party',
    quotes: 'Quote',
    history: 'Status update',
    tags: 'Tag',
    sources: 'Source',
    lineage: 'Lineage link',
    disputes: 'Dispute',
    claims: 'Claim',
  },
  // A quote's and an attribution's fields are labelled on their own ("Who said it").
  silent: ['attribution', 'quote', 'translations'],
  separator: ': ',
};

/**
 * Field labels for the error summary, the conflict table and the history comparison:
 * "quotes.1.attribution.party" → "Quote 2: Speaker’s party".
 */
export function commitmentFieldLabel(path: string): string {
  return labelPath(path, WORDS);
}

/** The status-update form's own fields ("party" is the party the update assesses). */
export function statusFieldLabel(path: string): string {
  return commitmentFieldLabel(path === '' ? path : `history.0.${path}`).replace(
    /^Status update 1: /,
    '',
  );
}

/** Paths whose value is chosen from a list (another record's slug), not typed. */
const CHOSEN =
  /^(meeting|theme|parent|parties\.\d+\.party|quotes\.\d+\.source|lineage\.\d+\.(meeting|source)|disputes\.\d+\.claims\.\d+\.source)$/;

/** The schema says "A slug cannot be empty" for any missing reference; on a select, ask for a choice. */
export function commitmentIssueMessage(path: string, message: string): string {
  return CHOSEN.test(path) && message === 'A slug cannot be empty' ? 'Choose one.' : message;
}
