import {
  type CommitmentListItem,
  type CommitmentStatus,
  decodeCursor,
  emptyStatusCounts,
  encodeCursor,
  isOverdue,
  type StatusCounts,
  type TargetDate,
  todayIso,
} from '@accord/domain';
import {
  commitmentParties,
  commitments,
  type Database,
  meetings,
  parties,
  themes,
} from '@accord/db';
import {
  and,
  asc,
  eq,
  exists,
  gt,
  inArray,
  isNotNull,
  lt,
  not,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';

const FINAL_STATUSES: CommitmentStatus[] = ['delivered', 'abandoned'];

/** Readers only ever see published commitments. */
export const isPublished = eq(commitments.editorialState, 'published');

export interface CommitmentFilter {
  themeId?: number;
  meetingId?: number;
  partyId?: number;
  status?: CommitmentStatus;
  overdue?: boolean;
  /** Keyset position: only commitments after this id. */
  after?: number;
  /** The day `overdue` is judged on; today unless given (tests pin it). */
  asOf?: string;
}

/** Overdue as SQL, matching the domain rule `isOverdue` (tested to agree). */
export function overdueCondition(asOf: string): SQL {
  return and(
    isNotNull(commitments.targetDeadline),
    lt(commitments.targetDeadline, asOf),
    not(inArray(commitments.status, FINAL_STATUSES)),
  )!;
}

function filterConditions(filter: CommitmentFilter): SQL[] {
  const conditions: SQL[] = [isPublished];
  if (filter.themeId !== undefined) conditions.push(eq(commitments.themeId, filter.themeId));
  if (filter.meetingId !== undefined) conditions.push(eq(commitments.meetingId, filter.meetingId));
  if (filter.status !== undefined) conditions.push(eq(commitments.status, filter.status));
  if (filter.after !== undefined) conditions.push(gt(commitments.id, filter.after));
  const asOf = filter.asOf ?? todayIso();
  if (filter.overdue === true) conditions.push(overdueCondition(asOf));
  if (filter.overdue === false) {
    conditions.push(or(sql`${commitments.targetDeadline} is null`, not(overdueCondition(asOf)))!);
  }
  if (filter.partyId !== undefined) {
    conditions.push(
      exists(
        sql`(select 1 from ${commitmentParties} where ${commitmentParties.commitmentId} = ${commitments.id} and ${commitmentParties.partyId} = ${filter.partyId})`,
      ),
    );
  }
  return conditions;
}

function toTarget(row: {
  targetDate: string | null;
  targetPrecision: TargetDate['precision'] | null;
  targetQualifier: TargetDate['qualifier'] | null;
  targetNote: string | null;
}): TargetDate | null {
  if (!row.targetDate || !row.targetPrecision || !row.targetQualifier) return null;
  return {
    date: row.targetDate,
    precision: row.targetPrecision,
    qualifier: row.targetQualifier,
    note: row.targetNote,
  };
}

export const listColumns = {
  id: commitments.id,
  slug: commitments.slug,
  title: commitments.title,
  summary: commitments.summary,
  strength: commitments.strength,
  status: commitments.status,
  tags: commitments.tags,
  targetDate: commitments.targetDate,
  targetPrecision: commitments.targetPrecision,
  targetQualifier: commitments.targetQualifier,
  targetNote: commitments.targetNote,
  updatedAt: commitments.updatedAt,
  themeSlug: themes.slug,
  themeTitle: themes.title,
  meetingSlug: meetings.slug,
  meetingTitle: meetings.title,
  meetingStartsOn: meetings.startsOn,
};

/** Turns rows into list items, fetching the parties of all rows in one query. */
export async function hydrateListItems(
  db: Database,
  rows: ListRow[],
  asOf: string = todayIso(),
): Promise<CommitmentListItem[]> {
  const ids = rows.map((r) => r.id);
  const partyRows =
    ids.length === 0
      ? []
      : await db
          .select({
            commitmentId: commitmentParties.commitmentId,
            role: commitmentParties.role,
            slug: parties.slug,
            name: parties.name,
            shortName: parties.shortName,
          })
          .from(commitmentParties)
          .innerJoin(parties, eq(parties.id, commitmentParties.partyId))
          .where(inArray(commitmentParties.commitmentId, ids))
          .orderBy(asc(commitmentParties.commitmentId), asc(commitmentParties.position));
  const byCommitment = new Map<number, CommitmentListItem['parties']>();
  for (const p of partyRows) {
    const list = byCommitment.get(p.commitmentId) ?? [];
    list.push({ slug: p.slug, name: p.name, shortName: p.shortName, role: p.role });
    byCommitment.set(p.commitmentId, list);
  }
  return rows.map((r) => {
    const target = toTarget(r);
    return {
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      strength: r.strength,
      status: r.status,
      theme: { slug: r.themeSlug, title: r.themeTitle },
      meeting: { slug: r.meetingSlug, title: r.meetingTitle, startsOn: r.meetingStartsOn },
      parties: byCommitment.get(r.id) ?? [],
      target,
      overdue: isOverdue(target, r.status, asOf),
      tags: r.tags,
      updatedAt: r.updatedAt,
    };
  });
}

type ListRow = Awaited<ReturnType<typeof baseListQuery>>[number];

function baseListQuery(db: Database) {
  return db
    .select(listColumns)
    .from(commitments)
    .innerJoin(themes, eq(themes.id, commitments.themeId))
    .innerJoin(meetings, eq(meetings.id, commitments.meetingId));
}

/** One page of published commitments in a stable order (keyset on id: no OFFSET, no count). */
export async function listCommitments(
  db: Database,
  filter: CommitmentFilter,
  limit: number,
): Promise<{ items: CommitmentListItem[]; nextCursor: string | null }> {
  const rows = await baseListQuery(db)
    .where(and(...filterConditions(filter)))
    .orderBy(asc(commitments.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await hydrateListItems(db, page, filter.asOf),
    nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
  };
}

/** Every published commitment matching the filter, for pages that show them all at once. */
export async function allCommitments(
  db: Database,
  filter: CommitmentFilter,
): Promise<CommitmentListItem[]> {
  const rows = await baseListQuery(db)
    .where(and(...filterConditions(filter)))
    .orderBy(asc(commitments.id));
  return hydrateListItems(db, rows, filter.asOf);
}

export function cursorPosition(cursor: string | null | undefined): number | undefined {
  if (!cursor) return undefined;
  return decodeCursor(cursor) ?? undefined;
}

/** Published commitments per status, for one theme or meeting, or grouped by theme. */
export async function statusCountsBy(
  db: Database,
  column: typeof commitments.themeId | typeof commitments.meetingId,
  /** Only these keys (one page of a list); all of them when left out. */
  keys?: readonly number[],
): Promise<Map<number, StatusCounts>> {
  if (keys?.length === 0) return new Map();
  const rows = await db
    .select({ key: column, status: commitments.status, count: sql<number>`count(*)::int` })
    .from(commitments)
    .where(keys ? and(isPublished, inArray(column, [...keys])) : isPublished)
    .groupBy(column, commitments.status);
  const result = new Map<number, StatusCounts>();
  for (const row of rows) {
    const counts = result.get(row.key) ?? emptyStatusCounts();
    counts[row.status] = Number(row.count);
    result.set(row.key, counts);
  }
  return result;
}

/** Published commitments per status among those matching `filter` (one grouped count). */
export async function statusCountsOf(
  db: Database,
  filter: Pick<CommitmentFilter, 'themeId' | 'partyId'>,
): Promise<StatusCounts> {
  const rows = await db
    .select({ status: commitments.status, count: sql<number>`count(*)::int` })
    .from(commitments)
    .where(and(...filterConditions(filter)))
    .groupBy(commitments.status);
  const counts = emptyStatusCounts();
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

export function totalOf(counts: StatusCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

export { toTarget };
