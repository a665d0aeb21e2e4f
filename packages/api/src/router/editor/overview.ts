import { DashboardOutput, TagSuggestInput, TagSuggestion, todayIso } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { editorDashboard, editorOptions, tagSuggestions } from '../../queries/editor';
import { procedure } from '../../trpc';

const Option = z.object({ slug: z.string(), label: z.string() });

export const editorOverviewRouter = {
  /** What needs an editor's attention. */
  dashboard: procedure
    .input(z.void())
    .output(DashboardOutput)
    .query(({ ctx }) => editorDashboard(ctx.db, todayIso())),

  /** Choices for the forms' select fields. */
  options: procedure
    .input(z.void())
    .output(
      z.object({
        themes: z.array(Option),
        meetings: z.array(Option),
        parties: z.array(Option),
        sources: z.array(Option),
      }),
    )
    .query(({ ctx }) => editorOptions(ctx.db)),

  /** Tags in use beginning with what the editor has typed, the most used first. */
  tags: procedure
    .input(TagSuggestInput)
    .output(z.array(TagSuggestion))
    .query(({ ctx, input }) => tagSuggestions(ctx.db, input.prefix, input.limit)),
} satisfies TRPCRouterRecord;
