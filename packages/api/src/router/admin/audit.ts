import { AuditEntry, AuditListInput } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditPage } from '../../queries/audit';
import { procedure } from '../../trpc';

export const adminAuditRouter = {
  list: procedure
    .input(AuditListInput)
    .output(z.object({ items: z.array(AuditEntry), nextBefore: z.number().nullable() }))
    .query(({ ctx, input }) => auditPage(ctx.db, input.before, input.limit)),
} satisfies TRPCRouterRecord;
