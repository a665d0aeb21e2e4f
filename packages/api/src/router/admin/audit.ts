import { AdminPage, AuditEntry, AuditListInput } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { auditPage } from '../../queries/audit';
import { procedure } from '../../trpc';

export const adminAuditRouter = {
  list: procedure
    .input(AuditListInput.prefault({}))
    .output(AdminPage(AuditEntry))
    .query(({ ctx, input }) => auditPage(ctx.db, input)),
} satisfies TRPCRouterRecord;
