import { commitmentParties, commitments, type Database, parties, partyColumns } from '@accord/db';
import { DETAIL_PAGE_SIZE, translationsView } from '@accord/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isPublished, listCommitments, statusCountsOf, totalOf } from './commitments';
import { notFound } from './lookup';
import { catalogTotal, pageFrom } from './pages';

const partyView = { id: parties.id, ...partyColumns };

/** A party as readers get it: its translations with whether each is older than the English. */
function partyForReaders<P extends { name: string; shortName: string; description: string | null }>(
  p: P & { translations: unknown },
) {
  const { name, shortName, description } = p;
  return {
    ...p,
    translations: translationsView(
      { name, shortName, description: description ?? '' },
      p.translations,
    ),
  };
}

/** A page of parties by name, each with how many published commitments involve it. */
export async function partyPage(db: Database, offset: number, limit: number) {
  const rows = await db
    .select(partyView)
    .from(parties)
    .orderBy(asc(parties.name), asc(parties.slug))
    .limit(limit + 1)
    .offset(offset);
  // Counted for this page's parties only, as sourcePage does.
  const ids = rows.map((r) => r.id);
  const counts =
    ids.length === 0
      ? []
      : await db
          .select({
            partyId: commitmentParties.partyId,
            count: sql<number>`count(distinct ${commitments.id})::int`,
          })
          .from(commitmentParties)
          .innerJoin(
            commitments,
            and(eq(commitments.id, commitmentParties.commitmentId), isPublished),
          )
          .where(inArray(commitmentParties.partyId, ids))
          .groupBy(commitmentParties.partyId);
  const countOf = new Map(counts.map((c) => [c.partyId, Number(c.count)]));
  const summaries = rows.map(({ id, ...p }) => ({
    ...partyForReaders(p),
    commitmentCount: countOf.get(id) ?? 0,
  }));
  return { ...pageFrom(summaries, offset, limit), total: await catalogTotal(db, parties) };
}

/** A party with its published commitments (the first page), as of a day when given. */
export async function partyDetail(db: Database, slug: string, asOf: string | undefined) {
  const [row] = await db.select(partyView).from(parties).where(eq(parties.slug, slug)).limit(1);
  if (!row) throw notFound('party', slug);
  const { id, ...stored } = row;
  const party = partyForReaders(stored);
  const [counts, page] = await Promise.all([
    statusCountsOf(db, { partyId: id, asOf }),
    listCommitments(db, { partyId: id, asOf }, DETAIL_PAGE_SIZE),
  ]);
  return {
    ...party,
    commitmentCount: totalOf(counts),
    commitments: page.items,
    nextCursor: page.nextCursor,
  };
}
