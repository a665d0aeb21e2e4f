import { type Database, loadRecord } from '@accord/db';
import {
  BulkInput,
  BulkMoveInput,
  BulkResult,
  type Commitment,
  CommitmentDraft,
  CommitmentInputs,
  EditableMeta,
  EditorCommitmentPage,
  EditorialState,
  EditorListInput,
  findHistoryProblems,
  RecordRefInput,
  RecordStatusInput,
  RemoveStatusInput,
  ScheduleInput,
  SetStateInput,
  Slug,
  StatusUpdateTranslations,
  StatusUpdateView,
  SubmitInput,
  todayIso,
  TranslateStatusInput,
  WorkflowNoteView,
} from '@accord/domain';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { badInput } from '../../errors';
import { eachRecord } from '../../editorial/bulk';
import { moveCommitment, submitCommitment } from '../../editorial/move';
import { scheduleCommitment } from '../../editorial/schedule';
import { createRecord, notFoundRecord, saveRecord, type StoredRecord } from '../../editorial/save';
import { lastWorkflowNote } from '../../queries/audit';
import { commitmentStanding, searchForEditors, statusUpdateIds } from '../../queries/editor';
import { type Context, procedure, type Viewer } from '../../trpc';

/** Editors change drafts and items in review; published and archived ones are for admins. */
export function guardContent(viewer: Viewer | null) {
  return (current: StoredRecord<'commitment'>) => {
    const state = current.data.editorialState;
    if (state === 'archived') {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'This commitment is archived. An admin can move it back to draft to edit it.',
      });
    }
    if (state === 'published' && viewer?.role !== 'admin') {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message:
          'Only an admin can change a published commitment. Record a status update, or ask an admin to unpublish it.',
      });
    }
  };
}

export function checkHistory(history: Commitment['history']) {
  const problems = findHistoryProblems(history, todayIso());
  if (problems.length > 0) {
    throw badInput(problems.map((p) => ({ path: ['update'], message: p.message })));
  }
}

export const EditorCommitment = EditableMeta.extend({
  editorialState: EditorialState,
  status: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  /** When the scheduler publishes it, or null. */
  publishAt: z.iso.datetime().nullable(),
  /** When the scheduler returns it to draft, or null. */
  unpublishAt: z.iso.datetime().nullable(),
  data: CommitmentDraft,
  // As editors write them: sources and the assessed party by slug.
  history: z.array(
    StatusUpdateView.omit({ sources: true, party: true, translations: true }).extend({
      sources: z.array(z.string()),
      party: Slug.nullable(),
      // As stored, with the fingerprint of the English each was made from (the editor's form
      // shows which are missing or older than the English, and sends them back).
      translations: StatusUpdateTranslations,
    }),
  ),
  /** The newest note given with a submit or a return to draft, for the author to read. */
  workflowNote: WorkflowNoteView.nullable(),
});

async function getForEditor(db: Database, id: number) {
  const record = await loadRecord(db, 'commitment', id);
  if (!record) throw notFoundRecord('commitment', id);
  const [row, updates, workflowNote] = await Promise.all([
    commitmentStanding(db, id),
    statusUpdateIds(db, id),
    lastWorkflowNote(db, 'commitment', id),
  ]);
  const { editorialState, history, ...data } = record.data;
  return {
    id,
    version: record.version,
    updatedAt: record.updatedAt.toISOString(),
    editorialState,
    status: row!.status,
    publishedAt: row!.publishedAt?.toISOString() ?? null,
    publishAt: row!.publishAt?.toISOString() ?? null,
    unpublishAt: row!.unpublishAt?.toISOString() ?? null,
    data,
    history: history.map((u, i) => ({ ...u, id: updates[i]! })),
    workflowNote,
  };
}

const Saved = z.object({ id: z.number(), version: z.number() });

/** Where a status update is in its commitment's history (the order `loadRecord` gives). */
async function statusUpdateIndex(db: Database, id: number, statusUpdateId: number) {
  const index = (await statusUpdateIds(db, id)).indexOf(statusUpdateId);
  if (index < 0) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `Commitment ${id} has no status update ${statusUpdateId}.`,
    });
  }
  return index;
}

