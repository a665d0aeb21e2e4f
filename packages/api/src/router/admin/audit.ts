import { auditLog } from '@accord/db';
import { AuditEntry, AuditListInput } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { desc, lt } from 'drizzle-orm';
import { z } from 'zod';
import { procedure } from '../../trpc';

export const adminAuditRouter = {
  list: procedure
    .input(AuditListInput)
    .output(z.object({ items: z.array(AuditEntry), nextBefore: z.number().nullable() }))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          actorName: auditLog.actorName,
          action: auditLog.action,
          recordType: auditLog.recordType,
          recordId: auditLog.recordId,
          summary: auditLog.summary,
          before: auditLog.before,
          after: auditLog.after,
        })
        .from(auditLog)
        .where(input.before ? lt(auditLog.id, input.before) : undefined)
        .orderBy(desc(auditLog.id))
        .limit(input.limit + 1);
      const items = rows.slice(0, input.limit).map((r) => ({ ...r, at: r.at.toISOString() }));
      return {
        items,
        nextBefore: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null,
      };
    }),
} satisfies TRPCRouterRecord;
