import { loadRecord } from '@accord/db';
import {
  Attribution,
  CommitmentDraft,
  IsoDate,
  LineageLink,
  MeetingAccount,
  RecordId,
  Slug,
  StatusUpdateDraft,
} from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { badInput } from '../../errors';
import { createRecord, notFoundRecord, saveRecord } from '../../editorial/save';
import { idForSlug } from '../../queries/lookup';
import { matchCommitments, MATCHES_PER_PROPOSAL } from '../../queries/matches';
import { procedure } from '../../trpc';
import { checkHistory, guardContent } from './commitment';

/**
 * Accepting what the editors' assistant proposed: each kind goes through the same editorial
 * write as the editor's own form (one transaction: the record, its revision, the audit entry),
 * and nothing here publishes. A new commitment is a draft; an account joins the meeting of the
 * commitment it is about; a status update is recorded as `editor.commitment.recordStatus` does;
 * a lineage link ("this restates X") is added to X's lineage, the list editors fill in on the
 * commitment's form (`editor.commitment.update`), with the pasted text's meeting, date, source
 * and quote.
 */

/** The most proposals one `matches` call looks up. */
export const MATCH_BATCH_MAX = 40;
/** The longest text of one proposal (title and sentence) a match is looked for with. */
export const MATCH_TEXT_MAX = 2_000;

/** The sentence the proposal came from, and the exact words quoted from it. */
const Evidence = z.strictObject({
  sentence: z.string().trim().min(1).max(MATCH_TEXT_MAX),
  quote: z.string().trim().min(1).max(300),
  attribution: Attribution,
  source: Slug,
});
type Evidence = z.infer<typeof Evidence>;

export const AcceptInput = z.discriminatedUnion('as', [
  z.strictObject({
    as: z.literal('commitment'),
    evidence: Evidence,
    /** The draft as the editor finished it, less its quotes: the evidence is its quote. */
    // Parties are bounded and never repeated by the domain's own rule, as in every draft.
    draft: CommitmentDraft.omit({ quotes: true }),
  }),
  z.strictObject({
    as: z.literal('account'),
    evidence: Evidence,
    commitmentId: RecordId,
    topic: MeetingAccount.shape.topic,
    note: MeetingAccount.shape.note,
  }),
  z.strictObject({
    as: z.literal('lineage'),
    evidence: Evidence,
    /** The existing commitment the text restates (or builds on). */
    commitmentId: RecordId,
    /** The meeting the pasted text restated it at: another meeting than the commitment's own. */
    meeting: Slug,
    /** When it was restated: the source's date. */
    on: IsoDate,
    relation: LineageLink.shape.relation.default('restated_in'),
    note: LineageLink.shape.note,
  }),
  z.strictObject({
    as: z.literal('status'),
    commitmentId: RecordId,
    /** The source is the pasted text's; the update's own `sources` come from it. */
    source: Slug,
    update: StatusUpdateDraft.omit({ sources: true }),
  }),
]);
export type AcceptInput = z.infer<typeof AcceptInput>;

const Accepted = z.object({
  as: z.enum(['commitment', 'account', 'lineage', 'status']),
  /** The record written: the new or updated commitment, or the meeting for an account. */
  type: z.enum(['commitment', 'meeting']),
  id: z.number(),
  version: z.number(),
  /** The commitment it is about (the new one, or the existing one). */
  commitmentId: z.number(),
});

const Match = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  editorialState: z.string(),
  meeting: z.string(),
  rank: z.number(),
});

/** A quote must be the source's exact words: found as written in the proposal's sentence. */
function checkQuote(evidence: Evidence) {
  if (!evidence.sentence.includes(evidence.quote)) {
    throw badInput([
      {
        path: ['evidence', 'quote'],
        message: 'The quote must be exact words from the sentence, as written there.',
      },
    ]);
  }
}

function quoteOf(evidence: Evidence) {
  return {
    text: evidence.quote,
    form: 'verbatim' as const,
    attribution: evidence.attribution,
    source: evidence.source,
  };
}

