import {
  appendAudit,
  checkReferences,
  type Database,
  deletePending,
  insertPending,
  loadPending,
  loadRecord,
  RecordReferenceError,
  type StoredRecord,
} from '@accord/db';
import {
  addToRecord,
  ApprovePendingInput,
  Attribution,
  CommitmentDraft,
  IsoDate,
  LineageLink,
  MeetingAccount,
  PENDING_KINDS,
  PendingAdditionView,
  type PendingEntry,
  PendingListInput,
  type PendingKind,
  RECORD_SCHEMAS,
  RecordId,
  recordTypeOf,
  RejectPendingInput,
  Slug,
  StatusUpdateDraft,
  WithdrawPendingInput,
} from '@accord/domain';
import { type TRPCRouterRecord, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { badInput } from '../../errors';
import { actorOf, createRecord, LABELS, notFoundRecord, saveRecord } from '../../editorial/save';
import { idForSlug } from '../../queries/lookup';
import { matchCommitments, MATCHES_PER_PROPOSAL } from '../../queries/matches';
import { listPending, PENDING_LIST_MAX } from '../../queries/pending';
import { type Context, procedure } from '../../trpc';
import { checkHistory, guardContent } from './commitment';

/**
 * Accepting what the editors' assistant proposed, and reviewing it. Nothing here publishes,
 * and nothing an editor accepts is public before a reviewer approves it. A new commitment is a
 * draft (the ordinary workflow: submit, review, publish). An account (for the meeting of the
 * commitment it is about), a status update or a lineage link ("this restates X") would change
 * a record readers may already see, so it is kept as an addition waiting for review
 * (`pending_additions`, `@accord/domain` review.ts), with an audit entry, outside the record:
 * no public read, revision or as-of page meets it, and a pending status update does not move
 * the status readers see. `approve` (admins, as publishing) writes it into the record through
 * the ordinary save (revision, audit, version check, public caches purged); `reject` drops it.
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
  /** The addition waiting for review (account, status, lineage); null for a new draft. */
  pendingId: z.number().nullable(),
});

/** An addition approved (written into its record) or rejected. */
const Reviewed = z.object({
  id: z.number(),
  kind: z.enum(PENDING_KINDS),
  /** The record it was for, and that record's version after the review. */
  type: z.enum(['commitment', 'meeting']),
  recordId: z.number(),
  version: z.number(),
});

const KIND_LABELS: Record<PendingKind, string> = {
  account: 'account',
  status: 'status update',
  lineage: 'lineage link',
};

/** An unknown slug in an addition: a 400 naming the field, as the save's own refusal. */
function explainReference(error: unknown): never {
  if (error instanceof RecordReferenceError) {
    throw badInput([{ path: error.path, message: error.message }]);
  }
  throw error;
}

function notFoundPending(id: number): TRPCError {
  return new TRPCError({
    code: 'NOT_FOUND',
    message: `No addition ${id} is waiting for review (it may have been approved or rejected).`,
  });
}

/**
 * Keeps an addition for review, with its audit entry, after checking its record would take
 * it as the record is now (the same schema and history rules as the save), so an editor hears
 * of a problem when accepting, not when a reviewer approves.
 */
