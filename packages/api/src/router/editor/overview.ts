import { commitments, meetings, parties, sources, themes } from '@accord/db';
import { DashboardOutput, todayIso } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { overdueCondition, isPublished } from '../../queries/commitments';
import { procedure } from '../../trpc';
import { listForEditors } from './commitment';

const Option = z.object({ slug: z.string(), label: z.string() });

export const editorOverviewRouter = {
  /** What needs an editor's attention. */
  dashboard: procedure
    .input(z.void())
    .output(DashboardOutput)
    .query(async ({ ctx }) => {
      const [drafts, inReview, recentlyChanged, overdue] = await Promise.all([
        listForEditors(ctx.db, eq(commitments.editorialState, 'draft'), 'updated', 20),
        listForEditors(ctx.db, eq(commitments.editorialState, 'review'), 'updated', 20),
        listForEditors(ctx.db, undefined, 'updated', 10),
        listForEditors(
          ctx.db,
          sql`${isPublished} and ${overdueCondition(todayIso())}`,
          'deadline',
          20,
        ),
      ]);
      return { drafts, inReview, recentlyChanged, overdue };
    }),

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
    .query(async ({ ctx }) => {
      const [t, m, p, s] = await Promise.all([
        ctx.db
          .select({ slug: themes.slug, label: themes.title })
          .from(themes)
          .orderBy(asc(themes.position), asc(themes.slug)),
        ctx.db
          .select({ slug: meetings.slug, label: meetings.title })
          .from(meetings)
          .orderBy(asc(meetings.startsOn), asc(meetings.slug)),
        ctx.db
          .select({ slug: parties.slug, label: parties.name })
          .from(parties)
          .orderBy(asc(parties.name)),
        ctx.db
          .select({ slug: sources.slug, label: sources.title })
          .from(sources)
          .orderBy(asc(sources.slug)),
      ]);
      return { themes: t, meetings: m, parties: p, sources: s };
    }),
} satisfies TRPCRouterRecord;
