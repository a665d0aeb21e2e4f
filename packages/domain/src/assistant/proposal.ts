import { z } from 'zod';
import { IsoDate } from '../dates';
import { DatePrecision, TargetQualifier } from '../target-date';
import { AttributionKind, CommitmentStrength, SourceKind } from '../vocabulary';
import { ASSISTANT_MAX_CHARS } from './lexicons';

/** A piece of the analysed text: `text === analysed.slice(start, end)`, always. */
export const TextSpan = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type TextSpan = z.infer<typeof TextSpan>;

/**
 * One proposed commitment, as the editors' assistant reads it from one sentence. Offsets
 * count UTF-16 code units (JavaScript string indexes) into the analysed text: the text as
 * given, or, for HTML, the text after its tags were stripped (returned beside the proposals).
 */
export const Proposal = z.object({
  /** The whole sentence the commitment is in, exactly as written. */
  sentence: z.string(),
  sentenceStart: z.number().int().min(0),
  sentenceEnd: z.number().int().min(0),
  /** Our words, from a template: never a copy of the sentence. */
  title: z.string(),
  summary: z.string(),
  /** A seeded theme's slug, or null when no theme word was found. */
  theme: z.string().nullable(),
  /** The words that decided the theme. */
  themeWords: z.array(z.string()),
  strength: CommitmentStrength,
  /** The cue that set the strength. */
  cue: TextSpan,
  attribution: z.object({
    kind: AttributionKind,
    who: z.string(),
    /** The words that say who is speaking; null for the outlet's own account. */
    evidence: TextSpan.nullable(),
  }),
  /** Seeded party slugs, in order of first mention. */
  parties: z.array(z.string()),
  target: TextSpan.extend({
    qualifier: TargetQualifier,
    /** The first day of the period, when the text and the source's date fix it. */
    date: z.string().nullable(),
    precision: DatePrecision,
  }).nullable(),
  /** Exact spans of the sentence to quote. */
  quotes: z.array(TextSpan).min(1),
});
export type Proposal = z.infer<typeof Proposal>;

/**
 * What the text comes from: its date resolves "by the end of the year", its kind and
 * publisher say who speaks in sentences that name no speaker.
 */
export const ProposalSource = z
  .object({
    publisher: z.string().trim().min(1).max(200).optional(),
    title: z.string().trim().min(1).max(500).optional(),
    /** YYYY-MM-DD */
    date: IsoDate.optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    /** A readout speaks for its government wherever a sentence names no other speaker. */
    kind: SourceKind.optional(),
  })
  .strict();
export type ProposalSource = z.infer<typeof ProposalSource>;

export const ProposeInput = z
  .object({
    text: z
      .string()
      .max(
        ASSISTANT_MAX_CHARS,
        `The text is too long: the assistant reads at most ${ASSISTANT_MAX_CHARS.toLocaleString('en')} characters at a time.`,
      ),
    source: ProposalSource.optional(),
  })
  .strict();
export type ProposeInput = z.infer<typeof ProposeInput>;

export const ProposeResult = z.object({
  proposals: z.array(Proposal),
  /** The analysed text the offsets index: the input, less any HTML tags. */
  text: z.string(),
  /** Whether HTML tags were stripped before reading. */
  strippedHtml: z.boolean(),
  /** A plain sentence for the editor when there is nothing to propose. */
  notice: z.string().nullable(),
});
export type ProposeResult = z.infer<typeof ProposeResult>;
