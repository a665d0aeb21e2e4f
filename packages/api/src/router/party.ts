import { ListInput, PartyDetail, PartyPage, SlugAsOfInput } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { offsetOf } from '../queries/pages';
import { partyDetail, partyPage } from '../queries/parties';
import { procedure } from '../trpc';

export const partyRouter = {
  list: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/parties',
        tags: ['parties'],
        summary: 'List parties',
        description:
          'Countries, organisations, companies and universities by name, with how many published commitments involve each.',
      },
    })
    .input(ListInput)
    .output(PartyPage)
    .query(({ ctx, input }) => partyPage(ctx.db, offsetOf(input.cursor), input.limit)),

  bySlug: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/parties/{slug}',
        tags: ['parties'],
        summary: 'Get a party',
        description:
          'The party, how many published commitments it is part of, and the first 50 of them; nextCursor continues with GET /commitments?party=. With `asOf`, the count and the commitments as they stood at the end of that day.',
      },
    })
    .input(SlugAsOfInput)
    .output(PartyDetail)
    .query(({ ctx, input }) => partyDetail(ctx.db, input.slug, input.asOf)),
} satisfies TRPCRouterRecord;