export const assistantAcceptRouter = {
  /**
   * For each proposal's text, the existing commitments it may restate or report on, best
   * first: at most MATCHES_PER_PROPOSAL each, MATCH_BATCH_MAX texts per call.
   */
  matches: procedure
    .input(
      z.strictObject({
        texts: z.array(z.string().max(MATCH_TEXT_MAX)).min(1).max(MATCH_BATCH_MAX),
      }),
    )
    .output(z.object({ matches: z.array(z.array(Match).max(MATCHES_PER_PROPOSAL)) }))
    .mutation(async ({ ctx, input }) => {
      const matches = [];
      for (const text of input.texts) matches.push(await matchCommitments(ctx.db, text));
      return { matches };
    }),

  /** Saves one accepted proposal as a draft, an account or a status update. */
  accept: procedure
    .input(AcceptInput)
    .output(Accepted)
    .mutation(async ({ ctx, input }) => {
      if (input.as === 'commitment') {
        checkQuote(input.evidence);
        const saved = await createRecord(ctx, {
          type: 'commitment',
          data: {
            ...input.draft,
            quotes: [quoteOf(input.evidence)],
            editorialState: 'draft',
            history: [],
          },
        });
        return {
          as: input.as,
          type: 'commitment',
          id: saved.id,
          version: 1,
          commitmentId: saved.id,
        };
      }

      const commitment = await loadRecord(ctx.db, 'commitment', input.commitmentId);
      if (!commitment) throw notFoundRecord('commitment', input.commitmentId);
      if (commitment.data.editorialState === 'archived') guardContent(ctx.viewer)(commitment);

      if (input.as === 'account') {
        checkQuote(input.evidence);
        const meetingId = await idForSlug(ctx.db, 'meeting', commitment.data.meeting);
        const meeting = await loadRecord(ctx.db, 'meeting', meetingId);
        if (!meeting) throw notFoundRecord('meeting', meetingId);
        const saved = await saveRecord(ctx, {
          type: 'meeting',
          id: meetingId,
          expectedVersion: meeting.version,
          action: 'add account',
          change: (current) => {
            const quote = quoteOf(input.evidence);
            const accounts = [...current.data.accounts];
            // Beside the other sides' words on the same topic, when there is such a row.
            const same = accounts.findIndex(
              (a) => a.topic.toLowerCase() === input.topic.toLowerCase(),
            );
            if (same >= 0) {
              accounts[same] = { ...accounts[same]!, quotes: [...accounts[same]!.quotes, quote] };
            } else {
              accounts.push({ topic: input.topic, note: input.note, quotes: [quote] });
            }
            return { ...current.data, accounts };
          },
        });
        return {
          as: input.as,
          type: 'meeting',
          id: saved.id,
          version: saved.version,
          commitmentId: commitment.id,
        };
      }

      if (input.as === 'lineage') {
        checkQuote(input.evidence);
        if (input.meeting === commitment.data.meeting) {
          throw badInput([
            {
              path: ['meeting'],
              message:
                'A lineage link points to another meeting than the one the commitment was made at.',
            },
          ]);
        }
        const saved = await saveRecord(ctx, {
          type: 'commitment',
          id: commitment.id,
          expectedVersion: commitment.version,
          action: 'add lineage link',
          change: (current) => ({
            ...current.data,
            lineage: [
              ...current.data.lineage,
              {
                relation: input.relation,
                meeting: input.meeting,
                on: input.on,
                source: input.evidence.source,
                quote: {
                  text: input.evidence.quote,
                  form: 'verbatim' as const,
                  attribution: input.evidence.attribution,
                },
                note: input.note,
              },
            ],
          }),
        });
        return {
          as: input.as,
          type: 'commitment',
          id: saved.id,
          version: saved.version,
          commitmentId: saved.id,
        };
      }

      const saved = await saveRecord(ctx, {
        type: 'commitment',
        id: commitment.id,
        expectedVersion: commitment.version,
        action: 'record status',
        change: (current) => {
          const update = { ...input.update, sources: [input.source], author: ctx.viewer!.name };
          const history = [...current.data.history, update];
          checkHistory(history);
          return { ...current.data, history };
        },
      });
      return {
        as: input.as,
        type: 'commitment',
        id: saved.id,
        version: saved.version,
        commitmentId: saved.id,
      };
    }),
} satisfies TRPCRouterRecord;
