import { countUses, deleteRecord, loadRecord, appendAudit, type Database } from '@accord/db';
import {
  AdminPageInput,
  EditableMeta,
  EditorRecordPage,
  MeetingInputs,
  PartyInputs,
  RECORD_SCHEMAS,
  type RecordData,
  RecordRefInput,
  SourceInputs,
  UsedBy,
  ThemeInputs,
  VersionedRefInput,
} from '@accord/domain';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf, createRecord, LABELS, notFoundRecord, saveRecord } from '../../editorial/save';
import { referenceList, referenceUsedBy, type ReferenceType } from '../../queries/editor';
import { type Context, procedure, type PublicChange } from '../../trpc';

/**
 * Meetings, parties, sources and themes: reference records without a review step. A save
 * is live for readers at once (so each one refreshes the public pages); a record still used
 * by a commitment cannot be deleted.
 */

const Saved = z.object({ id: z.number(), version: z.number() });
function listProcedure(type: ReferenceType) {
  return procedure
    .input(AdminPageInput.prefault({}))
    .output(EditorRecordPage)
    .query(({ ctx, input }) => referenceList(ctx.db, type, input));
}

async function getReference<T extends ReferenceType>(db: Database, type: T, id: number) {
  const record = await loadRecord(db, type, id);
  if (!record) throw notFoundRecord(type, id);
  const usedBy = await referenceUsedBy(db, type, id);
  return { ...record, updatedAt: record.updatedAt.toISOString(), usedBy };
}

function updateReference<T extends ReferenceType>(
  ctx: Context,
  type: T,
  input: { id: number; expectedVersion: number; data: RecordData[T] },
) {
  return saveRecord(ctx, {
    type,
    id: input.id,
    expectedVersion: input.expectedVersion,
    action: 'update',
    change: () => input.data,
  });
}

function deleteProcedure(type: ReferenceType) {
  return procedure
    .input(VersionedRefInput)
    .output(z.object({ id: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx.viewer);
      const before = await ctx.db.transaction(async (tx) => {
        const current = await loadRecord(tx, type, input.id);
        if (!current) throw notFoundRecord(type, input.id);
        if (current.version !== input.expectedVersion) {
          throw new TRPCError({
            code: 'CONFLICT',
            message: `This ${LABELS[type]} changed since you opened it (now version ${current.version}). Look at the change before deleting.`,
          });
        }
        const uses = await countUses(tx, type, input.id);
        if (uses > 0) {
          throw new TRPCError({
            code: 'PRECONDITION_FAILED',
            message: `This ${LABELS[type]} is still used in ${uses} place${uses === 1 ? '' : 's'}; change those first.`,
          });
        }
        await deleteRecord(tx, type, input.id);
        await appendAudit(tx, {
          actor,
          action: `${type}.delete`,
          recordType: type,
          recordId: input.id,
          summary: `deleted ${LABELS[type]} ${current.data.slug}`,
          before: current.data,
        });
        return current.data;
      });
      await ctx.onPublicChange([{ type, before, after: null } as PublicChange]);
      return { id: input.id };
    });
}

const Meta = EditableMeta.extend({ usedBy: UsedBy });

export const editorMeetingRouter = {
  list: listProcedure('meeting'),
  get: procedure
    .input(RecordRefInput)
    .output(Meta.extend({ data: RECORD_SCHEMAS.meeting }))
    .query(({ ctx, input }) => getReference(ctx.db, 'meeting', input.id)),
  create: procedure
    .input(MeetingInputs.create)
    .output(Saved)
    .mutation(({ ctx, input }) => createRecord(ctx, { type: 'meeting', data: input.data })),
  update: procedure
    .input(MeetingInputs.update)
    .output(Saved)
    .mutation(({ ctx, input }) => updateReference(ctx, 'meeting', input)),
  delete: deleteProcedure('meeting'),
} satisfies TRPCRouterRecord;

export const editorPartyRouter = {
  list: listProcedure('party'),
  get: procedure
    .input(RecordRefInput)
    .output(Meta.extend({ data: RECORD_SCHEMAS.party }))
    .query(({ ctx, input }) => getReference(ctx.db, 'party', input.id)),
  create: procedure
    .input(PartyInputs.create)
    .output(Saved)
    .mutation(({ ctx, input }) => createRecord(ctx, { type: 'party', data: input.data })),
  update: procedure
    .input(PartyInputs.update)
    .output(Saved)
    .mutation(({ ctx, input }) => updateReference(ctx, 'party', input)),
  delete: deleteProcedure('party'),
} satisfies TRPCRouterRecord;

export const editorSourceRouter = {
  list: listProcedure('source'),
  get: procedure
    .input(RecordRefInput)
    .output(Meta.extend({ data: RECORD_SCHEMAS.source }))
    .query(({ ctx, input }) => getReference(ctx.db, 'source', input.id)),
  create: procedure
    .input(SourceInputs.create)
    .output(Saved)
    .mutation(({ ctx, input }) => createRecord(ctx, { type: 'source', data: input.data })),
  update: procedure
    .input(SourceInputs.update)
    .output(Saved)
    .mutation(({ ctx, input }) => updateReference(ctx, 'source', input)),
  delete: deleteProcedure('source'),
} satisfies TRPCRouterRecord;

export const editorThemeRouter = {
  list: listProcedure('theme'),
  get: procedure
    .input(RecordRefInput)
    .output(Meta.extend({ data: RECORD_SCHEMAS.theme }))
    .query(({ ctx, input }) => getReference(ctx.db, 'theme', input.id)),
  create: procedure
    .input(ThemeInputs.create)
    .output(Saved)
    .mutation(({ ctx, input }) => createRecord(ctx, { type: 'theme', data: input.data })),
  update: procedure
    .input(ThemeInputs.update)
    .output(Saved)
    .mutation(({ ctx, input }) => updateReference(ctx, 'theme', input)),
  delete: deleteProcedure('theme'),
} satisfies TRPCRouterRecord;
