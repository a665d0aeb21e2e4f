import { PartyDetail, PartySummary, SlugInput } from '@accord/domain';
import { commitmentParties, commitments, parties } from '@accord/db';
import { type TRPCRouterRecord } from '@trpc/server';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { allCommitments, isPublished } from '../queries/commitments';
import { notFound } from '../queries/lookup';
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
    .input(z.void())
    .output(z.array(PartySummary))
    .query(async ({ ctx }) => {
      const rows = await ctx.db
        .select({
          ...partyColumns,
          commitmentCount: sql<number>`count(${commitments.id})::int`,
        })
        .from(parties)
        .leftJoin(commitmentParties, eq(commitmentParties.partyId, parties.id))
        .leftJoin(commitments, and(eq(commitments.id, commitmentParties.commitmentId), isPublished))
        .groupBy(parties.id)
        .orderBy(asc(parties.name), asc(parties.slug));
      return rows.map(({ id: _id, ...p }) => ({
        ...p,
        commitmentCount: Number(p.commitmentCount),
      }));
    }),

  bySlug: procedure
    .input(SlugInput)
    .output(PartyDetail)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select(partyColumns)
        .from(parties)
        .where(eq(parties.slug, input.slug))
        .limit(1);
      if (!row) throw notFound('party', input.slug);
      const { id, ...party } = row;
      return { ...party, commitments: await allCommitments(ctx.db, { partyId: id }) };
    }),
} satisfies TRPCRouterRecord;
