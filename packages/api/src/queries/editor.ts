import {
  commitments,
  countUses,
  type Database,
  meetings,
  parties,
  sources,
  statusUpdates,
  themes,
} from '@accord/db';
import { type EditorialState, REVIEW_DUE_AFTER_DAYS, todayIso } from '@accord/domain';
import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { FINAL_LIST, isPublished, overdueCondition } from './commitments';

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
});

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
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

/** Commitments in any state, newest change first, by state and words of the slug or title. */
export function searchForEditors(
  db: Database,
  filter: { state?: EditorialState; query?: string; limit: number },
) {
  const pattern = filter.query ? `%${filter.query.replace(/[\\%_]/g, '\\$&')}%` : null;
  return listForEditors(
    db,
    and(
      filter.state ? eq(commitments.editorialState, filter.state) : undefined,
      pattern ? or(ilike(commitments.slug, pattern), ilike(commitments.title, pattern)) : undefined,
    ),
    'updated',
    filter.limit,
  );
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
    .select({ status: commitments.status, publishedAt: commitments.publishedAt })
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

/** Meetings, parties, sources and themes: the records without a review step. */
export type ReferenceType = 'meeting' | 'party' | 'source' | 'theme';

const REFERENCE_LIST = {
  meeting: { table: meetings, title: meetings.title },
  party: { table: parties, title: parties.name },
  source: { table: sources, title: sources.title },
  theme: { table: themes, title: themes.title },
} as const;

/** Every record of a reference type by slug, with how many places use each. */
export async function referenceList(db: Database, type: ReferenceType) {
  const { table: anyTable, title } = REFERENCE_LIST[type];
  const table = anyTable as typeof parties;
  const rows = await db
    .select({
      id: table.id,
      slug: table.slug,
      title: sql<string>`${title}`,
      version: table.version,
      updatedAt: table.updatedAt,
    })
    .from(table)
    .orderBy(asc(table.slug));
  return Promise.all(
    rows.map(async (r) => ({
      ...r,
      updatedAt: r.updatedAt.toISOString(),
      usedBy: await countUses(db, type, r.id),
    })),
  );
}
