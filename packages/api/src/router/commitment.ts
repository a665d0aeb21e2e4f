import {
  CommitmentDetail,
  CommitmentListInput,
  CommitmentPage,
  type QuoteView,
  SlugInput,
  type StatusUpdateView,
} from '@accord/domain';
import {
  commitments,
  meetings,
  parties,
  quotes,
  sources,
  statusUpdates,
  statusUpdateSources,
  themes,
} from '@accord/db';
import { type TRPCRouterRecord } from '@trpc/server';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  cursorPosition,
  hydrateListItems,
  isPublished,
  listColumns,
  listCommitments,
} from '../queries/commitments';
import { idForSlug, notFound } from '../queries/lookup';
import { quoteColumns } from '../queries/quotes';
import { procedure } from '../trpc';

const sourceRef = {
  slug: sources.slug,
  title: sources.title,
  publisher: sources.publisher,
  url: sources.url,
  publishedOn: sources.publishedOn,
};

export const commitmentRouter = {
  list: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/commitments',
        tags: ['commitments'],
        summary: 'List commitments',
        description:
          'Published commitments in a stable order, filtered by theme, meeting, party, status or overdue. Follow `nextCursor` for the next page.',
      },
    })
    // No input at all means the first page of everything.
    .input(CommitmentListInput.prefault({}))
    .output(CommitmentPage)
    .query(async ({ ctx, input }) => {
      const [themeId, meetingId, partyId] = await Promise.all([
        input.theme ? idForSlug(ctx.db, 'theme', input.theme, 'theme') : undefined,
        input.meeting ? idForSlug(ctx.db, 'meeting', input.meeting, 'meeting') : undefined,
        input.party ? idForSlug(ctx.db, 'party', input.party, 'party') : undefined,
      ]);
      return listCommitments(
        ctx.db,
        {
          themeId,
          meetingId,
          partyId,
          status: input.status,
          overdue: input.overdue,
          after: cursorPosition(input.cursor),
        },
        input.limit,
      );
    }),

  bySlug: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/commitments/{slug}',
        tags: ['commitments'],
        summary: 'Get a commitment',
        description:
          'A published commitment with its parties, quotes (with attribution and source) and status history.',
      },
    })
    .input(SlugInput)
    .output(CommitmentDetail)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select({
          ...listColumns,
          version: commitments.version,
          publishedAt: commitments.publishedAt,
        })
        .from(commitments)
        .innerJoin(themes, eq(themes.id, commitments.themeId))
        .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
        .where(and(eq(commitments.slug, input.slug), isPublished))
        .limit(1);
      if (!row) throw notFound('commitment', input.slug);

      const speaker = alias(parties, 'speaker');
      const [[item], quoteRows, updateRows] = await Promise.all([
        hydrateListItems(ctx.db, [row]),
        ctx.db
          .select({
            ...quoteColumns,
            partySlug: speaker.slug,
            partyName: speaker.name,
            source: sourceRef,
          })
          .from(quotes)
          .innerJoin(sources, eq(sources.id, quotes.sourceId))
          .leftJoin(speaker, eq(speaker.id, quotes.speakerPartyId))
          .where(eq(quotes.commitmentId, row.id))
          .orderBy(asc(quotes.position), asc(quotes.id)),
        ctx.db
          .select({
            id: statusUpdates.id,
            effectiveOn: statusUpdates.effectiveOn,
            status: statusUpdates.status,
            note: statusUpdates.note,
            author: statusUpdates.author,
          })
          .from(statusUpdates)
          .where(eq(statusUpdates.commitmentId, row.id))
          .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id)),
      ]);
      const updateSources =
        updateRows.length === 0
          ? []
          : await ctx.db
              .select({ updateId: statusUpdateSources.statusUpdateId, ...sourceRef })
              .from(statusUpdateSources)
              .innerJoin(sources, eq(sources.id, statusUpdateSources.sourceId))
              .where(
                inArray(
                  statusUpdateSources.statusUpdateId,
                  updateRows.map((u) => u.id),
                ),
              )
              .orderBy(asc(sources.publishedOn), asc(sources.id));

      const quoteViews: QuoteView[] = quoteRows.map((q) => ({
        id: q.id,
        text: q.text,
        form: q.form,
        attribution: { kind: q.kind, who: q.who, party: q.partySlug, partyName: q.partyName },
        source: q.source,
      }));
      const history: StatusUpdateView[] = updateRows.map((u) => ({
        ...u,
        sources: updateSources
          .filter((s) => s.updateId === u.id)
          .map(({ updateId: _updateId, ...source }) => source),
      }));
      if (!item) throw notFound('commitment', input.slug);
      return {
        ...item,

        quotes: quoteViews,
        history,
        version: row.version,
        publishedAt: row.publishedAt,
      };
    }),
} satisfies TRPCRouterRecord;
