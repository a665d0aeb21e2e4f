import {
  RECORD_SCHEMAS,
  type RecordData,
  type RecordType,
  RestoreInput,
  RevisionDetail,
  RevisionInput,
  RevisionRefInput,
  RevisionSummary,
} from '@accord/domain';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { badInput } from '../../errors';
import { saveRecord } from '../../editorial/save';
import { findRevision, revisionList } from '../../queries/revisions';
import { procedure } from '../../trpc';
import { guardContent } from './commitment';

/** The data a restore writes: the old content, in the record's present workflow state. */
function restoredData<T extends RecordType>(
  type: T,
  snapshot: unknown,
  current: RecordData[T],
): RecordData[T] {
  const parsed = RECORD_SCHEMAS[type].safeParse(snapshot);
  if (!parsed.success) {
    throw badInput([
      {
        path: ['version'],
        message: 'This version no longer fits the record’s rules; copy from it by hand.',
      },
    ]);
  }
  if (type === 'commitment') {
    const state = (current as RecordData['commitment']).editorialState;
    return { ...(parsed.data as RecordData['commitment']), editorialState: state } as RecordData[T];
  }
  return parsed.data as RecordData[T];
}

export const editorRevisionRouter = {
  list: procedure
    .input(RevisionRefInput)
    .output(z.array(RevisionSummary))
    .query(({ ctx, input }) => revisionList(ctx.db, input.type, input.id)),

  get: procedure
    .input(RevisionInput)
    .output(RevisionDetail)
    .query(async ({ ctx, input }) => {
      const row = await findRevision(ctx.db, input.type, input.id, input.version);
      return {
        ...row,
        type: input.type,
        id: input.id,
        createdAt: row.createdAt.toISOString(),
        snapshot: row.snapshot as Record<string, unknown>,
      };
    }),

  /** Writes an old version's content as a new version; nothing is overwritten or lost. */
  restore: procedure
    .input(RestoreInput)
    .output(z.object({ id: z.number(), version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      if (input.type === 'theme' && ctx.viewer?.role !== 'admin') {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'Only an admin can change a theme.' });
      }
      const row = await findRevision(ctx.db, input.type, input.id, input.version);
      return saveRecord(ctx, {
        type: input.type,
        id: input.id,
        expectedVersion: input.expectedVersion,
        action: `restore v${input.version}`,
        guard:
          input.type === 'commitment'
            ? (guardContent(ctx.viewer) as (current: unknown) => void)
            : undefined,
        change: (current) => restoredData(input.type, row.snapshot, current.data),
      });
    }),
} satisfies TRPCRouterRecord;
