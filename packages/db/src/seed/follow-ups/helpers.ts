import { type Attribution, type CommitmentInput, type StatusUpdateInput } from '@accord/domain';

export type QuoteInput = CommitmentInput['quotes'][number];
export type LineageInput = NonNullable<CommitmentInput['lineage']>[number];
export type DisputeInput = NonNullable<CommitmentInput['disputes']>[number];
export type ClaimInput = DisputeInput['claims'][number];

/** What the research adds to a commitment recorded on 18 May 2023. */
export interface FollowUp {
  /** Dated updates after the meeting, in order; the 18 May 2023 entry stays first. */
  updates: StatusUpdateInput[];
  /** Each government's own words on the day, from the readouts the research found. */
  quotes?: QuoteInput[];
  lineage: LineageInput[];
  disputes: DisputeInput[];
  /** The date of the newest source checked for the commitment. */
  reviewedOn: string;
}

export const EDITORS = 'Accord editors';

/** An overall update (the editorial call), or with `party` that party's own track. */
export function update(
  effectiveOn: string,
  status: StatusUpdateInput['status'],
  sources: string[],
  note: string,
  party: string | null = null,
): StatusUpdateInput {
  return { effectiveOn, status, sources, note, author: EDITORS, party };
}

// ---- attributions -----------------------------------------------------------------------------

export const g7 = (who: string): Attribution => ({ kind: 'joint_statement', who, party: 'g7' });
export const joint = (who: string): Attribution => ({ kind: 'joint_statement', who, party: null });
export const readout = (who: string, party: string): Attribution => ({
  kind: 'government_readout',
  who,
  party,
});
export const remark = (who: string, party: string | null): Attribution => ({
  kind: 'on_record_remark',
  who,
  party,
});
export const press = (who: string): Attribution => ({ kind: 'press_report', who, party: null });

// ---- lineage and disputes ------------------------------------------------------------------------

interface LinkQuote {
  text: string;
  by: Attribution;
  form?: 'verbatim' | 'reported';
}

function link(
  relation: LineageInput['relation'],
  meeting: string,
  on: string,
  source: string,
  quote: LinkQuote | null,
  note: string | null,
): LineageInput {
  return {
    relation,
    meeting,
    on,
    source,
    quote: quote && { text: quote.text, form: quote.form ?? 'verbatim', attribution: quote.by },
    note,
  };
}

/** An earlier meeting or agreement the commitment continues. */
export const buildsOn = (
  meeting: string,
  on: string,
  source: string,
  quote: LinkQuote | null,
  note: string | null,
) => link('builds_on', meeting, on, source, quote, note);

/** A later meeting or document that stated the commitment again. */
export const restatedIn = (
  meeting: string,
  on: string,
  source: string,
  quote: LinkQuote | null,
  note: string | null,
) => link('restated_in', meeting, on, source, quote, note);

/** One side of a dispute, in our words, with the source's exact words when we have them. */
export function claim(
  text: string,
  source: string,
  quote?: { text: string; by: Attribution },
): ClaimInput {
  return {
    claim: text,
    source,
    quote: quote ? { text: quote.text, attribution: quote.by } : null,
  };
}
