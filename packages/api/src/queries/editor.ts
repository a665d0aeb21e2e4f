import {
  commitments,
  countUsesOf,
  type Database,
  meetings,
  parties,
  sources,
  statusUpdates,
  themes,
} from '@accord/db';
import {
  type CommitmentStatus,
  type ReferenceType,
  type EditorialState,
  REVIEW_DUE_AFTER_DAYS,
  todayIso,
  type UsedBy,
} from '@accord/domain';
import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { commitmentConditions, FINAL_LIST, isPublished, overdueCondition } from './commitments';
import { idOfSlugSql } from './lookup';
import { containsPattern, type Keyset, keysetPage, timestampKey } from './paging';

/** The editors' reads: their commitment lists, the dashboard and the forms' choices. */

/** A target "near": its deadline within this many days before or after today. */
export const TARGET_WINDOW_DAYS = 90;

/** Its review date or its last update, whichever is later (`lastReviewedOn` in SQL). */
const lastReviewedSql = sql<
  string | null
>`greatest(${commitments.reviewedOn}, (select max(su.effective_on) from status_updates su where su.commitment_id = "commitments"."id"))`;

/** Columns of the editors' lists; overdue is judged on the day of the request. */
const editorListColumns = () => ({
  id: commitments.id,
  slug: commitments.slug,
  title: commitments.title,
  theme: themes.slug,
  status: commitments.status,
  editorialState: commitments.editorialState,
  version: commitments.version,
  updatedAt: commitments.updatedAt,
  overdue: sql<boolean>`coalesce(${overdueCondition(todayIso())}, false)`,
  lastReviewedOn: sql<string | null>`to_char(${lastReviewedSql}, 'YYYY-MM-DD')`,
  publishAt: commitments.publishAt,
  unpublishAt: commitments.unpublishAt,
});

/** A list row as the API answers it: times as ISO strings. */
function listItem<R extends { updatedAt: Date; publishAt: Date | null; unpublishAt: Date | null }>(
  r: R,
) {
  return {
    ...r,
    updatedAt: r.updatedAt.toISOString(),
    publishAt: r.publishAt?.toISOString() ?? null,
    unpublishAt: r.unpublishAt?.toISOString() ?? null,
  };
}

const ORDERS = {
  updated: [desc(commitments.updatedAt), desc(commitments.id)],
  deadline: [asc(commitments.targetDeadline), asc(commitments.id)],
  // Never reviewed first, then the longest without a review.
  review: [sql`${lastReviewedSql} asc nulls first`, asc(commitments.id)],
} satisfies Record<string, SQL[] | (typeof commitments.id)[]>;

async function listForEditors(
  db: Database,
  where: SQL | undefined,
  order: keyof typeof ORDERS,
  limit: number,
) {
  const rows = await db
    .select(editorListColumns())
    .from(commitments)
    .innerJoin(themes, eq(themes.id, commitments.themeId))
    .where(where)
    .orderBy(...ORDERS[order])
    .limit(limit);
  return rows.map(listItem);
}

/** The editors' commitment list filters (`EditorListInput` after parsing). */
export interface EditorListFilter {
  q?: string;
  state?: EditorialState;
  theme?: string;
  status?: CommitmentStatus;
  meeting?: string;
  party?: string;
  overdue?: boolean;
  changedSince?: string;
  cursor?: string | null;
  limit: number;
  /** The day overdue is judged on; today unless given (tests pin it). */
  today?: string;
}

const UPDATED_KEYSET: Keyset = {
  columns: [
    { sql: sql`${commitments.updatedAt}`, kind: 'timestamptz' },
    { sql: sql`${commitments.id}`, kind: 'int' },
  ],
  descending: true,
};

/**
 * Commitments in any state, newest change first, a page at a time: by words of the slug or
 * title, editorial state, change date and the filters the public list has too (shared
 * through `commitmentConditions`). One query whatever the page size.
 */
