import { stampPublished } from '@accord/db';
import { canMoveEditorialState, type EditorialState } from '@accord/domain';
import { TRPCError } from '@trpc/server';
import { type Context } from '../trpc';
import { type Saved, saveRecord } from './save';

/** The word revisions and the audit use for each move. */
const MOVE_ACTIONS: Record<EditorialState, string> = {
  published: 'publish',
  draft: 'return to draft',
  review: 'submit',
  archived: 'archive',
};

/**
 * Moves a commitment to another editorial state: the one path for an admin's publish,
 * unpublish and archive and for the scheduler's (editorial/schedule.ts). A revision, an audit
 * entry and, when readers see the change, the purge of every cache (ctx.onPublicChange).
 */
export function moveCommitment(
  ctx: Context,
  input: { id: number; expectedVersion: number; to: EditorialState; note?: string },
  options: { scheduled?: boolean } = {},
): Promise<Saved<'commitment'>> {
  const action = MOVE_ACTIONS[input.to];
  return saveRecord(ctx, {
    type: 'commitment',
    id: input.id,
    expectedVersion: input.expectedVersion,
    action: options.scheduled ? `${action} (scheduled)` : action,
    note: input.note,
    guard: (current) => {
      const from = current.data.editorialState;
      if (!canMoveEditorialState(from, input.to)) {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `A commitment cannot move from ${from} to ${input.to}.`,
        });
      }
    },
    change: (current) => ({ ...current.data, editorialState: input.to }),
    after: async (tx, next) => {
      if (next.editorialState === 'published') await stampPublished(tx, input.id);
    },
  });
}

/** Submits a draft for review (editors and admins), with the editor's optional note. */
export function submitCommitment(
  ctx: Context,
  input: { id: number; expectedVersion: number; note?: string },
): Promise<Saved<'commitment'>> {
  return saveRecord(ctx, {
    type: 'commitment',
    id: input.id,
    expectedVersion: input.expectedVersion,
    action: 'submit',
    note: input.note,
    guard: (current) => {
      if (current.data.editorialState !== 'draft') {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `Only a draft can be submitted for review; this commitment is ${current.data.editorialState}.`,
        });
      }
    },
    change: (current) => ({ ...current.data, editorialState: 'review' }),
  });
}
