import { z } from 'zod';
import { RecordId, Version } from './editorial';
import { type Commitment, LineageLink, type Meeting, Quote, StatusUpdate } from './records';

/**
 * Additions waiting for review: what the editors' assistant accepted for a record that may
 * already be public (an account for a meeting, a status update or a lineage link for a
 * commitment). Nothing public reads them: they are kept beside the record, not in it, until a
 * reviewer approves one (`addToRecord` writes it in through the ordinary save) or rejects it.
 */

export const PENDING_KINDS = ['account', 'status', 'lineage'] as const;
export const PendingKind = z.enum(PENDING_KINDS);
export type PendingKind = z.infer<typeof PendingKind>;

/** The addition itself, in the shape its record holds it. */
export const PendingEntry = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('account'),
    /** The account row it joins (by topic, ignoring case) or starts. */
    topic: z.string().trim().min(1).max(80),
    note: z.string().trim().min(1).max(600),
    quote: Quote,
  }),
  z.strictObject({ kind: z.literal('status'), update: StatusUpdate }),
  z.strictObject({ kind: z.literal('lineage'), link: LineageLink }),
]);
export type PendingEntry = z.infer<typeof PendingEntry>;

/** Which record an approved entry is written into. */
export function recordTypeOf(kind: PendingKind): 'meeting' | 'commitment' {
  return kind === 'account' ? 'meeting' : 'commitment';
}

/** A meeting's accounts with an account entry added: beside the same topic's quotes, if any. */
export function addAccount(
  accounts: Meeting['accounts'],
  entry: Extract<PendingEntry, { kind: 'account' }>,
): Meeting['accounts'] {
  const next = [...accounts];
  const same = next.findIndex((a) => a.topic.toLowerCase() === entry.topic.toLowerCase());
  if (same >= 0) next[same] = { ...next[same]!, quotes: [...next[same]!.quotes, entry.quote] };
  else next.push({ topic: entry.topic, note: entry.note, quotes: [entry.quote], translations: {} });
  return next;
}

/** The record's data with an approved entry written in (a pure function: tests use it too). */
export function addToRecord(entry: PendingEntry, data: Meeting): Meeting;
export function addToRecord(entry: PendingEntry, data: Commitment): Commitment;
export function addToRecord(entry: PendingEntry, data: Meeting | Commitment): Meeting | Commitment {
  switch (entry.kind) {
    case 'account': {
      const meeting = data as Meeting;
      return { ...meeting, accounts: addAccount(meeting.accounts, entry) };
    }
    case 'status': {
      const commitment = data as Commitment;
      return { ...commitment, history: [...commitment.history, entry.update] };
    }
    case 'lineage': {
      const commitment = data as Commitment;
      return { ...commitment, lineage: [...commitment.lineage, entry.link] };
    }
  }
}

/** One addition in the reviewers' queue. */
export const PendingAdditionView = z.object({
  id: z.number(),
  kind: PendingKind,
  entry: PendingEntry,
  commitment: z.object({
    id: z.number(),
    slug: z.string(),
    title: z.string(),
    editorialState: z.string(),
  }),
  /** The record the entry is written into when approved, at its current version. */
  record: z.object({
    type: z.enum(['commitment', 'meeting']),
    id: z.number(),
    slug: z.string(),
    title: z.string(),
    version: z.number(),
  }),
  proposedBy: z.string(),
  /** Whether the viewer proposed it: the proposer may withdraw it before anyone reviews it. */
  mine: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type PendingAdditionView = z.infer<typeof PendingAdditionView>;

/** Approving writes into the record at the version the reviewer saw (a 409 if it moved on). */
export const ApprovePendingInput = z.strictObject({ id: RecordId, expectedVersion: Version });
export const RejectPendingInput = z.strictObject({ id: RecordId });
/** The editor who proposed an addition takes it back before review. */
export const WithdrawPendingInput = z.strictObject({ id: RecordId });
export const PendingListInput = z
  .strictObject({ commitmentId: RecordId.optional() })
  .optional()
  .default({});
