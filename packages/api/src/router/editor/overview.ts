import { commitments, meetings, parties, sources, themes } from '@accord/db';
import { DashboardOutput, REVIEW_DUE_AFTER_DAYS, todayIso } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { FINAL_LIST, isPublished, overdueCondition } from '../../queries/commitments';
import { procedure } from '../../trpc';
import { lastReviewedSql, listForEditors } from './commitment';

/** A target "near": its deadline within this many days before or after today. */
export const TARGET_WINDOW_DAYS = 90;

const Option = z.object({ slug: z.string(), label: z.string() });

export const editorOverviewRouter = {
  /** What needs an editor's attention. */
  dashboard: procedure
    .input(z.void())
    .output(DashboardOutput)
    .query(async ({ ctx }) => {
      const today = todayIso();
      const [drafts, inReview, recentlyChanged, overdue, reviewDue, targetsNear, disputed] =
        await Promise.all([
          listForEditors(ctx.db, eq(commitments.editorialState, 'draft'), 'updated', 20),
          listForEditors(ctx.db, eq(commitments.editorialState, 'review'), 'updated', 20),
          listForEditors(ctx.db, undefined, 'updated', 10),
          listForEditors(
            ctx.db,
            sql`${isPublished} and ${overdueCondition(today)}`,
            'deadline',
            20,
          ),
          // Published, and no review (review date or update) in REVIEW_DUE_AFTER_DAYS.
          listForEditors(
            ctx.db,
            sql`${isPublished} and coalesce(${lastReviewedSql} <= ${today}::date - ${REVIEW_DUE_AFTER_DAYS}::int, true)`,
            'review',
            20,
          ),
          // Published, not final, with a deadline within TARGET_WINDOW_DAYS either side of today.
          listForEditors(
            ctx.db,
            sql`${isPublished} and ${commitments.targetDeadline} between ${today}::date - ${TARGET_WINDOW_DAYS}::int and ${today}::date + ${TARGET_WINDOW_DAYS}::int and ${commitments.status} not in (${FINAL_LIST})`,
            'deadline',
            20,
          ),
          // Any commitment not archived with a dispute not yet resolved.
          listForEditors(
            ctx.db,
            sql`${commitments.editorialState} <> 'archived' and exists (select 1 from disputes d where d.commitment_id = "commitments"."id" and not d.resolved)`,
            'updated',
            20,
          ),
        ]);
      return { drafts, inReview, recentlyChanged, overdue, reviewDue, targetsNear, disputed };
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
