import {
  Commitment,
  findHistoryProblems,
  Meeting,
  Party,
  type RecordData,
  type RecordType,
  Source,
  Theme,
  todayIso,
} from '@accord/domain';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { type Database } from '../client';
import { appendAudit, insertRecords, RECORD_TABLES } from '../records';
import { commitments, type parties } from '../schema';
import * as followUps from './follow-ups-2023-2025';
import * as hiroshima from './hiroshima-2023';
import {
  commitmentWithJapanese,
  meetingWithJapanese,
  partyWithJapanese,
  themeWithJapanese,
} from './translations-ja';

export const Dataset = z.object({
  parties: z.array(Party),
  themes: z.array(Theme),
  meetings: z.array(Meeting),
  sources: z.array(Source),
  commitments: z.array(Commitment),
});
export type Dataset = z.infer<typeof Dataset>;
/** A dataset as written by hand: fields with defaults (lineage, accounts…) may be left out. */
export type DatasetInput = z.input<typeof Dataset>;

/**
 * The Kishida–Biden meeting of 18 May 2023 as recorded on the day, with what followed up to
 * December 2025: later meetings, sources, dated updates, lineage, disputes and accounts.
 */
export const hiroshimaDataset: DatasetInput = {
  parties: hiroshima.parties.map(partyWithJapanese),
  themes: hiroshima.themes.map(themeWithJapanese),
  meetings: [...hiroshima.meetings.map(followUps.withAccounts), ...followUps.meetings].map(
    meetingWithJapanese,
  ),
  sources: [...hiroshima.sources, ...followUps.sources],
  commitments: [
    ...hiroshima.commitments.map((c) => followUps.withFollowUps(c)),
    ...followUps.commitments,
  ].map(commitmentWithJapanese),
};

export interface SeedReport {
  parties: number;
  themes: number;
  meetings: number;
  sources: number;
  commitments: number;
}

/** The seed's name in revisions and the audit log. */
const SEED_ACTOR = { id: null, name: 'seed data' } as const;

/**
 * Checks the rules the record schemas cannot: every reference names a record of the dataset,
 * histories follow the status rules, every update cites a source, and a source flagged
 * unreliable never carries a fact alone (it may only appear as one side of a dispute).
 */
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
  const commitmentSlugs = check(
    'commitment',
    data.commitments.map((c) => c.slug),
  );
  const unreliable = new Set(
    data.sources.filter((s) => s.reliability === 'unreliable').map((s) => s.slug),
  );
  const ref = (set: Set<string>, slug: string | null, what: string, where: string) => {
    if (slug !== null && !set.has(slug)) problems.push(`${where}: unknown ${what} "${slug}"`);
  };
  const factSource = (slug: string, where: string) => {
    ref(sourceSlugs, slug, 'source', where);
    if (unreliable.has(slug)) problems.push(`${where}: unreliable source "${slug}" carries a fact`);
  };
  for (const m of data.meetings) {
    ref(meetingSlugs, m.parentSlug, 'meeting', m.slug);
    m.participants.forEach((p) => ref(partySlugs, p.party, 'party', m.slug));
    m.accounts.forEach((a) =>
      a.quotes.forEach((q) => {
        factSource(q.source, `${m.slug} account "${a.topic}"`);
        ref(partySlugs, q.attribution.party, 'party', m.slug);
      }),
    );
  }
  for (const c of data.commitments) {
    ref(meetingSlugs, c.meeting, 'meeting', c.slug);
    ref(themeSlugs, c.theme, 'theme', c.slug);
    ref(commitmentSlugs, c.parent, 'commitment', c.slug);
    c.parties.forEach((p) => ref(partySlugs, p.party, 'party', c.slug));
    c.quotes.forEach((q) => {
      factSource(q.source, c.slug);
      ref(partySlugs, q.attribution.party, 'party', c.slug);
    });
    c.history.forEach((u) => {
      if (u.sources.length === 0) {
        problems.push(`${c.slug}: the update of ${u.effectiveOn} cites no source`);
      }
      u.sources.forEach((s) => ref(sourceSlugs, s, 'source', c.slug));
      if (u.sources.length > 0 && u.sources.every((s) => unreliable.has(s))) {
        problems.push(`${c.slug}: the update of ${u.effectiveOn} rests on unreliable sources only`);
      }
      ref(partySlugs, u.party, 'party', c.slug);
    });
    c.lineage.forEach((l) => {
      ref(meetingSlugs, l.meeting, 'meeting', c.slug);
      factSource(l.source, `${c.slug} lineage`);
    });
    c.disputes.forEach((d) => {
      d.claims.forEach((k) => ref(sourceSlugs, k.source, 'source', c.slug));
      if (d.claims.every((k) => unreliable.has(k.source))) {
        problems.push(`${c.slug}: dispute "${d.topic}" has no standard source`);
      }
    });
    findHistoryProblems(c.history, todayIso()).forEach((p) =>
      problems.push(`${c.slug}: ${p.message}`),
    );
  }
  if (problems.length > 0) throw new Error(`Invalid seed data:\n- ${problems.join('\n- ')}`);
  return data;
}

/**
 * Loads a dataset through the editors' write path (`insertRecords`), so the seed spells out no
 * rows of its own, and every record starts with its version-1 revision and an audit entry.
 * Idempotent: records are keyed by slug, and a record that already exists is left exactly as
 * it is (editors may have corrected it), so running it twice changes nothing.
 */
export async function seedDatabase(
  db: Database,
  input: DatasetInput = hiroshimaDataset,
): Promise<SeedReport> {
  const data = validateDataset(input);
  return db.transaction(async (tx) => {
    const report: SeedReport = { parties: 0, themes: 0, meetings: 0, sources: 0, commitments: 0 };
    const add = async <T extends RecordType>(
      type: T,
      list: readonly RecordData[T][],
      key: keyof SeedReport,
    ) => {
      if (list.length === 0) return;
      const table = RECORD_TABLES[type] as unknown as typeof parties;
      const existing = new Set(
        (
          await tx
            .select({ slug: table.slug })
            .from(table)
            .where(
              inArray(
                table.slug,
                list.map((r) => r.slug),
              ),
            )
        ).map((r) => r.slug),
      );
      const fresh = list.filter((r) => !existing.has(r.slug));
      if (fresh.length === 0) return;
      // Rows, parents before children, and each record's version-1 revision: the same writer
      // as the editors' create and the bench's loader (records/).
      const ids = await insertRecords(tx, type, fresh, { actor: SEED_ACTOR, action: 'seed' });
      for (const [i, record] of fresh.entries()) {
        await appendAudit(tx, {
          actor: SEED_ACTOR,
          action: `${type}.seed`,
          recordType: type,
          recordId: ids[i]!,
          summary: `seed ${type} ${record.slug} (version 1)`,
          after: record,
        });
      }
      report[key] += fresh.length;
    };
    await add('party', data.parties, 'parties');
    await add('theme', data.themes, 'themes');
    await add('source', data.sources, 'sources');
    await add('meeting', data.meetings, 'meetings');
    await add('commitment', data.commitments, 'commitments');
    return report;
  });
}

/** True when the database has no commitments at all (a fresh install). */
export async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.select({ id: commitments.id }).from(commitments).limit(1);
  return rows.length === 0;
}
