import { DETAIL_PAGE_SIZE, ListInput, PartyDetail, PartyPage, SlugAsOfInput } from '@accord/domain';
import { commitmentParties, commitments, parties, partyColumns } from '@accord/db';
import { type TRPCRouterRecord } from '@trpc/server';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isPublished, listCommitments, statusCountsOf, totalOf } from '../queries/commitments';
import { notFound } from '../queries/lookup';
import { offsetOf, pageFrom } from '../queries/pages';
import { procedure } from '../trpc';

const partyView = { id: parties.id, ...partyColumns };

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
    .query(async ({ ctx, input }) => {
      const offset = offsetOf(input.cursor);
      const rows = await ctx.db
        .select(partyView)
        .from(parties)
        .orderBy(asc(parties.name), asc(parties.slug))
        .limit(input.limit + 1)
        .offset(offset);
      // Counted for this page's parties only, as source.list does.
      const ids = rows.map((r) => r.id);
      const counts =
        ids.length === 0
          ? []
          : await ctx.db
              .select({
                partyId: commitmentParties.partyId,
                count: sql<number>`count(distinct ${commitments.id})::int`,
              })
              .from(commitmentParties)
              .innerJoin(
                commitments,
                and(eq(commitments.id, commitmentParties.commitmentId), isPublished),
              )
              .where(inArray(commitmentParties.partyId, ids))
              .groupBy(commitmentParties.partyId);
      const countOf = new Map(counts.map((c) => [c.partyId, Number(c.count)]));
      const summaries = rows.map(({ id, ...p }) => ({
        ...p,
        commitmentCount: countOf.get(id) ?? 0,
      }));
      return pageFrom(summaries, offset, input.limit);
    }),

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
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select(partyView)
        .from(parties)
        .where(eq(parties.slug, input.slug))
        .limit(1);
      if (!row) throw notFound('party', input.slug);
      const { id, ...party } = row;
      const [counts, page] = await Promise.all([
        statusCountsOf(ctx.db, { partyId: id, asOf: input.asOf }),
        listCommitments(ctx.db, { partyId: id, asOf: input.asOf }, DETAIL_PAGE_SIZE),
      ]);
      return {
        ...party,
        commitmentCount: totalOf(counts),
        commitments: page.items,
        nextCursor: page.nextCursor,
      };
    }),
} satisfies TRPCRouterRecord;
