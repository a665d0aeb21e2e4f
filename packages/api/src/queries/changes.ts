import {
  type CommitmentListItem,
  type CommitmentStatus,
  type QuoteForm,
  type AttributionKind,
  type SourceReliability,
  translationsView,
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
import { type AnyColumn, and, asc, desc, eq, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import {
  existedOnSql,
  hydrateListItems,
  isPublished,
  listColumnsFor,
  type ListRow,
} from './commitments';
import { titleTranslations, translatedFields } from './refs';

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
    /** The title and summary in other languages, for the feeds in those languages. */
    translations: Translated<'title' | 'summary'>;
    theme: { slug: string; title: string; translations: Translated<'title'> };
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
      /** The note in other languages, for the feeds in those languages. */
      translations: Translated<'note'>;
      author: string;
      /** The party a per-party update assesses; null for the overall status. */
      party: { slug: string; name: string; translations: Translated<'name'> } | null;
    });

type Translated<K extends string> = ReturnType<typeof translationsView<K>>;

const changeCommitment = {
  slug: commitments.slug,
  title: commitments.title,
  summary: commitments.summary,
  status: commitments.status,
  translations: commitments.translations,
  themeSlug: themes.slug,
  themeTitle: themes.title,
  // Only the title: a theme's translations hold its whole Japanese brief.
  themeTranslations: titleTranslations(themes.translations),
};

function commitmentOf(row: {
  slug: string;
  title: string;
  summary: string;
  status: CommitmentStatus;
  translations: unknown;
  themeSlug: string;
  themeTitle: string;
  themeTranslations: unknown;
}): Change['commitment'] {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    status: row.status,
    translations: translationsView({ title: row.title, summary: row.summary }, row.translations),
    theme: {
      slug: row.themeSlug,
      title: row.themeTitle,
      translations: translationsView({ title: row.themeTitle }, row.themeTranslations),
    },
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
        noteTranslations: statusUpdates.translations,
        author: statusUpdates.author,
        partySlug: parties.slug,
        partyName: parties.name,
        partyTranslations: translatedFields(parties.translations, { name: 'name' }),
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
      translations: translationsView({ note: row.note }, row.noteTranslations),
      author: row.author,
      party:
        row.partySlug !== null && row.partyName !== null
          ? {
              slug: row.partySlug,
              name: row.partyName,
              translations: translationsView({ name: row.partyName }, row.partyTranslations),
            }
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
  /** The note in other languages: its text, and whether the English changed since. */
  translations: Translated<'note'>;
}

export type ExportedCommitment = CommitmentListItem & {
  publishedAt: string | null;
  quotes: ExportedQuote[];
  history: ExportedStatusUpdate[];
};

/** What an export says before its first commitment: how many, and how fresh. */
export interface ExportHeader {
  count: number;
  /**
   * The newest moment any exported commitment, quote or status update changed: the same data
   * always has the same as-of time. Null when nothing is published.
   */
  asOf: Date | null;
  /**
   * Everything else the file's bytes depend on, for a validator computed before them: the
   * newest change to a theme, meeting, party or source (their slugs, titles and dates are in
   * the rows) and the number of status updates (a removed one changes no timestamp).
   */
  fingerprint: string;
}

/** Commitments an export holds: published ones, and with `day` those that existed then. */
function exportedWhere(day: string | undefined): SQL | undefined {
  return and(isPublished, day === undefined ? undefined : existedOnSql(day));
}

const maxOf = (column: SQL | AnyColumn) => sql<string | null>`max(${column})::text`;

/**
 * The export's header in aggregate queries, none of which reads a row into memory: so
 * the file can be answered (and revalidated) before any commitment is read, and streamed.
 */
