import { emptyStatusCounts, SlugInput, ThemeDetail, ThemeSummary } from '@accord/domain';
import { commitments, themes } from '@accord/db';
import { type TRPCRouterRecord } from '@trpc/server';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { allCommitments, statusCountsBy, totalOf } from '../queries/commitments';
import { notFound } from '../queries/lookup';
import { procedure } from '../trpc';

const themeColumns = {
  id: themes.id,
  slug: themes.slug,
  title: themes.title,
  summary: themes.summary,
  position: themes.position,
};

export const themeRouter = {
  list: procedure
    .input(z.void())
    .output(z.array(ThemeSummary))
    .query(async ({ ctx }) => {
      const [rows, counts] = await Promise.all([
        ctx.db.select(themeColumns).from(themes).orderBy(asc(themes.position), asc(themes.slug)),
        statusCountsBy(ctx.db, commitments.themeId),
      ]);
      return rows.map(({ id, ...theme }) => {
        const statusCounts = counts.get(id) ?? emptyStatusCounts();
        return { ...theme, statusCounts, commitmentCount: totalOf(statusCounts) };
      });
    }),

  bySlug: procedure
    .input(SlugInput)
    .output(ThemeDetail)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select({ ...themeColumns, brief: themes.brief })
        .from(themes)
        .where(eq(themes.slug, input.slug))
        .limit(1);
      if (!row) throw notFound('theme', input.slug);
      const { id, ...theme } = row;
      const list = await allCommitments(ctx.db, { themeId: id });
      const statusCounts = emptyStatusCounts();
      for (const c of list) statusCounts[c.status]++;
      return { ...theme, statusCounts, commitments: list };
    }),
} satisfies TRPCRouterRecord;
