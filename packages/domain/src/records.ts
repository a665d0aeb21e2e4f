import { z } from 'zod';
import { IsoDate } from './dates';
import { CommitmentStatus } from './status';
import { TargetDate } from './target-date';
import {
  CommitmentTranslations,
  DisputeClaimTranslations,
  DisputeTranslations,
  LineageTranslations,
  MeetingAccountTranslations,
  MeetingParticipantTranslations,
  MeetingTranslations,
  PartyTranslations,
  StatusUpdateTranslations,
  ThemeTranslations,
} from './translations';
import {
  AttributionKind,
  CommitmentStrength,
  EditorialState,
  LineageRelation,
  MeetingKind,
  PartyKind,
  PartyRole,
  QuoteForm,
  SourceKind,
  SourceReliability,
} from './vocabulary';

/** Public identifier of a record: lower-case words joined by hyphens. */
export const Slug = z
  .string({ error: 'Expected a slug' })
  .min(1, 'A slug cannot be empty')
  .max(120, 'A slug is at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A slug is lower-case letters, digits and single hyphens');
export type Slug = z.infer<typeof Slug>;

/**
 * The slug an editor is offered for a title: lower-case ASCII words joined by hyphens, accents
 * dropped ("Côte d'Ivoire" → "cote-d-ivoire"), at most 80 characters cut at a word. Empty when
 * the title has no letter or digit to make one from (a title in Japanese, say): then the
 * editor writes it.
 */
export function slugFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 80) return slug || word.slice(0, 80);
    slug = next;
  }
  return slug;
}

const Text = (max: number) => z.string().trim().min(1).max(max);
/** Markdown written by editors (briefs, context, notes). Rendered safely. */
const Markdown = z.string().trim().max(20_000);

export const Party = z.object({
  slug: Slug,
  name: Text(200),
  shortName: Text(40),
  kind: PartyKind,
  /** ISO 3166-1 alpha-2 for countries and territories. */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, 'A country code is two capital letters (ISO 3166-1), like JP or US')
    .nullable(),
  description: z.string().trim().max(1000).nullable(),
  /** Its names and description in other languages (translations.ts). */
  translations: PartyTranslations,
});
export type Party = z.infer<typeof Party>;

export const Theme = z.object({
  slug: Slug,
  title: Text(120),
  /** One sentence for theme cards. */
  summary: Text(300),
  /** The editor-written brief, Markdown. */
  brief: Markdown,
  // The column is a PostgreSQL integer: a larger number would be a database error.
  position: z.number().int().min(0).max(2_147_483_647),
  /** Its title, summary and brief in other languages, for editors to review (translations.ts). */
  translations: ThemeTranslations,
});
export type Theme = z.infer<typeof Theme>;

// The parts of a record editors send are strict like the record itself: an unknown key in a
// quote or a party (an id, an author) is refused, not silently dropped.
export const MeetingParticipant = z.strictObject({
  party: Slug,
  /** The person who represented the party, with their office. */
  name: Text(120),
  office: Text(120),
  /** Their name and office in other languages (translations.ts). */
  translations: MeetingParticipantTranslations,
});
export type MeetingParticipant = z.infer<typeof MeetingParticipant>;

export const Source = z.object({
  slug: Slug,
  title: Text(300),
  /** Null when the copy we hold does not name its publisher. */
  publisher: z.string().trim().max(200).nullable(),
  /** Only web links: a source URL is rendered as a link for readers. */
  url: z
    .url({ protocol: /^https?$/, error: 'A source URL must start with http:// or https://' })
    .nullable(),
  publishedOn: IsoDate.nullable(),
  kind: SourceKind,
  /** BCP 47 language tag. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language is a BCP 47 tag, like en or ja'),
  description: z.string().trim().max(1000).nullable(),
  /** `unreliable`: known to be wrong on some fact; never carries a fact alone. */
  reliability: SourceReliability.default('standard'),
});
export type Source = z.infer<typeof Source>;

export const Attribution = z.strictObject({
  kind: AttributionKind,
  /** Who said or reported it, in the source's words: "a Japanese official". */
  who: Text(200),
  /** The party the speaker speaks for, when the source says. */
  party: Slug.nullable(),
});
export type Attribution = z.infer<typeof Attribution>;

export const Quote = z.strictObject({
  /** Exact words from the source. Short: we quote, we do not copy. */
  text: Text(300),
  form: QuoteForm,
  attribution: Attribution,
  source: Slug,
});
export type Quote = z.infer<typeof Quote>;

/**
 * One topic of "how each side described it": each government's own words on the same subject,
 * side by side, and our note on what differs. A quote belongs to the party that said it
 * (`attribution.party`), so one government's words are never shown as both governments'.
 */
export const MeetingAccount = z.strictObject({
  topic: Text(80),
  /** What differs between the accounts, in our words, in one or two sentences. */
  note: Text(600),
  quotes: z.array(Quote).min(1, 'An account row quotes at least one side').max(12),
  /** Its topic and note in other languages (translations.ts); the quotes are never translated. */
  translations: MeetingAccountTranslations,
});
export type MeetingAccount = z.infer<typeof MeetingAccount>;