export async function exportHeader(db: Database, day?: string): Promise<ExportHeader> {
  const exported = db.select({ id: commitments.id }).from(commitments).where(exportedWhere(day));
  const [[main], [quoteRow], [updateRow], referencesChangedAt] = await Promise.all([
    db
      .select({
        count: sql<number>`count(*)::int`,
        updated: maxOf(commitments.updatedAt),
        published: maxOf(commitments.publishedAt),
      })
      .from(commitments)
      .where(exportedWhere(day)),
    db
      .select({ created: maxOf(quotes.createdAt) })
      .from(quotes)
      .where(inArray(quotes.commitmentId, exported)),
    db
      .select({ created: maxOf(statusUpdates.createdAt), count: sql<number>`count(*)::int` })
      .from(statusUpdates)
      .where(
        and(
          inArray(statusUpdates.commitmentId, exported),
          day === undefined ? undefined : lte(statusUpdates.effectiveOn, day),
        ),
      ),
    Promise.all(
      [themes, meetings, parties, sources].map(async (table) => {
        const [row] = await db.select({ at: maxOf(table.updatedAt) }).from(table);
        return row?.at ?? null;
      }),
    ),
  ]);
  const times = [main?.updated, main?.published, quoteRow?.created, updateRow?.created]
    .filter((t): t is string => t != null)
    .map((t) => new Date(t).getTime());
  const asOf = times.length === 0 ? null : new Date(Math.max(...times));
  const count = main?.count ?? 0;
  return {
    count,
    asOf,
    fingerprint: JSON.stringify([
      count,
      asOf?.toISOString() ?? null,
      updateRow?.count ?? 0,
      ...referencesChangedAt,
    ]),
  };
}

/** Commitments an export reads at a time: its memory is one batch, whatever the dataset. */
export const EXPORT_BATCH = 500;

/**
 * Every published commitment with its parties, quotes and status history, in id order, a
 * batch at a time. With `day`, the dataset as it stood at the end of that day: commitments of
 * later meetings left out, statuses and history as they were then. Each batch is its own
 * queries (no transaction holds a connection while a slow client reads), so a change
 * published mid-download shows in the batches read after it.
 */
export async function* exportBatches(
  db: Database,
  day?: string,
  batchSize = EXPORT_BATCH,
): AsyncGenerator<ExportedCommitment[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select({ ...listColumnsFor(day), publishedAt: commitments.publishedAt })
      .from(commitments)
      .innerJoin(themes, eq(themes.id, commitments.themeId))
      .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
      .where(and(exportedWhere(day), gt(commitments.id, after)))
      .orderBy(asc(commitments.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield await exportBatch(db, rows, day);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

async function exportBatch(
  db: Database,
  rows: (ListRow & { publishedAt: Date | null })[],
  day: string | undefined,
): Promise<ExportedCommitment[]> {
  const ids = rows.map((r) => r.id);
  const [items, quoteRows, updateRows] = await Promise.all([
    hydrateListItems(db, rows, { asOf: day }),
    db
      .select({
        commitmentId: quotes.commitmentId,
        ...quoteColumns,
        party: parties.slug,
        source: sourceRefColumns,
      })
      .from(quotes)
      .innerJoin(sources, eq(sources.id, quotes.sourceId))
      .leftJoin(parties, eq(parties.id, quotes.speakerPartyId))
      .where(inArray(quotes.commitmentId, ids))
      .orderBy(asc(quotes.commitmentId), asc(quotes.position), asc(quotes.id)),
    db
      .select({
        commitmentId: statusUpdates.commitmentId,
        effectiveOn: statusUpdates.effectiveOn,
        status: statusUpdates.status,
        note: statusUpdates.note,
        author: statusUpdates.author,
        party: parties.slug,
        translations: statusUpdates.translations,
      })
      .from(statusUpdates)
      .leftJoin(parties, eq(parties.id, statusUpdates.partyId))
      .where(
        and(
          inArray(statusUpdates.commitmentId, ids),
          day === undefined ? undefined : lte(statusUpdates.effectiveOn, day),
        ),
      )
      .orderBy(
        asc(statusUpdates.commitmentId),
        asc(statusUpdates.effectiveOn),
        asc(statusUpdates.id),
      ),
  ]);

  const quotesOf = new Map<number, ExportedQuote[]>();
  for (const q of quoteRows) {
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
    const list = historyOf.get(u.commitmentId) ?? [];
    list.push({
      effectiveOn: u.effectiveOn,
      status: u.status,
      note: u.note,
      author: u.author,
      party: u.party,
      translations: translationsView({ note: u.note }, u.translations),
    });
    historyOf.set(u.commitmentId, list);
  }
  return rows.map((row, i): ExportedCommitment => ({
    ...items[i]!,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    quotes: quotesOf.get(row.id) ?? [],
    history: historyOf.get(row.id) ?? [],
  }));
}
