import {
  COMMITMENT_STATUSES,
  type CommitmentListItem,
  type CommitmentStatus,
  type DatedStatus,
  decodeCursor,
  emptyStatusCounts,
  encodeCursor,
  isOverdue,
  lastReviewedOn,
  STATUS_DEFINITIONS,
  type StatusCounts,
  statusSince,
  type TargetDate,
  translationsView,
  todayIso,
} from '@accord/domain';
import {
  commitmentParties,
  commitments,
  type Database,
  meetings,
  parties,
  statusUpdates,
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
  lte,
  not,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { nameTranslations, partyRefOf, refOf, titleTranslations } from './refs';

const FINAL_STATUSES: CommitmentStatus[] = COMMITMENT_STATUSES.filter(
  (s) => STATUS_DEFINITIONS[s].final,
);
/** The final statuses as an SQL list: `status not in (${FINAL_LIST})`. */
export const FINAL_LIST = sql.raw(FINAL_STATUSES.map((s) => `'${s}'`).join(', '));

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
  /**
   * Read the dataset as it stood at the end of this day: statuses from the overall updates
   * then in force, overdue judged on that day, commitments of later meetings absent.
   */
  asOf?: string;
  /** Without `asOf`: the day `overdue` is judged on; today unless given (tests pin it). */
  today?: string;
}

const COMMITMENT_ID = sql.raw('"commitments"."id"');

/**
 * A commitment's status at the end of `asOf`, as SQL: its last overall update (party_id is
 * null) effective by then, or not yet rated. One probe of status_updates_commitment_idx
 * (commitment_id, effective_on, id) per row, walked backwards; the same order as the
 * records layer and the domain's sortHistory (same-day updates in the order recorded).
 */
export function statusAsOfSql(
  asOf: string,
  commitmentId: SQL = COMMITMENT_ID,
): SQL<CommitmentStatus> {
  return sql<CommitmentStatus>`coalesce((select su.status from status_updates su where su.commitment_id = ${commitmentId} and su.party_id is null and su.effective_on <= ${asOf}::date order by su.effective_on desc, su.id desc limit 1), 'not_yet_rated')`;
}

/** The status a read uses: as of a day, or the stored current status. */
export function statusSql(asOf: string | undefined): SQL<CommitmentStatus> {
  return asOf ? statusAsOfSql(asOf) : sql<CommitmentStatus>`${commitments.status}`;
}

/** Made at a meeting that had begun by the end of `asOf` (a semi-join on meetings). */
export function existedOnSql(asOf: string): SQL {
  return sql`${commitments.meetingId} in (select m.id from meetings m where m.starts_on <= ${asOf}::date)`;
}

/** Overdue as SQL, matching the domain rule `isOverdue` (tested to agree). */
export function overdueCondition(
  day: string,
  status: SQL<CommitmentStatus> = sql<CommitmentStatus>`${commitments.status}`,
): SQL {
  return and(
    isNotNull(commitments.targetDeadline),
    lt(commitments.targetDeadline, day),
    sql`${status} not in (${FINAL_LIST})`,
  )!;
}

/**
 * The filters the public list and the editors' list share (theme, meeting, party, status,
 * overdue, as of a day), as conditions on `commitments`. An id may be a subquery (the
 * editors' list looks a slug up inside the query: an unknown one matches nothing).
 */
