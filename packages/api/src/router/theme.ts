import {
  DETAIL_PAGE_SIZE,
  emptyStatusCounts,
  ListInput,
  SlugAsOfInput,
  ThemeDetail,
  ThemePage,
  todayIso,
} from '@accord/domain';
import { commitments, themeColumns, themes } from '@accord/db';
import { type TRPCRouterRecord } from '@trpc/server';
import { asc, eq } from 'drizzle-orm';
import { listCommitments, statusCountsBy, statusCountsOf, totalOf } from '../queries/commitments';
import { notFound } from '../queries/lookup';
import { buildTimeline, themeStatusDeltas } from '../queries/timeline';
import { offsetOf, pageFrom } from '../queries/pages';
import { procedure } from '../trpc';

const { brief: _brief, ...themeSummaryColumns } = themeColumns;
/** A theme in the list: its columns without the brief, which only its own page shows. */
const themeSummary = { id: themes.id, ...themeSummaryColumns };

export const themeRouter = {
  list: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/themes',
        tags: ['themes'],
        summary: 'List the themed briefs',
        description: 'Themes in their editorial order, each with its published commitment counts.',
      },
    })
    .input(ListInput)
    .output(ThemePage)
    .query(async ({ ctx, input }) => {
      const offset = offsetOf(input.cursor);
      const [rows, counts] = await Promise.all([
        ctx.db
          .select(themeSummary)
          .from(themes)
          .orderBy(asc(themes.position), asc(themes.slug))
          .limit(input.limit + 1)
          .offset(offset),
        statusCountsBy(ctx.db, commitments.themeId),
      ]);
      const summaries = rows.map(({ id, ...theme }) => {
        const statusCounts = counts.get(id) ?? emptyStatusCounts();
        return { ...theme, statusCounts, commitmentCount: totalOf(statusCounts) };
      });
      return pageFrom(summaries, offset, input.limit);
    }),

  bySlug: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/themes/{slug}',
        tags: ['themes'],
        summary: 'Get a brief',
        description:
          "The theme's brief (Markdown), its published commitments counted by status, the first 50 of them (nextCursor continues with GET /commitments?theme=), and `timeline`: the status counts at each day they changed (by month when there are more than 60 such days) up to today. With `asOf`, all of it as it stood at the end of that day.",
      },
    })
    .input(SlugAsOfInput)
    .output(ThemeDetail)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select({ id: themes.id, ...themeColumns })
        .from(themes)
        .where(eq(themes.slug, input.slug))
        .limit(1);
      if (!row) throw notFound('theme', input.slug);
      const { id, ...theme } = row;
      const { asOf } = input;
      // The timeline ends on the day read: asOf, or today.
      const end = asOf ?? todayIso();
      const [todayCounts, page, deltas] = await Promise.all([
        // As of a day, the timeline's last point is exactly the counts of that day.
        asOf === undefined ? statusCountsOf(ctx.db, { themeId: id }) : null,
        listCommitments(ctx.db, { themeId: id, asOf }, DETAIL_PAGE_SIZE),
        themeStatusDeltas(ctx.db, id, end),
      ]);
      const timeline = buildTimeline(deltas, end);
      return {
        ...theme,
        statusCounts: todayCounts ?? timeline.at(-1)!.counts,
        commitments: page.items,
        nextCursor: page.nextCursor,
        timeline,
        asOf: asOf ?? null,
      };
    }),
} satisfies TRPCRouterRecord;
