import { z } from 'zod';

/** How firm the language of a commitment is, from binding to exploratory. */
export const COMMITMENT_STRENGTHS = [
  'committed',
  'agreed',
  'reaffirmed',
  'affirmed',
  'recognized',
  'plans',
  'supports',
  'considering',
] as const;
export const CommitmentStrength = z.enum(COMMITMENT_STRENGTHS);
export type CommitmentStrength = z.infer<typeof CommitmentStrength>;

export const STRENGTH_DEFINITIONS: Record<
  CommitmentStrength,
  { label: string; definition: string }
> = {
  committed: {
    label: 'Committed',
    definition: 'The parties said they commit or pledge to act. The firmest language leaders use.',
  },
  agreed: {
    label: 'Agreed',
    definition:
      'The parties reached an agreement to act together, as reported by them or by the press.',
  },
  reaffirmed: {
    label: 'Reaffirmed',
    definition:
      'An earlier commitment or shared position was stated again. Continuity rather than something new.',
  },
  affirmed: {
    label: 'Affirmed',
    definition: 'The parties stated their resolve or position, without a concrete deliverable.',
  },
  recognized: {
    label: 'Recognized',
    definition:
      'The parties acknowledged a fact or principle (for example that something is essential). A statement of position.',
  },
  plans: {
    label: 'Plans to',
    definition: 'The parties announced an intention to do something specific in future.',
  },
  supports: {
    label: 'Supports',
    definition: 'A party said something should continue to be supported, without saying how.',
  },
  considering: {
    label: 'Considering',
    definition:
      'An option under study, reported before any decision. The weakest language we record.',
  },
};

/**
 * What kind of statement a quote comes from. The kind says how much weight a reader can
 * give the words: a joint statement binds both sides, a press report binds neither.
 */
export const ATTRIBUTION_KINDS = [
  'joint_statement',
  'government_readout',
  'on_record_remark',
  'anonymous_official',
  'diplomatic_sources',
  'press_report',
] as const;
export const AttributionKind = z.enum(ATTRIBUTION_KINDS);
export type AttributionKind = z.infer<typeof AttributionKind>;

export const ATTRIBUTION_DEFINITIONS: Record<
  AttributionKind,
  { label: string; definition: string }
> = {
  joint_statement: {
    label: 'Joint statement',
    definition:
      'Words both (or all) governments issued or endorsed together, such as a joint statement or a shared account "according to the Japanese and U.S. governments".',
  },
  government_readout: {
    label: 'Government readout',
    definition:
      "One government's own account of a meeting: a press release, readout or briefing by a named office such as the White House or a foreign ministry.",
  },
  on_record_remark: {
    label: 'On-record remark',
    definition:
      'Words a named person said in public, for example at the opening of talks in front of the press.',
  },
  anonymous_official: {
    label: 'Anonymous official',
    definition:
      'An official who spoke on condition of anonymity, identified only by government ("according to a Japanese official").',
  },
  diplomatic_sources: {
    label: 'Diplomatic sources',
    definition:
      'Unnamed diplomatic sources. The weakest attribution: useful for plans not yet announced, never proof of a decision.',
  },
  press_report: {
    label: 'Press report',
    definition:
      "The reporting outlet's own account, where the article does not say who it comes from.",
  },
};

/** Whether the quoted words are the speaker's own or the reporter's rendering of them. */
export const QUOTE_FORMS = ['verbatim', 'reported'] as const;
export const QuoteForm = z.enum(QUOTE_FORMS);
export type QuoteForm = z.infer<typeof QuoteForm>;

export const QUOTE_FORM_DEFINITIONS: Record<QuoteForm, { label: string; definition: string }> = {
  verbatim: {
    label: 'Verbatim',
    definition: "The source puts these words in quotation marks as the speaker's own.",
  },
  reported: {
    label: 'Reported',
    definition:
      "The source's own wording of what the attributed party said. Exact words of the source, not of the speaker.",
  },
};

/** A party's role in one commitment. */
export const PARTY_ROLES = ['committer', 'partner', 'beneficiary', 'subject'] as const;
export const PartyRole = z.enum(PARTY_ROLES);
export type PartyRole = z.infer<typeof PartyRole>;

export const PARTY_ROLE_DEFINITIONS: Record<PartyRole, { label: string; definition: string }> = {
  committer: { label: 'Committed', definition: 'Made the commitment and is answerable for it.' },
  partner: {
    label: 'Partner',
    definition: 'Named as taking part in delivering it, without committing itself.',
  },
  beneficiary: { label: 'Beneficiary', definition: 'The commitment is made for its benefit.' },
  subject: {
    label: 'Concerned',
    definition: 'The commitment responds to this party or its conduct.',
  },
};

export const PARTY_KINDS = [
  'country',
  'organisation',
  'company',
  'university',
  'territory',
] as const;
export const PartyKind = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKind>;

export const MEETING_KINDS = ['summit', 'bilateral', 'trilateral', 'ministerial'] as const;
export const MeetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const SOURCE_KINDS = [
  'news_report',
  'press_release',
  'readout',
  'joint_statement',
  'transcript',
  'official_document',
] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/**
 * Editorial life of a record: readers only ever see `published`.
 * draft -> review -> published -> archived, with review able to send work back.
 */
export const EDITORIAL_STATES = ['draft', 'review', 'published', 'archived'] as const;
export const EditorialState = z.enum(EDITORIAL_STATES);
export type EditorialState = z.infer<typeof EditorialState>;

const EDITORIAL_MOVES: Record<EditorialState, readonly EditorialState[]> = {
  draft: ['review', 'archived'],
  review: ['draft', 'published', 'archived'],
  published: ['archived', 'draft'],
  archived: ['draft'],
};

export function canMoveEditorialState(from: EditorialState, to: EditorialState): boolean {
  return EDITORIAL_MOVES[from].includes(to);
}

/**
 * How a commitment relates to another meeting: an earlier one it continues, or a later one
 * that stated it again. Lineage shows a commitment is a thread, not a one-off sentence.
 */
export const LINEAGE_RELATIONS = ['builds_on', 'restated_in'] as const;
export const LineageRelation = z.enum(LINEAGE_RELATIONS);
export type LineageRelation = z.infer<typeof LineageRelation>;

export const LINEAGE_DEFINITIONS: Record<LineageRelation, { label: string; definition: string }> = {
  builds_on: {
    label: 'Builds on',
    definition:
      'An earlier meeting or agreement that made the same or a similar commitment. The root of the thread.',
  },
  restated_in: {
    label: 'Restated in',
    definition:
      'A later meeting or document that stated the commitment again, sometimes in stronger or weaker words.',
  },
};

/**
 * Whether a source may carry a fact on its own. Research flags some sites as wrong on a date, a
 * figure or a name; such a source is kept (readers can see we know of it) but only ever beside
 * a standard source, in a dispute.
 */
export const SOURCE_RELIABILITIES = ['standard', 'unreliable'] as const;
export const SourceReliability = z.enum(SOURCE_RELIABILITIES);
export type SourceReliability = z.infer<typeof SourceReliability>;
