import {
  type CommitmentListItem,
  type CommitmentStatus,
  type QuoteForm,
  type AttributionKind,
  type SourceReliability,
} from '@accord/domain';
import {
  commitments,
  type Database,
  meetings,
  parties,
  quoteColumns,
  quotes,
  sourceRefColumns,
  sources,
  statusUpdates,
  themes,
} from '@accord/db';
import { and, asc, desc, eq, lte, type SQL } from 'drizzle-orm';
import { existedOnSql, hydrateListItems, isPublished, listColumnsFor } from './commitments';

/**
 * Reads for the feeds and the bulk exports. Like every public read they see published
 * commitments only (`isPublished`), and everything hanging off them.
 */

interface ChangeBase {
  /** Stable across renames of the site: feeds use it as the entry id. */
  id: string;
  commitment: {
    slug: string;
    title: string;
    summary: string;
    status: CommitmentStatus;
    theme: { slug: string; title: string };
  };
  /** When the change took effect. */
  effectiveAt: Date;
  /** When it was recorded in Accord. */
  recordedAt: Date;
}

export type Change =
  | (ChangeBase & { kind: 'published' })
  | (ChangeBase & {
      kind: 'status';
      status: CommitmentStatus;
      note: string;
      author: string;
      /** The party a per-party update assesses; null for the overall status. */
      party: { slug: string; name: string } | null;
    });

const changeCommitment = {
  slug: commitments.slug,
  title: commitments.title,
  summary: commitments.summary,
  status: commitments.status,
  themeSlug: themes.slug,
  themeTitle: themes.title,
};

function commitmentOf(row: {
  slug: string;
  title: string;
  summary: string;
  status: CommitmentStatus;
  themeSlug: string;
  themeTitle: string;
}): Change['commitment'] {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    status: row.status,
    theme: { slug: row.themeSlug, title: row.themeTitle },
  };
}

