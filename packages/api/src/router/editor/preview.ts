import { CommitmentDetail, EditorialState, RecordRefInput } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { commitmentPreview } from '../../queries/detail';
import { procedure } from '../../trpc';

/**
 * Records as readers would see them once published, in any editorial state: what the admin's
 * preview pages render with the public page's components. Editors only (policy.ts); the pages
 * are never cached (see apps/web/src/app/admin/commitments/[id]/preview).
 */
export const editorPreviewRouter = {
  commitment: procedure
    .input(RecordRefInput)
    .output(CommitmentDetail.extend({ editorialState: EditorialState }))
    .query(({ ctx, input }) => commitmentPreview(ctx.db, input.id)),
} satisfies TRPCRouterRecord;