export function commitmentConditions(
  filter: Omit<CommitmentFilter, 'after' | 'themeId' | 'meetingId' | 'partyId'> & {
    themeId?: number | SQL;
    meetingId?: number | SQL;
    partyId?: number | SQL;
  },
): SQL[] {
  const conditions: SQL[] = [];
  const status = statusSql(filter.asOf);
  if (filter.asOf !== undefined) conditions.push(existedOnSql(filter.asOf));
  if (filter.themeId !== undefined) conditions.push(eq(commitments.themeId, filter.themeId));
  if (filter.meetingId !== undefined) conditions.push(eq(commitments.meetingId, filter.meetingId));
  if (filter.status !== undefined) {
    conditions.push(
      filter.asOf === undefined
        ? eq(commitments.status, filter.status)
        : sql`${status} = ${filter.status}`,
    );
  }
  const day = filter.asOf ?? filter.today ?? todayIso();
  if (filter.overdue === true) conditions.push(overdueCondition(day, status));
  if (filter.overdue === false) {
    conditions.push(
      or(sql`${commitments.targetDeadline} is null`, not(overdueCondition(day, status)))!,
    );
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

/** The public list's conditions: published only, the shared filters, and the keyset. */
export function filterConditions(filter: CommitmentFilter): SQL[] {
  const conditions: SQL[] = [isPublished, ...commitmentConditions(filter)];
  if (filter.after !== undefined) conditions.push(gt(commitments.id, filter.after));
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
  status: sql<CommitmentStatus>`${commitments.status}`,
  tags: commitments.tags,
  targetDate: commitments.targetDate,
  targetPrecision: commitments.targetPrecision,
  targetQualifier: commitments.targetQualifier,
  targetNote: commitments.targetNote,
  reviewedOn: commitments.reviewedOn,
  updatedAt: commitments.updatedAt,
  translations: commitments.translations,
  themeSlug: themes.slug,
  themeTitle: themes.title,
  themeTranslations: titleTranslations(themes.translations),
  meetingSlug: meetings.slug,
  meetingTitle: meetings.title,
  meetingTranslations: titleTranslations(meetings.translations),
  meetingStartsOn: meetings.startsOn,
};

/** The list columns of a read as of `asOf` (the status then), or of today. */
export function listColumnsFor(asOf: string | undefined): typeof listColumns {
  return { ...listColumns, status: statusSql(asOf) };
}

/** How a read is dated: as of a past day, or today (with `today` pinned by tests). */
export interface ReadDay {
  asOf?: string;
  today?: string;
}

/** The review date as it stood on `asOf`: a review recorded later had not happened yet. */
export function reviewedOnAsOf(reviewedOn: string | null, asOf: string | undefined): string | null {
  return reviewedOn !== null && asOf !== undefined && reviewedOn > asOf ? null : reviewedOn;
}

/**
 * Each commitment's updates (overall and per party) that had taken effect by `asOf`, in the
 * order they took effect: what statusSince and lastReviewedOn are derived from.
 */
async function datedUpdatesOf(
  db: Database,
  ids: number[],
  asOf: string | undefined,
): Promise<Map<number, DatedStatus[]>> {
  const byCommitment = new Map<number, DatedStatus[]>();
  if (ids.length === 0) return byCommitment;
  const rows = await db
    .select({
      commitmentId: statusUpdates.commitmentId,
      effectiveOn: statusUpdates.effectiveOn,
      status: statusUpdates.status,
      partyId: statusUpdates.partyId,
    })
    .from(statusUpdates)
    .where(
      and(
        inArray(statusUpdates.commitmentId, ids),
        asOf === undefined ? undefined : lte(statusUpdates.effectiveOn, asOf),
      ),
    )
    .orderBy(
      asc(statusUpdates.commitmentId),
      asc(statusUpdates.effectiveOn),
      asc(statusUpdates.id),
    );
  for (const r of rows) {
    const list = byCommitment.get(r.commitmentId) ?? [];
    list.push({
      effectiveOn: r.effectiveOn,
      status: r.status,
      party: r.partyId === null ? null : String(r.partyId),
    });
    byCommitment.set(r.commitmentId, list);
  }
  return byCommitment;
}

/** Turns rows into list items, fetching the parties and updates of all rows in one query each. */
export async function hydrateListItems(
  db: Database,
  rows: ListRow[],
  day: ReadDay = {},
): Promise<CommitmentListItem[]> {
  const ids = rows.map((r) => r.id);
  const [partyRows, updates] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({
            commitmentId: commitmentParties.commitmentId,
            role: commitmentParties.role,
            slug: parties.slug,
            name: parties.name,
            shortName: parties.shortName,
            translations: nameTranslations(parties.translations),
          })
          .from(commitmentParties)
          .innerJoin(parties, eq(parties.id, commitmentParties.partyId))
          .where(inArray(commitmentParties.commitmentId, ids))
          .orderBy(asc(commitmentParties.commitmentId), asc(commitmentParties.position)),
    datedUpdatesOf(db, ids, day.asOf),
  ]);
  const byCommitment = new Map<number, CommitmentListItem['parties']>();
  for (const p of partyRows) {
    const list = byCommitment.get(p.commitmentId) ?? [];
    const { commitmentId: _commitmentId, role, ...party } = p;
    list.push({ ...partyRefOf(party), role });
    byCommitment.set(p.commitmentId, list);
  }
  const judgedOn = day.asOf ?? day.today ?? todayIso();
  return rows.map((r) => {
    const target = toTarget(r);
    const history = updates.get(r.id) ?? [];
    return {
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      strength: r.strength,
      status: r.status,
      theme: refOf({ slug: r.themeSlug, title: r.themeTitle, translations: r.themeTranslations }),
      meeting: {
        ...refOf({
          slug: r.meetingSlug,
          title: r.meetingTitle,
          translations: r.meetingTranslations,
        }),
        startsOn: r.meetingStartsOn,
      },
      parties: byCommitment.get(r.id) ?? [],
      target,
      overdue: isOverdue(target, r.status, judgedOn),
      statusSince: statusSince(history),
      lastReviewedOn: lastReviewedOn(reviewedOnAsOf(r.reviewedOn, day.asOf), history),
      tags: r.tags,
      updatedAt: r.updatedAt,
      translations: translationsView(
        { title: r.title, summary: r.summary, targetNote: target?.note ?? '' },
        r.translations,
      ),
    };
  });
}