/** The newest changes: commitments published and status updates recorded, newest first. */
export async function recentChanges(
  db: Database,
  filter: { themeId?: number; limit: number },
): Promise<Change[]> {
  const where: SQL[] = [isPublished];
  if (filter.themeId !== undefined) where.push(eq(commitments.themeId, filter.themeId));
  const [published, updates] = await Promise.all([
    db
      .select({ ...changeCommitment, id: commitments.id, publishedAt: commitments.publishedAt })
      .from(commitments)
      .innerJoin(themes, eq(themes.id, commitments.themeId))
      .where(and(...where))
      .orderBy(desc(commitments.publishedAt), desc(commitments.id))
      .limit(filter.limit),
    db
      .select({
        ...changeCommitment,
        id: statusUpdates.id,
        effectiveOn: statusUpdates.effectiveOn,
        createdAt: statusUpdates.createdAt,
        newStatus: statusUpdates.status,
        note: statusUpdates.note,
        author: statusUpdates.author,
        partySlug: parties.slug,
        partyName: parties.name,
      })
      .from(statusUpdates)
      .innerJoin(commitments, eq(commitments.id, statusUpdates.commitmentId))
      .innerJoin(themes, eq(themes.id, commitments.themeId))
      .leftJoin(parties, eq(parties.id, statusUpdates.partyId))
      .where(and(...where))
      .orderBy(desc(statusUpdates.effectiveOn), desc(statusUpdates.id))
      .limit(filter.limit),
  ]);
  const changes: Change[] = [
    ...published.flatMap((row): Change[] => {
      // A published commitment always has publishedAt; a row without one has no date to show.
      if (!row.publishedAt) return [];
      return [
        {
          kind: 'published',
          id: `urn:accord:commitment:${row.id}:published`,
          commitment: commitmentOf(row),
          effectiveAt: row.publishedAt,
          recordedAt: row.publishedAt,
        },
      ];
    }),
    ...updates.map((row): Change => ({
      kind: 'status',
      id: `urn:accord:status-update:${row.id}`,
      commitment: commitmentOf(row),
      effectiveAt: new Date(`${row.effectiveOn}T00:00:00Z`),
      recordedAt: row.createdAt,
      status: row.newStatus,
      note: row.note,
      author: row.author,
      party:
        row.partySlug !== null && row.partyName !== null
          ? { slug: row.partySlug, name: row.partyName }
          : null,
    })),
  ];
  changes.sort(
    (a, b) =>
      b.effectiveAt.getTime() - a.effectiveAt.getTime() ||
      b.recordedAt.getTime() - a.recordedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
  return changes.slice(0, filter.limit);
}

export interface ExportedQuote {
  text: string;
  form: QuoteForm;
  attribution: { kind: AttributionKind; who: string; party: string | null };
  source: {
    slug: string;
    title: string;
    publisher: string | null;
    url: string | null;
    publishedOn: string | null;
    reliability: SourceReliability;
  };
}

export interface ExportedStatusUpdate {
  effectiveOn: string;
  status: CommitmentStatus;
  note: string;
  author: string;
  /** The party a per-party update assesses (slug); null for the overall status. */
  party: string | null;
}

export type ExportedCommitment = CommitmentListItem & {
  publishedAt: string | null;
  quotes: ExportedQuote[];
  history: ExportedStatusUpdate[];
};

/**
 * Every published commitment with its parties, quotes and status history, in id order,
 * and `asOf`: the newest moment any of it changed, so the same data always has the same
 * as-of time (and the same ETag). With `day`, the dataset as it stood at the end of that
 * day: commitments of later meetings left out, statuses and history as they were then.
 */
export async function exportCommitments(
  db: Database,
  day?: string,
): Promise<{ asOf: Date | null; commitments: ExportedCommitment[] }> {
  const rows = await db
    .select({ ...listColumnsFor(day), publishedAt: commitments.publishedAt })
    .from(commitments)
    .innerJoin(themes, eq(themes.id, commitments.themeId))
    .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
    .where(and(isPublished, day === undefined ? undefined : existedOnSql(day)))
    .orderBy(asc(commitments.id));
  const [items, quoteRows, updateRows] = await Promise.all([
    hydrateListItems(db, rows, { asOf: day }),
    db
      .select({
        commitmentId: quotes.commitmentId,
        ...quoteColumns,
        party: parties.slug,
        createdAt: quotes.createdAt,
        source: sourceRefColumns,
      })
      .from(quotes)
      .innerJoin(commitments, and(eq(commitments.id, quotes.commitmentId), isPublished))
      .innerJoin(sources, eq(sources.id, quotes.sourceId))
      .leftJoin(parties, eq(parties.id, quotes.speakerPartyId))
      .orderBy(asc(quotes.commitmentId), asc(quotes.position), asc(quotes.id)),
    db
      .select({
        commitmentId: statusUpdates.commitmentId,
        effectiveOn: statusUpdates.effectiveOn,
        status: statusUpdates.status,
        note: statusUpdates.note,
        author: statusUpdates.author,
        party: parties.slug,
        createdAt: statusUpdates.createdAt,
      })
      .from(statusUpdates)
      .innerJoin(commitments, and(eq(commitments.id, statusUpdates.commitmentId), isPublished))
      .leftJoin(parties, eq(parties.id, statusUpdates.partyId))
      .where(day === undefined ? undefined : lte(statusUpdates.effectiveOn, day))
      .orderBy(
        asc(statusUpdates.commitmentId),
        asc(statusUpdates.effectiveOn),
        asc(statusUpdates.id),
      ),
  ]);

  let asOf = 0;
  const seen = (date: Date | null) => {
    if (date && date.getTime() > asOf) asOf = date.getTime();
  };
  const quotesOf = new Map<number, ExportedQuote[]>();
  // As of a day, commitments of later meetings are left out, and so is all that hangs off them.
  const exportedIds = new Set(rows.map((r) => r.id));
  for (const q of quoteRows) {
    if (!exportedIds.has(q.commitmentId)) continue;
    seen(q.createdAt);
    const list = quotesOf.get(q.commitmentId) ?? [];
    list.push({
      text: q.text,
      form: q.form,
      attribution: { kind: q.kind, who: q.who, party: q.party },
      source: q.source,
    });
    quotesOf.set(q.commitmentId, list);
  }
  const historyOf = new Map<number, ExportedStatusUpdate[]>();
  for (const u of updateRows) {
    if (!exportedIds.has(u.commitmentId)) continue;
    seen(u.createdAt);
    const list = historyOf.get(u.commitmentId) ?? [];
    list.push({
      effectiveOn: u.effectiveOn,
      status: u.status,
      note: u.note,
      author: u.author,
      party: u.party,
    });
    historyOf.set(u.commitmentId, list);
  }
  const exported = rows.map((row, i): ExportedCommitment => {
    seen(row.updatedAt);
    seen(row.publishedAt);
    return {
      ...items[i]!,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      quotes: quotesOf.get(row.id) ?? [],
      history: historyOf.get(row.id) ?? [],
    };
  });
  return { asOf: asOf === 0 ? null : new Date(asOf), commitments: exported };
}