export const editorCommitmentRouter = {
  list: procedure
    .input(EditorListInput.prefault({}))
    .output(EditorCommitmentPage)
    .query(({ ctx, input }) => searchForEditors(ctx.db, input)),

  get: procedure
    .input(RecordRefInput)
    .output(EditorCommitment)
    .query(({ ctx, input }) => getForEditor(ctx.db, input.id)),

  create: procedure
    .input(CommitmentInputs.create)
    .output(Saved)
    .mutation(({ ctx, input }) =>
      createRecord(ctx, {
        type: 'commitment',
        data: { ...input.data, editorialState: 'draft', history: [] },
      }),
    ),

  update: procedure
    .input(CommitmentInputs.update)
    .output(Saved)
    .mutation(({ ctx, input }) =>
      saveRecord(ctx, {
        type: 'commitment',
        id: input.id,
        expectedVersion: input.expectedVersion,
        action: 'update',
        guard: guardContent(ctx.viewer),
        change: (current) => ({
          ...input.data,
          editorialState: current.data.editorialState,
          history: current.data.history,
        }),
      }),
    ),

  recordStatus: procedure
    .input(RecordStatusInput)
    .output(Saved)
    .mutation(({ ctx, input }) =>
      saveRecord(ctx, {
        type: 'commitment',
        id: input.id,
        expectedVersion: input.expectedVersion,
        action: 'record status',
        guard: (current) => {
          if (current.data.editorialState === 'archived') guardContent(ctx.viewer)(current);
        },
        change: (current) => {
          const history = [...current.data.history, { ...input.update, author: ctx.viewer!.name }];
          checkHistory(history);
          return { ...current.data, history };
        },
      }),
    ),

  removeStatus: procedure
    .input(RemoveStatusInput)
    .output(Saved)
    .mutation(async ({ ctx, input }) => {
      const index = await statusUpdateIndex(ctx.db, input.id, input.statusUpdateId);
      return saveRecord(ctx, {
        type: 'commitment',
        id: input.id,
        expectedVersion: input.expectedVersion,
        action: 'remove status',
        guard: guardContent(ctx.viewer),
        change: (current) => {
          const history = current.data.history.filter((_, i) => i !== index);
          checkHistory(history);
          return { ...current.data, history };
        },
      });
    }),

  // The Japanese of a recorded note. Changing what readers of a published commitment see is
  // an admin's change, as any edit of its text (guardContent), and removing an update is.
  translateStatus: procedure
    .input(TranslateStatusInput)
    .output(Saved)
    .mutation(async ({ ctx, input }) => {
      const index = await statusUpdateIndex(ctx.db, input.id, input.statusUpdateId);
      return saveRecord(ctx, {
        type: 'commitment',
        id: input.id,
        expectedVersion: input.expectedVersion,
        action: 'translate status',
        guard: guardContent(ctx.viewer),
        change: (current) => ({
          ...current.data,
          history: current.data.history.map((u, i) =>
            i === index ? { ...u, translations: input.translations } : u,
          ),
        }),
      });
    }),

  submit: procedure
    .input(SubmitInput)
    .output(Saved)
    .mutation(({ ctx, input }) => submitCommitment(ctx, input)),

  setState: procedure
    .input(SetStateInput)
    .output(Saved)
    .mutation(({ ctx, input }) => moveCommitment(ctx, input)),

  // Admins only (policy.ts): when an approved commitment goes live, and when it comes down.
  schedule: procedure
    .input(ScheduleInput)
    .output(Saved)
    .mutation(({ ctx, input }) => scheduleCommitment(ctx, input)),

  // Many records at once, each through its single action's path (its own revision, audit
  // entry and refresh); a record refused is reported with its code and the rest go on.
  bulk: procedure
    .input(BulkInput)
    .output(BulkResult)
    .mutation(({ ctx, input }) => {
      switch (input.action) {
        case 'submit':
          return eachRecord(ctx, input.items, (batch, item) =>
            submitCommitment(batch, { ...item, note: input.note }),
          );
        case 'addTag':
        case 'removeTag':
          return eachRecord(ctx, input.items, (batch, item) =>
            retagCommitment(batch, item, input.action === 'addTag' ? 'add' : 'remove', input.tag),
          );
      }
    }),

  // Admins only (policy.ts), like setState: publish, archive or return many at once.
  bulkMove: procedure
    .input(BulkMoveInput)
    .output(BulkResult)
    .mutation(({ ctx, input }) =>
      eachRecord(ctx, input.items, (batch, item) =>
        moveCommitment(batch, { ...item, to: input.to, note: input.note }),
      ),
    ),
} satisfies TRPCRouterRecord;

/** Adds or removes one tag, with the same rights as editing the details (guardContent). */
function retagCommitment(
  ctx: Context,
  item: { id: number; expectedVersion: number },
  how: 'add' | 'remove',
  tag: string,
) {
  return saveRecord(ctx, {
    type: 'commitment',
    id: item.id,
    expectedVersion: item.expectedVersion,
    action: how === 'add' ? `tag ${tag}` : `untag ${tag}`,
    guard: (current) => {
      guardContent(ctx.viewer)(current);
      if (current.data.tags.includes(tag) === (how === 'add')) {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: how === 'add' ? `Already tagged ${tag}.` : `Not tagged ${tag}.`,
        });
      }
    },
    change: (current) => ({
      ...current.data,
      tags:
        how === 'add' ? [...current.data.tags, tag] : current.data.tags.filter((t) => t !== tag),
    }),
  });
}