export type ListRow = Awaited<ReturnType<typeof baseListQuery>>[number];

function baseListQuery(db: Database, asOf: string | undefined) {
  return db
    .select(listColumnsFor(asOf))
    .from(commitments)
    .innerJoin(themes, eq(themes.id, commitments.themeId))
    .innerJoin(meetings, eq(meetings.id, commitments.meetingId));
}

/** The list rows of these commitments (in no particular order), for a page chosen elsewhere. */
export function listRowsOf(
  db: Database,
  ids: number[],
  asOf: string | undefined,
): Promise<ListRow[]> {
  return baseListQuery(db, asOf).where(inArray(commitments.id, ids));
}

/** One page of published commitments in a stable order (keyset on id: no OFFSET, no count). */
export async function listCommitments(
  db: Database,
  filter: CommitmentFilter,
  limit: number,
): Promise<{ items: CommitmentListItem[]; nextCursor: string | null }> {
  const rows = await baseListQuery(db, filter.asOf)
    .where(and(...filterConditions(filter)))
    .orderBy(asc(commitments.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await hydrateListItems(db, page, filter),
    nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
  };
}

/** Every published commitment matching the filter, for pages that show them all at once. */
export async function allCommitments(
  db: Database,
  filter: CommitmentFilter,
): Promise<CommitmentListItem[]> {
  const rows = await baseListQuery(db, filter.asOf)
    .where(and(...filterConditions(filter)))
    .orderBy(asc(commitments.id));
  return hydrateListItems(db, rows, filter);
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
  filter: Pick<CommitmentFilter, 'themeId' | 'partyId' | 'meetingId' | 'asOf'>,
): Promise<StatusCounts> {
  // Grouped by position: the as-of status is an expression with a parameter, which
  // PostgreSQL would not recognise as the same expression in GROUP BY.
  const rows = await db
    .select({ status: statusSql(filter.asOf), count: sql<number>`count(*)::int` })
    .from(commitments)
    .where(and(...filterConditions(filter)))
    .groupBy(sql`1`);
  const counts = emptyStatusCounts();
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

export function totalOf(counts: StatusCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

export { toTarget };
