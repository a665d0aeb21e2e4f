import { ListInput, SlugInput, SourceDetail, SourcePage } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { offsetOf } from '../queries/pages';
import { sourceDetail, sourcePage } from '../queries/sources';
import { procedure } from '../trpc';

export const sourceRouter = {
  list: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/sources',
        tags: ['sources'],
        summary: 'List sources',
        description:
          'Articles, statements and readouts we quote from, newest first, with how many quotes in published commitments come from each.',
      },
    })
    .input(ListInput)
    .output(SourcePage)
    .query(({ ctx, input }) => sourcePage(ctx.db, offsetOf(input.cursor), input.limit)),

  bySlug: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/sources/{slug}',
        tags: ['sources'],
        summary: 'Get a source',
        description: 'The source and every quote from it in a published commitment.',
      },
    })
    .input(SlugInput)
    .output(SourceDetail)
    .query(({ ctx, input }) => sourceDetail(ctx.db, input.slug)),
} satisfies TRPCRouterRecord;
