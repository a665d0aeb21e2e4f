import { ListInput, SlugInput, SourceDetail, SourcePage } from '@accord/domain';
import { commitments, parties, quoteColumns, quotes, sourceColumns, sources } from '@accord/db';
import { type TRPCRouterRecord } from '@trpc/server';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { isPublished } from '../queries/commitments';
import { notFound } from '../queries/lookup';
import { offsetOf, pageFrom } from '../queries/pages';
import { procedure } from '../trpc';

const sourceView = { id: sources.id, ...sourceColumns };

export const sourceRouter = {
  list: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/sources',
        tags: ['sources'],
        summary: 'List sources',
        description:
          'Articles, statements and readouts we quote from, newest first, with how many quotes in published commitments come from each.',
      },
    })
    .input(ListInput)
    .output(SourcePage)
    .query(async ({ ctx, input }) => {
      const offset = offsetOf(input.cursor);
      const rows = await ctx.db
        .select(sourceView)
        .from(sources)
        .orderBy(desc(sources.publishedOn), asc(sources.slug))
        .limit(input.limit + 1)
        .offset(offset);
      // Counted for this page's sources only: grouping every source's quotes made each page
      // cost a pass over all of them (about a second a page at 100k on PGlite, and the
      // /sources page reads every page).
      const ids = rows.map((r) => r.id);
      const counts =
        ids.length === 0
          ? []
          : await ctx.db
              .select({ sourceId: quotes.sourceId, count: sql<number>`count(*)::int` })
              .from(quotes)
              .innerJoin(commitments, and(eq(commitments.id, quotes.commitmentId), isPublished))
              .where(inArray(quotes.sourceId, ids))
              .groupBy(quotes.sourceId);
      const countOf = new Map(counts.map((c) => [c.sourceId, Number(c.count)]));
      const summaries = rows.map(({ id, ...s }) => ({ ...s, quoteCount: countOf.get(id) ?? 0 }));
      return pageFrom(summaries, offset, input.limit);
    }),

  bySlug: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/sources/{slug}',
        tags: ['sources'],
        summary: 'Get a source',
        description: 'The source and every quote from it in a published commitment.',
      },
    })
    .input(SlugInput)
    .output(SourceDetail)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select(sourceView)
        .from(sources)
        .where(eq(sources.slug, input.slug))
        .limit(1);
      if (!row) throw notFound('source', input.slug);
      const { id, ...source } = row;
      const quoteRows = await ctx.db
        .select({
          id: quotes.id,
          ...quoteColumns,
          partySlug: parties.slug,
          commitmentSlug: commitments.slug,
          commitmentTitle: commitments.title,
        })
        .from(quotes)
        .innerJoin(commitments, and(eq(commitments.id, quotes.commitmentId), isPublished))
        .leftJoin(parties, eq(parties.id, quotes.speakerPartyId))
        .where(eq(quotes.sourceId, id))
        .orderBy(asc(commitments.id), asc(quotes.position));
      return {
        ...source,
        quotes: quoteRows.map((q) => ({
          id: q.id,
          text: q.text,
          form: q.form,
          attribution: { kind: q.kind, who: q.who, party: q.partySlug },
          commitment: { slug: q.commitmentSlug, title: q.commitmentTitle },
        })),
      };
    }),
} satisfies TRPCRouterRecord;
