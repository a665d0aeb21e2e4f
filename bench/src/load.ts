import { createUserAccount, EmailTakenError, setUserPassword } from '@accord/auth';
import {
  commitmentParties,
  commitments,
  type Dataset,
  type DbHandle,
  meetingParticipants,
  meetings,
  migrateDb,
  parties,
  quotes,
  sources,
  statusUpdates,
  statusUpdateSources,
  themes,
  users,
} from '@accord/db';
import { currentStatus } from '@accord/domain';
import { eq, sql } from 'drizzle-orm';

const BATCH = 1000;

function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function idMap(rows: { id: number; slug: string }[]): Map<string, number> {
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function need(map: Map<string, number>, slug: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`bench dataset refers to unknown slug "${slug}"`);
  return id;
}

/** Number of commitments already in the database: a loaded dataset is reused, not reloaded. */
export async function countCommitments(handle: DbHandle): Promise<number> {
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(commitments);
  return Number(row?.n ?? 0);
}

/**
 * Loads a generated dataset into an empty, migrated database with batched inserts (the seed's
 * one-row-at-a-time path would take an hour at 100k). Each batch is its own statement; the
 * whole load is one transaction so a failed load leaves nothing half-written.
 */
export async function loadDataset(
  handle: DbHandle,
  data: Dataset,
  log: (line: string) => void = () => {},
): Promise<void> {
  await migrateDb(handle);
  await handle.db.transaction(async (tx) => {
    for (const batch of chunks(data.parties)) await tx.insert(parties).values(batch);
    for (const batch of chunks(data.themes)) await tx.insert(themes).values(batch);
    for (const batch of chunks(data.sources)) await tx.insert(sources).values(batch);
    const partyIds = idMap(await tx.select({ id: parties.id, slug: parties.slug }).from(parties));
    const themeIds = idMap(await tx.select({ id: themes.id, slug: themes.slug }).from(themes));
    const sourceIds = idMap(await tx.select({ id: sources.id, slug: sources.slug }).from(sources));

    // Parents (summits) in the first batches, so every child's parent id is known.
    const parentsThenChildren = [
      ...chunks(data.meetings.filter((m) => m.parentSlug === null)),
      ...chunks(data.meetings.filter((m) => m.parentSlug !== null)),
    ];
    const meetingIds = new Map<string, number>();
    for (const batch of parentsThenChildren) {
      const rows = await tx
        .insert(meetings)
        .values(
          batch.map(({ participants: _p, accounts: _a, parentSlug, ...m }) => ({
            ...m,
            parentId: parentSlug ? need(meetingIds, parentSlug) : null,
          })),
        )
        .returning({ id: meetings.id, slug: meetings.slug });
      for (const r of rows) meetingIds.set(r.slug, r.id);
      const participants = batch.flatMap((m) =>
        m.participants.map((p, position) => ({
          meetingId: need(meetingIds, m.slug),
          partyId: need(partyIds, p.party),
          name: p.name,
          office: p.office,
          position,
        })),
      );
      if (participants.length > 0) await tx.insert(meetingParticipants).values(participants);
    }

    let done = 0;
    for (const batch of chunks(data.commitments)) {
      const rows = await tx
        .insert(commitments)
        .values(
          batch.map((c) => ({
            slug: c.slug,
            meetingId: need(meetingIds, c.meeting),
            themeId: need(themeIds, c.theme),
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
                ? new Date(`${c.history[0]?.effectiveOn ?? '2020-01-01'}T00:00:00Z`)
                : null,
          })),
        )
        .returning({ id: commitments.id, slug: commitments.slug });
      const ids = idMap(rows);
      await tx.insert(commitmentParties).values(
        batch.flatMap((c) =>
          c.parties.map((p, position) => ({
            commitmentId: need(ids, c.slug),
            partyId: need(partyIds, p.party),
            role: p.role,
            position,
          })),
        ),
      );
      const quoteRows = batch.flatMap((c) =>
        c.quotes.map((q, position) => ({
          commitmentId: need(ids, c.slug),
          sourceId: need(sourceIds, q.source),
          text: q.text,
          form: q.form,
          attributionKind: q.attribution.kind,
          attributedTo: q.attribution.who,
          speakerPartyId: q.attribution.party ? need(partyIds, q.attribution.party) : null,
          position,
        })),
      );
      for (const part of chunks(quoteRows)) await tx.insert(quotes).values(part);
      const updates = batch.flatMap((c) => c.history.map((u) => ({ c, u })));
      for (const part of chunks(updates)) {
        // RETURNING gives the rows in VALUES order for a plain multi-row insert.
        const inserted = await tx
          .insert(statusUpdates)
          .values(
            part.map(({ c, u }) => ({
              commitmentId: need(ids, c.slug),
              effectiveOn: u.effectiveOn,
              status: u.status,
              note: u.note,
              author: u.author,
            })),
          )
          .returning({ id: statusUpdates.id });
        const links = part.flatMap(({ u }, i) =>
          [...new Set(u.sources)].map((s) => ({
            statusUpdateId: inserted[i]!.id,
            sourceId: need(sourceIds, s),
          })),
        );
        if (links.length > 0) await tx.insert(statusUpdateSources).values(links);
      }
      done += batch.length;
      if (done % 10_000 === 0) log(`  loaded ${done} commitments`);
    }
  });
  // Fresh statistics, as a production database would have after autovacuum.
  await handle.db.execute(sql`analyze`);
}

/** The bench's admin account: created once per database, its password reset on every run. */
export async function ensureBenchAdmin(
  handle: DbHandle,
  admin: { email: string; name: string; password: string },
): Promise<void> {
  try {
    await createUserAccount(handle.db, { ...admin, role: 'admin' });
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    const [row] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, admin.email))
      .limit(1);
    if (row) await setUserPassword(handle.db, row.id, admin.password);
  }
}
