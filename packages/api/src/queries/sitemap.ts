import { commitments, type Database, meetings, parties, sources, themes } from '@accord/db';
import { asc, count } from 'drizzle-orm';
import { isPublished } from './commitments';

/** A public page a sitemap lists: its path and when what it shows last changed. */
export interface SitemapEntry {
  path: string;
  updatedAt: Date;
}

/** Published commitments: how many sitemap files of `size` entries they fill. */
export async function publishedCommitmentCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(commitments).where(isPublished);
  return row?.n ?? 0;
}

/**
 * The `page`-th (from 1) run of `size` published commitments, in id order. Readers only ever
 * see published ones: a draft, an archived or a retracted record is never listed.
 */
export async function sitemapCommitments(
  db: Database,
  page: number,
  size: number,
): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: commitments.slug, updatedAt: commitments.updatedAt })
    .from(commitments)
    .where(isPublished)
    .orderBy(asc(commitments.id))
    .limit(size)
    .offset((page - 1) * size);
  return rows.map((row) => ({ path: `/commitments/${row.slug}`, updatedAt: row.updatedAt }));
}

/** The catalog's pages (themes, meetings, parties, sources): all public, a few hundred rows. */
export async function sitemapCatalog(db: Database): Promise<SitemapEntry[]> {
  const kinds = [
    { table: themes, prefix: '/themes/' },
    { table: meetings, prefix: '/meetings/' },
    { table: parties, prefix: '/parties/' },
    { table: sources, prefix: '/sources/' },
  ] as const;
  const lists = await Promise.all(
    kinds.map(async ({ table, prefix }) => {
      const rows = await db
        .select({ slug: table.slug, updatedAt: table.updatedAt })
        .from(table)
        .orderBy(asc(table.id));
      return rows.map((row) => ({ path: `${prefix}${row.slug}`, updatedAt: row.updatedAt }));
    }),
  );
  return lists.flat();
}
