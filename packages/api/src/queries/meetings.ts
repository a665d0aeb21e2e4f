import {
  commitments,
  type Database,
  meetingColumns,
  meetingParticipants,
  meetings,
  parties,
} from '@accord/db';
import { emptyStatusCounts, translationsView } from '@accord/domain';
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { allCommitments, isPublished, statusCountsBy, totalOf } from './commitments';
import { meetingAccountViews, meetingLineageViews, notFoundAsOf } from './detail';
import { catalogTotal, pageFrom } from './pages';
import { nameTranslations, partyRefOf, refOf, titleTranslations } from './refs';

const parent = alias(meetings, 'parent');

const { context: _context, ...meetingSummaryColumns } = meetingColumns;
/** A meeting in the list: its columns without the context, which only its own page shows. */
const meetingSummary = {
  id: meetings.id,
  ...meetingSummaryColumns,
  parentSlug: parent.slug,
  parentTitle: parent.title,
  parentTranslations: titleTranslations(parent.translations),
};

/** Published commitments per meeting, to order the list by them (one grouped count). */
function publishedCounts(db: Database) {
  return db
    .select({ meetingId: commitments.meetingId, n: sql<number>`count(*)::int`.as('n') })
    .from(commitments)
    .where(isPublished)
    .groupBy(commitments.meetingId)
    .as('published_counts');
}

/**
 * A page of meetings, each with its commitments counted: newest first, or (`commitments`) the
 * most published commitments first, the newest first among equals.
 */
export async function meetingPage(
  db: Database,
  offset: number,
  limit: number,
  order: 'newest' | 'commitments' = 'newest',
) {
  const newest = [desc(meetings.startsOn), asc(meetings.slug)];
  const query = db
    .select(meetingSummary)
    .from(meetings)
    .leftJoin(parent, eq(parent.id, meetings.parentId))
    .$dynamic();
  if (order === 'commitments') {
    const counted = publishedCounts(db);
    query
      .leftJoin(counted, eq(counted.meetingId, meetings.id))
      .orderBy(sql`coalesce(${counted.n}, 0) desc`, ...newest);
  } else {
    query.orderBy(...newest);
  }
  const rows = await query.limit(limit + 1).offset(offset);
  // Counted for this page's meetings only: counting every meeting's commitments made
  // each page cost a scan of all of them (~200 ms a page at 100k).
  const counts = await statusCountsBy(
    db,
    commitments.meetingId,
    rows.map((r) => r.id),
  );
  const summaries = rows.map(
    ({ id, parentTitle: _parentTitle, parentTranslations: _parent, translations, ...m }) => ({
      ...m,
      translations: translationsView(
        { title: m.title, place: m.place, summary: m.summary },
        translations,
      ),
      commitmentCount: totalOf(counts.get(id) ?? emptyStatusCounts()),
    }),
  );
  return { ...pageFrom(summaries, offset, limit), total: await catalogTotal(db, meetings) };
}

/**
 * A meeting with its participants, children, published commitments, accounts and lineage;
 * as of a day, one that had not begun by then is not found.
 */
export async function meetingDetail(db: Database, slug: string, asOf: string | undefined) {
  const [row] = await db
    .select({ ...meetingSummary, context: meetings.context })
    .from(meetings)
    .leftJoin(parent, eq(parent.id, meetings.parentId))
    .where(and(eq(meetings.slug, slug), asOf ? lte(meetings.startsOn, asOf) : undefined))
    .limit(1);
  if (!row) throw notFoundAsOf('meeting', slug, asOf);
  const { id, parentSlug, parentTitle, parentTranslations, translations, ...fields } = row;
  const meeting = {
    ...fields,
    translations: translationsView(
      {
        title: fields.title,
        place: fields.place,
        summary: fields.summary,
        context: fields.context,
      },
      translations,
    ),
  };
  const [participants, children, list, accounts, lineage] = await Promise.all([
    db
      .select({
        name: meetingParticipants.name,
        office: meetingParticipants.office,
        translations: meetingParticipants.translations,
        party: {
          slug: parties.slug,
          name: parties.name,
          shortName: parties.shortName,
          translations: nameTranslations(parties.translations),
        },
      })
      .from(meetingParticipants)
      .innerJoin(parties, eq(parties.id, meetingParticipants.partyId))
      .where(eq(meetingParticipants.meetingId, id))
      .orderBy(asc(meetingParticipants.position)),
    db
      .select({
        slug: meetings.slug,
        title: meetings.title,
        translations: titleTranslations(meetings.translations),
      })
      .from(meetings)
      .where(eq(meetings.parentId, id))
      .orderBy(asc(meetings.startsOn), asc(meetings.slug)),
    allCommitments(db, { meetingId: id, asOf }),
    meetingAccountViews(db, id),
    meetingLineageViews(db, id, asOf),
  ]);
  const statusCounts = emptyStatusCounts();
  for (const c of list) statusCounts[c.status]++;
  return {
    ...meeting,
    parent:
      parentSlug && parentTitle
        ? refOf({ slug: parentSlug, title: parentTitle, translations: parentTranslations })
        : null,
    children: children.map(refOf),
    participants: participants.map((p) => ({
      ...p,
      party: partyRefOf(p.party),
      translations: translationsView({ name: p.name, office: p.office }, p.translations),
    })),
    statusCounts,
    commitments: list,
    accounts,
    lineage,
  };
}