export function searchForEditors(db: Database, filter: EditorListFilter) {
  const conditions = commitmentConditions({
    themeId: filter.theme ? idOfSlugSql('theme', filter.theme) : undefined,
    meetingId: filter.meeting ? idOfSlugSql('meeting', filter.meeting) : undefined,
    partyId: filter.party ? idOfSlugSql('party', filter.party) : undefined,
    status: filter.status,
    overdue: filter.overdue,
    today: filter.today,
  });
  if (filter.state) conditions.push(eq(commitments.editorialState, filter.state));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(ilike(commitments.slug, pattern), ilike(commitments.title, pattern))!);
  }
  if (filter.changedSince) {
    conditions.push(sql`${commitments.updatedAt} >= ${filter.changedSince}::date`);
  }
  return keysetPage(
    UPDATED_KEYSET,
    filter,
    async (where, orderBy, limit) => {
      const rows = await db
        .select({ ...editorListColumns(), key: timestampKey(commitments.updatedAt) })
        .from(commitments)
        .innerJoin(themes, eq(themes.id, commitments.themeId))
        .where(and(where, ...conditions))
        .orderBy(...orderBy)
        .limit(limit);
      return rows.map(listItem);
    },
    (r) => [r.key, r.id],
  ).then((page) => ({ ...page, items: page.items.map(({ key: _key, ...r }) => r) }));
}

/** What needs an editor's attention on `today`. */
export async function editorDashboard(db: Database, today: string) {
  const [drafts, inReview, recentlyChanged, overdue, reviewDue, targetsNear, disputed] =
    await Promise.all([
      listForEditors(db, eq(commitments.editorialState, 'draft'), 'updated', 20),
      listForEditors(db, eq(commitments.editorialState, 'review'), 'updated', 20),
      listForEditors(db, undefined, 'updated', 10),
      listForEditors(db, sql`${isPublished} and ${overdueCondition(today)}`, 'deadline', 20),
      // Published, and no review (review date or update) in REVIEW_DUE_AFTER_DAYS.
      listForEditors(
        db,
        sql`${isPublished} and coalesce(${lastReviewedSql} <= ${today}::date - ${REVIEW_DUE_AFTER_DAYS}::int, true)`,
        'review',
        20,
      ),
      // Published, not final, with a deadline within TARGET_WINDOW_DAYS either side of today.
      listForEditors(
        db,
        sql`${isPublished} and ${commitments.targetDeadline} between ${today}::date - ${TARGET_WINDOW_DAYS}::int and ${today}::date + ${TARGET_WINDOW_DAYS}::int and ${commitments.status} not in (${FINAL_LIST})`,
        'deadline',
        20,
      ),
      // Any commitment not archived with a dispute not yet resolved.
      listForEditors(
        db,
        sql`${commitments.editorialState} <> 'archived' and exists (select 1 from disputes d where d.commitment_id = "commitments"."id" and not d.resolved)`,
        'updated',
        20,
      ),
    ]);
  return { drafts, inReview, recentlyChanged, overdue, reviewDue, targetsNear, disputed };
}

/** Choices for the forms' select fields. */
export async function editorOptions(db: Database) {
  const [t, m, p, s] = await Promise.all([
    db
      .select({ slug: themes.slug, label: themes.title })
      .from(themes)
      .orderBy(asc(themes.position), asc(themes.slug)),
    db
      .select({ slug: meetings.slug, label: meetings.title })
      .from(meetings)
      .orderBy(asc(meetings.startsOn), asc(meetings.slug)),
    db.select({ slug: parties.slug, label: parties.name }).from(parties).orderBy(asc(parties.name)),
    db
      .select({ slug: sources.slug, label: sources.title })
      .from(sources)
      .orderBy(asc(sources.slug)),
  ]);
  return { themes: t, meetings: m, parties: p, sources: s };
}

/** What the editor's form shows beside the record: its derived status and publication time. */
export async function commitmentStanding(db: Database, id: number) {
  const [row] = await db
    .select({
      status: commitments.status,
      publishedAt: commitments.publishedAt,
      publishAt: commitments.publishAt,
      unpublishAt: commitments.unpublishAt,
    })
    .from(commitments)
    .where(eq(commitments.id, id));
  return row;
}

/** The ids of a commitment's status updates, in the order its history lists them. */
export async function statusUpdateIds(db: Database, commitmentId: number): Promise<number[]> {
  const rows = await db
    .select({ id: statusUpdates.id })
    .from(statusUpdates)
    .where(eq(statusUpdates.commitmentId, commitmentId))
    .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id));
  return rows.map((r) => r.id);
}

export type { ReferenceType };

const REFERENCE_LIST = {
  meeting: { table: meetings, title: meetings.title },
  party: { table: parties, title: parties.name },
  source: { table: sources, title: sources.title },
  theme: { table: themes, title: themes.title },
} as const;