async function proposeAddition(
  ctx: Context,
  input: {
    entry: PendingEntry;
    commitment: StoredRecord<'commitment'>;
    record: StoredRecord<'commitment'> | StoredRecord<'meeting'>;
  },
): Promise<number> {
  const actor = actorOf(ctx.viewer);
  const { entry, commitment, record } = input;
  const type = recordTypeOf(entry.kind);
  const next =
    type === 'meeting'
      ? addToRecord(entry, record.data as StoredRecord<'meeting'>['data'])
      : addToRecord(entry, record.data as StoredRecord<'commitment'>['data']);
  const parsed = RECORD_SCHEMAS[type].safeParse(next);
  if (!parsed.success) {
    throw badInput(
      parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    );
  }
  if (entry.kind === 'status') checkHistory([...commitment.data.history, entry.update]);
  await checkReferences(ctx.db, type, record.id, parsed.data).catch(explainReference);
  return ctx.db.transaction(async (tx) => {
    const id = await insertPending(tx, {
      entry,
      commitmentId: commitment.id,
      meetingId: type === 'meeting' ? record.id : null,
      actor,
    });
    await appendAudit(tx, {
      actor,
      action: `${type}.propose`,
      recordType: type,
      recordId: record.id,
      summary: `proposed a ${KIND_LABELS[entry.kind]} for ${LABELS[type]} ${record.data.slug}, waiting for review`,
      after: entry,
    });
    return id;
  });
}

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

  /** Saves one accepted proposal: a new draft, or an addition waiting for review. */
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
          pendingId: null,
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
        const entry: PendingEntry = {
          kind: 'account',
          topic: input.topic,
          note: input.note,
          quote: quoteOf(input.evidence),
        };
        const pending = await proposeAddition(ctx, { entry, commitment, record: meeting });
        return {
          as: input.as,
          type: 'meeting',
          id: meeting.id,
          version: meeting.version,
          commitmentId: commitment.id,
          pendingId: pending,
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
        const entry: PendingEntry = {
          kind: 'lineage',
          link: {
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
            // In English, as the assistant proposes it; a translation is an editor's, later.
            translations: {},
          },
        };
        const pending = await proposeAddition(ctx, { entry, commitment, record: commitment });
        return {
          as: input.as,
          type: 'commitment',
          id: commitment.id,
          version: commitment.version,
          commitmentId: commitment.id,
          pendingId: pending,
        };
      }

      const entry: PendingEntry = {
        kind: 'status',
        update: { ...input.update, sources: [input.source], author: ctx.viewer!.name },
      };
      const pending = await proposeAddition(ctx, { entry, commitment, record: commitment });
      return {
        as: input.as,
        type: 'commitment',
        id: commitment.id,
        version: commitment.version,
        commitmentId: commitment.id,
        pendingId: pending,
      };
    }),

  /** Additions waiting for review, oldest first (all, or one commitment's). */
  pending: procedure
    .input(PendingListInput)
    .output(z.array(PendingAdditionView).max(PENDING_LIST_MAX))
    .query(({ ctx, input }) => listPending(ctx.db, actorOf(ctx.viewer).id, input.commitmentId)),

  /**
   * Writes an addition into its record through the ordinary save: a new revision and audit
   * entry, the record's version checked (`expectedVersion`, as the reviewer saw it), the public
   * pages refreshed when readers can see the record. The addition leaves the queue in the same
   * transaction.
   */
  approve: procedure
    .input(ApprovePendingInput)
    .output(Reviewed)
    .mutation(async ({ ctx, input }) => {
      const pending = await loadPending(ctx.db, input.id);
      if (!pending) throw notFoundPending(input.id);
      const after = async (tx: Database) => {
        if (!(await deletePending(tx, pending.id))) throw notFoundPending(input.id);
      };
      const action = `approve ${pending.kind}`;
      const saved =
        pending.entry.kind === 'account'
          ? await saveRecord(ctx, {
              type: 'meeting',
              id: pending.meetingId!,
              expectedVersion: input.expectedVersion,
              action,
              change: (current) => addToRecord(pending.entry, current.data),
              after,
            })
          : await saveRecord(ctx, {
              type: 'commitment',
              id: pending.commitmentId,
              expectedVersion: input.expectedVersion,
              action,
              change: (current) => {
                const next = addToRecord(pending.entry, current.data);
                if (pending.entry.kind === 'status') checkHistory(next.history);
                return next;
              },
              after,
            });
      return {
        id: pending.id,
        kind: pending.kind,
        type: recordTypeOf(pending.kind),
        recordId: saved.id,
        version: saved.version,
      };
    }),

  /** Takes an addition out of the queue without writing it anywhere (audited). */
  reject: procedure
    .input(RejectPendingInput)
    .output(Reviewed)
    .mutation(({ ctx, input }) => dropPending(ctx, input.id, 'reject')),

  /**
   * The editor who proposed an addition takes it back before anyone reviews it: out of the
   * queue, written nowhere, audited. Only its proposer may; a reviewer rejects instead.
   */
  withdraw: procedure
    .input(WithdrawPendingInput)
    .output(Reviewed)
    .mutation(({ ctx, input }) => dropPending(ctx, input.id, 'withdraw')),
} satisfies TRPCRouterRecord;

/**
 * Deletes an addition from the queue with an audit entry naming who dropped it and why:
 * rejected by a reviewer, or withdrawn by its proposer (anyone else gets a 403).
 */
function dropPending(
  ctx: Context,
  id: number,
  verdict: 'reject' | 'withdraw',
): Promise<z.infer<typeof Reviewed>> {
  const actor = actorOf(ctx.viewer);
  return ctx.db.transaction(async (tx) => {
    const pending = await loadPending(tx, id);
    if (!pending) throw notFoundPending(id);
    if (verdict === 'withdraw' && (actor.id === null || pending.proposedBy !== actor.id)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `Only ${pending.proposedByName}, who proposed it, can withdraw this addition; a reviewer can reject it.`,
      });
    }
    if (!(await deletePending(tx, pending.id))) throw notFoundPending(id);
    const type = recordTypeOf(pending.kind);
    const recordId = type === 'meeting' ? pending.meetingId! : pending.commitmentId;
    const record = await loadRecord(tx, type, recordId);
    if (!record) throw notFoundRecord(type, recordId);
    const label = KIND_LABELS[pending.kind];
    await appendAudit(tx, {
      actor,
      action: `${type}.${verdict}`,
      recordType: type,
      recordId,
      summary:
        verdict === 'reject'
          ? `rejected the ${label} proposed by ${pending.proposedByName} for ${LABELS[type]} ${record.data.slug}`
          : `withdrew the ${label} they proposed for ${LABELS[type]} ${record.data.slug}`,
      before: pending.entry,
    });
    return { id: pending.id, kind: pending.kind, type, recordId, version: record.version };
  });
}
