import {
  commitments,
  type Database,
  parties,
  quoteColumns,
  quotes,
  sourceColumns,
  sources,
} from '@accord/db';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { isPublished } from './commitments';
import { notFound } from './lookup';
import { refOf, titleTranslations } from './refs';
import { catalogTotal, pageFrom } from './pages';

const sourceView = { id: sources.id, ...sourceColumns };

/** A page of sources, newest first, each with its quotes in published commitments counted. */
export async function sourcePage(db: Database, offset: number, limit: number) {
  const rows = await db
    .select(sourceView)
    .from(sources)
    .orderBy(desc(sources.publishedOn), asc(sources.slug))
    .limit(limit + 1)
    .offset(offset);
  // Counted for this page's sources only: grouping every source's quotes made each page
  // cost a pass over all of them (about a second a page at 100k on PGlite, and the
  // /sources page reads every page).
  const ids = rows.map((r) => r.id);
  const counts =
    ids.length === 0
      ? []
      : await db
          .select({ sourceId: quotes.sourceId, count: sql<number>`count(*)::int` })
          .from(quotes)
          .innerJoin(commitments, and(eq(commitments.id, quotes.commitmentId), isPublished))
          .where(inArray(quotes.sourceId, ids))
          .groupBy(quotes.sourceId);
  const countOf = new Map(counts.map((c) => [c.sourceId, Number(c.count)]));
  const summaries = rows.map(({ id, ...s }) => ({ ...s, quoteCount: countOf.get(id) ?? 0 }));
  return { ...pageFrom(summaries, offset, limit), total: await catalogTotal(db, sources) };
}

/** A source and every quote from it in a published commitment. */
export async function sourceDetail(db: Database, slug: string) {
  const [row] = await db.select(sourceView).from(sources).where(eq(sources.slug, slug)).limit(1);
  if (!row) throw notFound('source', slug);
  const { id, ...source } = row;
  const quoteRows = await db
    .select({
      id: quotes.id,
      ...quoteColumns,
      partySlug: parties.slug,
      commitmentSlug: commitments.slug,
      commitmentTitle: commitments.title,
      commitmentTranslations: titleTranslations(commitments.translations),
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
      commitment: refOf({
        slug: q.commitmentSlug,
        title: q.commitmentTitle,
        translations: q.commitmentTranslations,
      }),
    })),
  };
}
