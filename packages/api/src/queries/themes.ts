import { commitments, type Database, themeColumns, themes } from '@accord/db';
import { DETAIL_PAGE_SIZE, emptyStatusCounts, todayIso, translationsView } from '@accord/domain';
import { asc, eq } from 'drizzle-orm';
import { listCommitments, statusCountsBy, statusCountsOf, totalOf } from './commitments';
import { notFound } from './lookup';
import { catalogTotal, pageFrom } from './pages';
import { buildTimeline, themeStatusDeltas } from './timeline';

const { brief: _brief, ...themeSummaryColumns } = themeColumns;
/** A theme in the list: its columns without the brief, which only its own page shows. */
const themeSummary = { id: themes.id, ...themeSummaryColumns };

/** A page of themes in their editorial order, each with its published commitments counted. */
export async function themePage(db: Database, offset: number, limit: number) {
  const [rows, counts] = await Promise.all([
    db
      .select(themeSummary)
      .from(themes)
      .orderBy(asc(themes.position), asc(themes.slug))
      .limit(limit + 1)
      .offset(offset),
    statusCountsBy(db, commitments.themeId),
  ]);
  const summaries = rows.map(({ id, translations, ...theme }) => {
    const statusCounts = counts.get(id) ?? emptyStatusCounts();
    return {
      ...theme,
      translations: translationsView({ title: theme.title, summary: theme.summary }, translations),
      statusCounts,
      commitmentCount: totalOf(statusCounts),
    };
  });
  return { ...pageFrom(summaries, offset, limit), total: await catalogTotal(db, themes) };
}

/** A brief: the theme, its counts, the first page of its commitments and its timeline. */
export async function themeDetail(db: Database, slug: string, asOf: string | undefined) {
  const [row] = await db
    .select({ id: themes.id, ...themeColumns })
    .from(themes)
    .where(eq(themes.slug, slug))
    .limit(1);
  if (!row) throw notFound('theme', slug);
  const { id, translations, ...theme } = row;
  // The timeline ends on the day read: asOf, or today.
  const end = asOf ?? todayIso();
  const [todayCounts, page, deltas] = await Promise.all([
    // As of a day, the timeline's last point is exactly the counts of that day.
    asOf === undefined ? statusCountsOf(db, { themeId: id }) : null,
    listCommitments(db, { themeId: id, asOf }, DETAIL_PAGE_SIZE),
    themeStatusDeltas(db, id, end),
  ]);
  const timeline = buildTimeline(deltas, end);
  return {
    ...theme,
    translations: translationsView(
      { title: theme.title, summary: theme.summary, brief: theme.brief },
      translations,
    ),
    statusCounts: todayCounts ?? timeline.at(-1)!.counts,
    commitments: page.items,
    nextCursor: page.nextCursor,
    timeline,
    asOf: asOf ?? null,
  };
}

/** A theme's id and title by slug (a theme's feed), or undefined. */
export async function themeTitle(db: Database, slug: string) {
  const [theme] = await db
    .select({ id: themes.id, title: themes.title, translations: themes.translations })
    .from(themes)
    .where(eq(themes.slug, slug))
    .limit(1);
  if (!theme) return undefined;
  return {
    id: theme.id,
    title: theme.title,
    translations: translationsView({ title: theme.title }, theme.translations),
  };
}
