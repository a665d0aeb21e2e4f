import {
  Commitment,
  currentStatus,
  findHistoryProblems,
  todayIso,
  Meeting,
  Party,
  Source,
  Theme,
} from '@accord/domain';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { type Database } from '../client';
import {
  commitmentParties,
  commitments,
  meetingParticipants,
  meetings,
  parties,
  quotes,
  sources,
  statusUpdates,
  statusUpdateSources,
  themes,
} from '../schema';
import * as hiroshima from './hiroshima-2023';

export const Dataset = z.object({
  parties: z.array(Party),
  themes: z.array(Theme),
  meetings: z.array(Meeting),
  sources: z.array(Source),
  commitments: z.array(Commitment),
});
export type Dataset = z.infer<typeof Dataset>;

export const hiroshimaDataset: Dataset = {
  parties: hiroshima.parties,
  themes: hiroshima.themes,
  meetings: hiroshima.meetings,
  sources: hiroshima.sources,
  commitments: hiroshima.commitments,
};

export interface SeedReport {
  parties: number;
  themes: number;
  meetings: number;
  sources: number;
  commitments: number;
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function idsBySlug(
  tx: Tx,
  table: typeof parties | typeof themes | typeof meetings | typeof sources | typeof commitments,
  slugs: string[],
): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await tx
    .select({ id: table.id, slug: table.slug })
    .from(table)
    .where(inArray(table.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function need(map: Map<string, number>, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Seed data refers to unknown ${what} "${slug}"`);
  return id;
}

/** Checks that the dataset is valid and self-consistent before anything is written. */
export function validateDataset(input: unknown): Dataset {
  const data = Dataset.parse(input);
  const problems: string[] = [];
  const check = (kind: string, slugs: string[]) => {
    const seen = new Set<string>();
    for (const slug of slugs) {
      if (seen.has(slug)) problems.push(`duplicate ${kind} slug "${slug}"`);
      seen.add(slug);
    }
    return seen;
  };
  const partySlugs = check(
    'party',
    data.parties.map((p) => p.slug),
  );
  const themeSlugs = check(
    'theme',
    data.themes.map((t) => t.slug),
  );
  const meetingSlugs = check(
    'meeting',
    data.meetings.map((m) => m.slug),
  );
  const sourceSlugs = check(
    'source',
    data.sources.map((s) => s.slug),
  );
  check(
    'commitment',
    data.commitments.map((c) => c.slug),
  );
  const ref = (set: Set<string>, slug: string | null, what: string, where: string) => {
    if (slug !== null && !set.has(slug)) problems.push(`${where}: unknown ${what} "${slug}"`);
  };
  for (const m of data.meetings) {
    ref(meetingSlugs, m.parentSlug, 'meeting', m.slug);
    m.participants.forEach((p) => ref(partySlugs, p.party, 'party', m.slug));
  }
  for (const c of data.commitments) {
    ref(meetingSlugs, c.meeting, 'meeting', c.slug);
    ref(themeSlugs, c.theme, 'theme', c.slug);
    c.parties.forEach((p) => ref(partySlugs, p.party, 'party', c.slug));
    c.quotes.forEach((q) => {
      ref(sourceSlugs, q.source, 'source', c.slug);
      ref(partySlugs, q.attribution.party, 'party', c.slug);
    });
    c.history.forEach((u) => u.sources.forEach((s) => ref(sourceSlugs, s, 'source', c.slug)));
    findHistoryProblems(c.history, todayIso()).forEach((p) =>
      problems.push(`${c.slug}: ${p.message}`),
    );
  }
  if (problems.length > 0) throw new Error(`Invalid seed data:\n- ${problems.join('\n- ')}`);
  return data;
}

/**
 * Loads a dataset. Idempotent: records are keyed by slug, and a record that already exists
 * is left exactly as it is (editors may have corrected it), so running it twice changes nothing.
 */
export async function seedDatabase(
  db: Database,
  input: Dataset = hiroshimaDataset,
): Promise<SeedReport> {
  const data = validateDataset(input);
  return db.transaction(async (tx) => {
    const report: SeedReport = { parties: 0, themes: 0, meetings: 0, sources: 0, commitments: 0 };

    if (data.parties.length > 0) {
      const inserted = await tx
        .insert(parties)
        .values(data.parties)
        .onConflictDoNothing()
        .returning({ id: parties.id });
      report.parties = inserted.length;
    }
    if (data.themes.length > 0) {
      const inserted = await tx
        .insert(themes)
        .values(data.themes)
        .onConflictDoNothing()
        .returning({ id: themes.id });
      report.themes = inserted.length;
    }
    if (data.sources.length > 0) {
      const inserted = await tx
        .insert(sources)
        .values(data.sources)
        .onConflictDoNothing()
        .returning({ id: sources.id });
      report.sources = inserted.length;
    }

    const partyIds = await idsBySlug(
      tx,
      parties,
      data.parties
        .map((p) => p.slug)
        .concat(
          data.meetings.flatMap((m) => m.participants.map((p) => p.party)),
          data.commitments.flatMap((c) => c.parties.map((p) => p.party)),
        ),
    );
    const themeIds = await idsBySlug(
      tx,
      themes,
      data.commitments.map((c) => c.theme),
    );
    const sourceIds = await idsBySlug(
      tx,
      sources,
      data.sources
        .map((s) => s.slug)
        .concat(data.commitments.flatMap((c) => c.quotes.map((q) => q.source))),
    );

    // Parents before children, so parent ids exist.
    const ordered = [...data.meetings].sort(
      (a, b) => Number(a.parentSlug !== null) - Number(b.parentSlug !== null),
    );
    for (const meeting of ordered) {
      const parentId = meeting.parentSlug
        ? need(await idsBySlug(tx, meetings, [meeting.parentSlug]), meeting.parentSlug, 'meeting')
        : null;
      const [row] = await tx
        .insert(meetings)
        .values({ ...meeting, parentId })
        .onConflictDoNothing()
        .returning({ id: meetings.id });
      if (!row) continue;
      report.meetings++;
      if (meeting.participants.length > 0) {
        await tx.insert(meetingParticipants).values(
          meeting.participants.map((p, position) => ({
            meetingId: row.id,
            partyId: need(partyIds, p.party, 'party'),
            name: p.name,
            office: p.office,
            position,
          })),
        );
      }
    }
    const meetingIds = await idsBySlug(
      tx,
      meetings,
      data.commitments.map((c) => c.meeting),
    );

    for (const c of data.commitments) {
      const firstUpdate = c.history.map((u) => u.effectiveOn).sort()[0];
      const [row] = await tx
        .insert(commitments)
        .values({
          slug: c.slug,
          meetingId: need(meetingIds, c.meeting, 'meeting'),
          themeId: need(themeIds, c.theme, 'theme'),
          tags: c.tags,
          title: c.title,
          summary: c.summary,
          strength: c.strength,
          status: currentStatus(c.history),
          targetDate: c.target?.date ?? null,
          targetPrecision: c.target?.precision ?? null,
          targetQualifier: c.target?.qualifier ?? null,
          targetNote: c.target?.note ?? null,
          editorialState: c.editorialState,
          publishedAt:
            c.editorialState === 'published'
              ? new Date(`${firstUpdate ?? '2000-01-01'}T00:00:00Z`)
              : null,
        })
        .onConflictDoNothing()
        .returning({ id: commitments.id });
      if (!row) continue;
      report.commitments++;
      await tx.insert(commitmentParties).values(
        c.parties.map((p, position) => ({
          commitmentId: row.id,
          partyId: need(partyIds, p.party, 'party'),
          role: p.role,
          position,
        })),
      );
      if (c.quotes.length > 0) {
        await tx.insert(quotes).values(
          c.quotes.map((q, position) => ({
            commitmentId: row.id,
            sourceId: need(sourceIds, q.source, 'source'),
            text: q.text,
            form: q.form,
            attributionKind: q.attribution.kind,
            attributedTo: q.attribution.who,
            speakerPartyId: q.attribution.party
              ? need(partyIds, q.attribution.party, 'party')
              : null,
            position,
          })),
        );
      }
      for (const update of c.history) {
        const [u] = await tx
          .insert(statusUpdates)
          .values({
            commitmentId: row.id,
            effectiveOn: update.effectiveOn,
            status: update.status,
            note: update.note,
            author: update.author,
          })
          .returning({ id: statusUpdates.id });
        if (u && update.sources.length > 0) {
          const ids = await idsBySlug(tx, sources, update.sources);
          await tx.insert(statusUpdateSources).values(
            update.sources.map((s) => ({
              statusUpdateId: u.id,
              sourceId: need(ids, s, 'source'),
            })),
          );
        }
      }
    }
    return report;
  });
}

/** True when the database has no commitments at all (a fresh install). */
export async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.select({ id: commitments.id }).from(commitments).limit(1);
  return rows.length === 0;
}