/**
 * A page of one reference type by slug, with how many places use each: two queries a page
 * (the rows, then one grouped count), whatever the page size.
 */
export async function referenceList(
  db: Database,
  type: ReferenceType,
  page: { q?: string; cursor?: string | null; limit: number },
) {
  const { table: anyTable, title } = REFERENCE_LIST[type];
  const table = anyTable as typeof parties;
  const words = page.q
    ? or(ilike(table.slug, containsPattern(page.q)), ilike(title, containsPattern(page.q)))
    : undefined;
  const result = await keysetPage(
    { columns: [{ sql: sql`${table.slug}`, kind: 'text' }], descending: false },
    page,
    (where, orderBy, limit) =>
      db
        .select({
          id: table.id,
          slug: table.slug,
          title: sql<string>`${title}`,
          version: table.version,
          updatedAt: table.updatedAt,
        })
        .from(table)
        .where(and(where, words))
        .orderBy(...orderBy)
        .limit(limit),
    (r) => [r.slug],
  );
  const uses = await countUsesOf(
    db,
    type,
    result.items.map((r) => r.id),
  );
  return {
    ...result,
    items: result.items.map((r) => ({
      ...r,
      updatedAt: r.updatedAt.toISOString(),
      usedBy: uses.get(r.id) ?? 0,
    })),
  };
}

/**
 * The ids of the commitments that refer to a reference record, through any of its uses: a
 * meeting's commitments and lineage links, a party's roles, quotes, updates and claims, a
 * source's citations, a theme's commitments.
 */
function commitmentUsesOf(type: ReferenceType, id: number): SQL {
  switch (type) {
    case 'meeting':
      return sql`select id from commitments where meeting_id = ${id}
        union select commitment_id from lineage_links where meeting_id = ${id}`;
    case 'party':
      return sql`select commitment_id from commitment_parties where party_id = ${id}
        union select commitment_id from quotes where speaker_party_id = ${id}
        union select commitment_id from status_updates where party_id = ${id}
        union select commitment_id from lineage_links where speaker_party_id = ${id}
        union select d.commitment_id from dispute_claims c join disputes d on d.id = c.dispute_id where c.speaker_party_id = ${id}`;
    case 'source':
      return sql`select commitment_id from quotes where source_id = ${id}
        union select su.commitment_id from status_update_sources s join status_updates su on su.id = s.status_update_id where s.source_id = ${id}
        union select commitment_id from lineage_links where source_id = ${id}
        union select d.commitment_id from dispute_claims c join disputes d on d.id = c.dispute_id where c.source_id = ${id}`;
    case 'theme':
      return sql`select id from commitments where theme_id = ${id}`;
  }
}

/** How many commitments are listed beside a reference record in its editor. */
export const USED_BY_SHOWN = 10;

/** What refers to a reference record: how many places, and the first commitments by slug. */
export async function referenceUsedBy(
  db: Database,
  type: ReferenceType,
  id: number,
): Promise<UsedBy> {
  const [counts, rows] = await Promise.all([
    countUsesOf(db, type, [id]),
    db
      .select({ id: commitments.id, slug: commitments.slug, title: commitments.title })
      .from(commitments)
      .where(sql`${commitments.id} in (${commitmentUsesOf(type, id)})`)
      .orderBy(asc(commitments.slug))
      .limit(USED_BY_SHOWN),
  ]);
  return { count: counts.get(id) ?? 0, commitments: rows };
}

/**
 * Tags in use that begin with `prefix`, the most used first: what the commitment form offers
 * as an editor types a tag, so the same idea is not tagged two ways. Counts every commitment,
 * drafts included (editors only). One pass over the tag arrays; `prefix` is a slug prefix
 * (TagSuggestInput), so it holds no LIKE wildcard.
 */
export async function tagSuggestions(
  db: Database,
  prefix: string,
  limit: number,
): Promise<{ tag: string; uses: number }[]> {
  const result = await db.execute<{ tag: string; uses: number | string }>(sql`
    select t.tag, count(*)::int as uses
    from ${commitments} c, unnest(c.tags) as t(tag)
    where t.tag like ${`${prefix}%`}
    group by t.tag
    order by uses desc, t.tag
    limit ${limit}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    tag: string;
    uses: number | string;
  }[];
  return rows.map((r) => ({ tag: r.tag, uses: Number(r.uses) }));
}
