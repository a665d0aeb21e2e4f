import {
  CommitmentDetail,
  CommitmentListInput,
  CommitmentPage,
  SlugAsOfInput,
} from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { cursorPosition, listCommitments } from '../queries/commitments';
import { commitmentDetail } from '../queries/detail';
import { idForSlug } from '../queries/lookup';
import { offsetOf } from '../queries/pages';
import { searchCommitments } from '../queries/search';
import { procedure } from '../trpc';

export const commitmentRouter = {
  list: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/commitments',
        tags: ['commitments'],
        summary: 'List commitments',
        description:
          'Published commitments in a stable order, filtered by theme, meeting, party, status or overdue. Follow `nextCursor` for the next page. With `asOf`, the dataset as it stood at the end of that day: statuses, overdue flags and both filters as they were then, and commitments made at later meetings left out. With `q`, a full-text search (English words, stemmed; `\"a phrase\"`, `or`, `-word`) over titles, summaries, tags, quotes and party names, and with `lang=ja` also over the Japanese titles and summaries by character pairs (半導体 finds 半導体; those matches first, their Japanese text highlighted): ranked best first, each item with a `search` field that marks the matching words; at most 500 results can be paged through, and `q` longer than 200 characters is a 400.',
      },
    })
    // No input at all means the first page of everything.
    .input(CommitmentListInput.prefault({}))
    .output(CommitmentPage)
    .query(async ({ ctx, input }) => {
      const [themeId, meetingId, partyId] = await Promise.all([
        input.theme ? idForSlug(ctx.db, 'theme', input.theme, 'theme') : undefined,
        input.meeting ? idForSlug(ctx.db, 'meeting', input.meeting, 'meeting') : undefined,
        input.party ? idForSlug(ctx.db, 'party', input.party, 'party') : undefined,
      ]);
      const filter = {
        themeId,
        meetingId,
        partyId,
        status: input.status,
        overdue: input.overdue,
        asOf: input.asOf,
      };
      if (input.q !== undefined) {
        return searchCommitments(
          ctx.db,
          input.q,
          filter,
          offsetOf(input.cursor),
          input.limit,
          undefined,
          input.lang,
        );
      }
      return listCommitments(
        ctx.db,
        { ...filter, after: cursorPosition(input.cursor) },
        input.limit,
      );
    }),

  bySlug: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/commitments/{slug}',
        tags: ['commitments'],
        summary: 'Get a commitment',
        description:
          'A published commitment with its parties, quotes (with attribution and source), status history (overall and per party), the latest status of each party track, lineage to earlier and later meetings, disputes between sources, its parent and sub-commitments. With `asOf`, as it stood at the end of that day: only what had happened by then.',
      },
    })
    .input(SlugAsOfInput)
    .output(CommitmentDetail)
    .query(({ ctx, input }) => commitmentDetail(ctx.db, input.slug, input.asOf)),
} satisfies TRPCRouterRecord;
