import { MeetingDetail, MeetingListInput, MeetingPage, SlugAsOfInput } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { meetingDetail, meetingPage } from '../queries/meetings';
import { offsetOf } from '../queries/pages';
import { procedure } from '../trpc';

export const meetingRouter = {
  list: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/meetings',
        tags: ['meetings'],
        summary: 'List meetings',
        description:
          'Summits and bilateral meetings with their published commitment counts: newest first, or with `order=commitments` the meetings with the most commitments first (the newest first among equals).',
      },
    })
    .input(MeetingListInput)
    .output(MeetingPage)
    .query(({ ctx, input }) =>
      meetingPage(ctx.db, offsetOf(input.cursor), input.limit, input.order),
    ),

  bySlug: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/meetings/{slug}',
        tags: ['meetings'],
        summary: 'Get a meeting',
        description:
          "The meeting, its participants, context and published commitments; `accounts`: how each government described it, topic by topic, each quote with its source; `lineage`: commitments of other meetings restated here or built on it. With `asOf`, the commitments' statuses as they stood at the end of that day (a meeting that had not begun by then is a 404).",
      },
    })
    .input(SlugAsOfInput)
    .output(MeetingDetail)
    .query(({ ctx, input }) => meetingDetail(ctx.db, input.slug, input.asOf)),
} satisfies TRPCRouterRecord;
