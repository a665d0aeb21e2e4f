import { DETAIL_PAGE_SIZE, ListInput, PartyDetail, PartyPage, SlugAsOfInput } from '@accord/domain';
import { commitmentParties, commitments, parties } from '@accord/db';
import { type TRPCRouterRecord } from '@trpc/server';
import { and, asc, eq, sql } from 'drizzle-orm';
import { isPublished, listCommitments, statusCountsOf, totalOf } from '../queries/commitments';
import { notFound } from '../queries/lookup';
import { offsetOf, pageFrom } from '../queries/pages';
import { procedure } from '../trpc';

const partyColumns = {
  id: parties.id,
  slug: parties.slug,
  name: parties.name,
  shortName: parties.shortName,
  kind: parties.kind,
  countryCode: parties.countryCode,
  description: parties.description,
};

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
        .select({
          ...partyColumns,
          commitmentCount: sql<number>`count(${commitments.id})::int`,
        })
        .from(parties)
        .leftJoin(commitmentParties, eq(commitmentParties.partyId, parties.id))
        .leftJoin(commitments, and(eq(commitments.id, commitmentParties.commitmentId), isPublished))
        .groupBy(parties.id)
        .orderBy(asc(parties.name), asc(parties.slug))
        .limit(input.limit + 1)
        .offset(offset);
      const summaries = rows.map(({ id: _id, ...p }) => ({
        ...p,
        commitmentCount: Number(p.commitmentCount),
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
        .select(partyColumns)
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