export const Meeting = z.object({
  slug: Slug,
  title: Text(200),
  kind: MeetingKind,
  startsOn: IsoDate,
  endsOn: IsoDate,
  place: Text(200),
  /** The summit this meeting was held alongside, if any. */
  parentSlug: Slug.nullable(),
  summary: Text(1000),
  /** Background that explains the meeting but records no commitment. Markdown. */
  context: Markdown,
  participants: z.array(MeetingParticipant),
  /** How each government described the meeting, topic by topic (see `MeetingAccount`). */
  accounts: z.array(MeetingAccount).max(40).default([]),
  /** Its title, place, summary and context in other languages (translations.ts). */
  translations: MeetingTranslations,
});
export type Meeting = z.infer<typeof Meeting>;

export const CommitmentParty = z.strictObject({
  party: Slug,
  role: PartyRole,
});
export type CommitmentParty = z.infer<typeof CommitmentParty>;

export const StatusUpdate = z.object({
  effectiveOn: IsoDate,
  status: CommitmentStatus,
  /** Why the status is what it is, in our words. Markdown. */
  note: Text(4000),
  sources: z.array(Slug),
  author: Text(120),
  /**
   * The party this update assesses, when the parties' records differ (Japan's support for
   * Ukraine against the United States'). Null: the overall, editorial status.
   */
  party: Slug.nullable().default(null),
  /** Its note in other languages, for editors to review (translations.ts). */
  translations: StatusUpdateTranslations,
});
export type StatusUpdate = z.infer<typeof StatusUpdate>;

/** A link from a commitment to an earlier or later meeting that made or restated it. */
export const LineageLink = z.strictObject({
  relation: LineageRelation,
  meeting: Slug,
  /** When the linked statement was made. */
  on: IsoDate,
  source: Slug,
  /** The linked statement's short exact words, when the source gives them. */
  quote: z
    .strictObject({
      text: Text(300),
      form: QuoteForm,
      attribution: Attribution,
    })
    .nullable(),
  /** What the link shows, in our words. */
  note: z.string().trim().max(600).nullable(),
  /** The note in other languages (translations.ts). */
  translations: LineageTranslations,
});
export type LineageLink = z.infer<typeof LineageLink>;

/** One side of a dispute: what a source says, in our words, with its exact words if any. */
export const DisputeClaim = z.strictObject({
  /** The claim in our words ("The WSJ reported that …"): never stated as fact. */
  claim: Text(400),
  source: Slug,
  quote: z
    .strictObject({
      text: Text(300),
      attribution: Attribution,
    })
    .nullable(),
  /** The claim in other languages; the quote is never translated. */
  translations: DisputeClaimTranslations,
});
export type DisputeClaim = z.infer<typeof DisputeClaim>;

/**
 * Sources that disagree on a fact (a figure, a date, a denied report). Readers see every side
 * with its source and our note; the note says which reading we use, if any, and why.
 */
export const Dispute = z.strictObject({
  topic: Text(200),
  /** When the disagreement arose or was found. */
  raisedOn: IsoDate,
  claims: z.array(DisputeClaim).min(2, 'A dispute has at least two sides').max(8),
  note: Text(2000),
  /** Resolved: later or better sources settled it, and the note says how. */
  resolved: z.boolean().default(false),
  /** The topic and note in other languages (translations.ts). */
  translations: DisputeTranslations,
});
export type Dispute = z.infer<typeof Dispute>;

/** The most parties one commitment may name (the G20 and its guests fit). */
export const MAX_COMMITMENT_PARTIES = 40;

export const Commitment = z.object({
  slug: Slug,
  meeting: Slug,
  theme: Slug,
  tags: z.array(Slug).max(20),
  title: Text(200),
  /** Our own summary; never copied text. */
  summary: Text(2000),
  strength: CommitmentStrength,
  parties: z
    .array(CommitmentParty)
    .min(1, 'A commitment names at least one party')
    .max(MAX_COMMITMENT_PARTIES, `A commitment names at most ${MAX_COMMITMENT_PARTIES} parties`)
    .superRefine((parties, ctx) => {
      // One row per party: a repeat was a 500 from the database's key before.
      const seen = new Set<string>();
      parties.forEach(({ party }, i) => {
        if (seen.has(party)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'party'],
            message: `${party} is already a party of this commitment`,
          });
        }
        seen.add(party);
      });
    }),
  target: TargetDate.nullable(),
  editorialState: EditorialState,
  quotes: z.array(Quote),
  history: z.array(StatusUpdate),
  /** The commitment this one is a dated part of (a sub-commitment), if any. */
  parent: Slug.nullable().default(null),
  /** The last day an editor checked the record against new sources, when not by an update. */
  reviewedOn: IsoDate.nullable().default(null),
  lineage: z.array(LineageLink).max(60).default([]),
  disputes: z.array(Dispute).max(20).default([]),
  /** Its title and summary in other languages, for editors to review (translations.ts). */
  translations: CommitmentTranslations,
});
export type Commitment = z.infer<typeof Commitment>;

/** Records as written by hand (seed data, tests): fields with a default may be left out. */
export type PartyInput = z.input<typeof Party>;
export type ThemeInput = z.input<typeof Theme>;
export type MeetingInput = z.input<typeof Meeting>;
export type SourceInput = z.input<typeof Source>;
export type CommitmentInput = z.input<typeof Commitment>;
export type StatusUpdateInput = z.input<typeof StatusUpdate>;
