import { revisions } from '@accord/db';
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
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { badInput } from '../../errors';
import { saveRecord } from '../../editorial/save';
import { type Context, procedure } from '../../trpc';
import { guardContent } from './commitment';

const summaryColumns = {
  version: revisions.version,
  action: revisions.action,
  actorName: revisions.actorName,
  createdAt: revisions.createdAt,
};

async function findRevision(ctx: Context, type: RecordType, id: number, version: number) {
  const [row] = await ctx.db
    .select({ ...summaryColumns, snapshot: revisions.snapshot })
    .from(revisions)
    .where(
      and(
        eq(revisions.recordType, type),
        eq(revisions.recordId, id),
        eq(revisions.version, version),
      ),
    )
    .limit(1);
  if (!row) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `No version ${version} of ${type} ${id}.`,
    });
  }
  return row;
}

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
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db
        .select(summaryColumns)
        .from(revisions)
        .where(and(eq(revisions.recordType, input.type), eq(revisions.recordId, input.id)))
        .orderBy(desc(revisions.version));
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    }),

  get: procedure
    .input(RevisionInput)
    .output(RevisionDetail)
    .query(async ({ ctx, input }) => {
      const row = await findRevision(ctx, input.type, input.id, input.version);
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
      const row = await findRevision(ctx, input.type, input.id, input.version);
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
