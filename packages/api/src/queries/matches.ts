import { commitments, type Database, meetings } from '@accord/db';
import { anyWordQuery } from '@accord/domain';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { hitsSql } from './search';

/**
 * The existing commitments a proposal from the editors' assistant may restate or report on:
 * the same full-text search as the readers' (`hitsSql`: titles, summaries, tags, quotes and
 * party names, each through its GIN index), but any of the proposal's words may match, so a
 * commitment sharing more of them ranks higher. Drafts and items in review count (an editor
 * may be writing the same one); archived ones do not.
 */

/** How many matching commitments one proposal gets. */
export const MATCHES_PER_PROPOSAL = 5;
/** Matching rows of each kind the search ranks at most (see SEARCH_CANDIDATES). */
export const MATCH_CANDIDATES = 500;

export interface CommitmentMatch {
  id: number;
  slug: string;
  title: string;
  editorialState: string;
  meeting: string;
  rank: number;
}

/** The best `limit` non-archived commitments for `text`, best first (ties by id). */
export async function matchCommitments(
  db: Database,
  text: string,
  limit = MATCHES_PER_PROPOSAL,
  candidates = MATCH_CANDIDATES,
): Promise<CommitmentMatch[]> {
  const words = anyWordQuery(text);
  if (words === null) return [];
  const query = sql`websearch_to_tsquery('english', ${words})`;
  const rows = await db
    .select({
      id: commitments.id,
      slug: commitments.slug,
      title: commitments.title,
      editorialState: commitments.editorialState,
      meeting: meetings.slug,
      rank: sql<number>`hits.rank`,
    })
    .from(commitments)
    .innerJoin(sql`${hitsSql(query, candidates)} as hits`, sql`hits.id = ${commitments.id}`)
    .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
    .where(and(ne(commitments.editorialState, 'archived')))
    .orderBy(sql`hits.rank desc`, asc(commitments.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}
