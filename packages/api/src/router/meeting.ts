import {
  emptyStatusCounts,
  ListInput,
  MeetingDetail,
  MeetingPage,
  SlugAsOfInput,
} from '@accord/domain';
import { commitments, meetingColumns, meetingParticipants, meetings, parties } from '@accord/db';
import { type TRPCRouterRecord } from '@trpc/server';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { allCommitments, statusCountsBy, totalOf } from '../queries/commitments';
import { meetingAccountViews, meetingLineageViews, notFoundAsOf } from '../queries/detail';
import { offsetOf, pageFrom } from '../queries/pages';
import { procedure } from '../trpc';

const parent = alias(meetings, 'parent');

const { context: _context, ...meetingSummaryColumns } = meetingColumns;
/** A meeting in the list: its columns without the context, which only its own page shows. */
const meetingSummary = {
  id: meetings.id,
  ...meetingSummaryColumns,
  parentSlug: parent.slug,
  parentTitle: parent.title,
};

export const meetingRouter = {
  list: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/meetings',
        tags: ['meetings'],
        summary: 'List meetings',
        description: 'Summits and bilateral meetings, newest first, with their commitment counts.',
      },
    })
    .input(ListInput)
    .output(MeetingPage)
    .query(async ({ ctx, input }) => {
      const offset = offsetOf(input.cursor);
      const rows = await ctx.db
        .select(meetingSummary)
        .from(meetings)
        .leftJoin(parent, eq(parent.id, meetings.parentId))
        .orderBy(desc(meetings.startsOn), asc(meetings.slug))
        .limit(input.limit + 1)
        .offset(offset);
      // Counted for this page's meetings only: counting every meeting's commitments made
      // each page cost a scan of all of them (~200 ms a page at 100k).
      const counts = await statusCountsBy(
        ctx.db,
        commitments.meetingId,
        rows.map((r) => r.id),
      );
      const summaries = rows.map(({ id, parentTitle: _parentTitle, ...m }) => ({
        ...m,
        commitmentCount: totalOf(counts.get(id) ?? emptyStatusCounts()),
      }));
      return pageFrom(summaries, offset, input.limit);
    }),

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
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select({ ...meetingSummary, context: meetings.context })
        .from(meetings)
        .leftJoin(parent, eq(parent.id, meetings.parentId))
        .where(
          and(
            eq(meetings.slug, input.slug),
            input.asOf ? lte(meetings.startsOn, input.asOf) : undefined,
          ),
        )
        .limit(1);
      if (!row) throw notFoundAsOf('meeting', input.slug, input.asOf);
      const { id, parentSlug, parentTitle, ...meeting } = row;
      const [participants, children, list, accounts, lineage] = await Promise.all([
        ctx.db
          .select({
            name: meetingParticipants.name,
            office: meetingParticipants.office,
            party: { slug: parties.slug, name: parties.name, shortName: parties.shortName },
          })
          .from(meetingParticipants)
          .innerJoin(parties, eq(parties.id, meetingParticipants.partyId))
          .where(eq(meetingParticipants.meetingId, id))
          .orderBy(asc(meetingParticipants.position)),
        ctx.db
          .select({ slug: meetings.slug, title: meetings.title })
          .from(meetings)
          .where(eq(meetings.parentId, id))
          .orderBy(asc(meetings.startsOn), asc(meetings.slug)),
        allCommitments(ctx.db, { meetingId: id, asOf: input.asOf }),
        meetingAccountViews(ctx.db, id),
        meetingLineageViews(ctx.db, id, input.asOf),
      ]);
      const statusCounts = emptyStatusCounts();
      for (const c of list) statusCounts[c.status]++;
      return {
        ...meeting,
        parent: parentSlug && parentTitle ? { slug: parentSlug, title: parentTitle } : null,
        children,
        participants,
        statusCounts,
        commitments: list,
        accounts,
        lineage,
      };
    }),
} satisfies TRPCRouterRecord;
