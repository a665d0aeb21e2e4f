import { ListInput, SlugAsOfInput, ThemeDetail, ThemePage } from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { offsetOf } from '../queries/pages';
import { themeDetail, themePage } from '../queries/themes';
import { procedure } from '../trpc';

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
    .query(({ ctx, input }) => themePage(ctx.db, offsetOf(input.cursor), input.limit)),

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
    .query(({ ctx, input }) => themeDetail(ctx.db, input.slug, input.asOf)),
} satisfies TRPCRouterRecord;
