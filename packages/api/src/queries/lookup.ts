import { commitments, type Database, meetings, parties, sources, themes } from '@accord/db';
import { TRPCError } from '@trpc/server';
import { eq, type SQL, sql } from 'drizzle-orm';

const TABLES = {
  theme: themes,
  meeting: meetings,
  party: parties,
  source: sources,
  commitment: commitments,
};
export type Kind = keyof typeof TABLES;

/** The id behind a slug as a subquery: null (matching nothing) when there is none. */
export function idOfSlugSql(kind: Kind, slug: string): SQL<number> {
  const table = TABLES[kind];
  return sql<number>`(select ${table.id} from ${table} where ${table.slug} = ${slug})`;
}

/** The internal id behind a public slug, or NOT_FOUND naming what was asked for. */
export async function idForSlug(
  db: Database,
  kind: Kind,
  slug: string,
  field = 'slug',
): Promise<number> {
  const table = TABLES[kind];
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).limit(1);
  if (!row) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message:
        field === 'slug'
          ? `No ${kind} with slug "${slug}".`
          : `${field}: no ${kind} with slug "${slug}".`,
    });
  }
  return row.id;
}

export function notFound(kind: Kind, slug: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `No ${kind} with slug "${slug}".` });
}
