import {
  type Commitment,
  currentStatus,
  type Meeting,
  type Party,
  type RecordData,
  type RecordType,
  type Source,
  sortHistory,
  type Theme,
} from '@accord/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
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

/**
 * Reading and writing whole records in their domain shape (references by slug), the shape
 * editors edit and revisions store. Every write replaces the record's rows and its children
 * inside the caller's transaction; children keep their ids where their position is unchanged,
 * so links to a quote survive an edit.
 */

/** A record refers to something that does not exist: the path names the field. */
export class RecordReferenceError extends Error {
  constructor(
    readonly path: string[],
    readonly what: string,
    readonly slug: string,
  ) {
    super(`Unknown ${what} "${slug}"`);
    this.name = 'RecordReferenceError';
  }
}

export const RECORD_TABLES = {
  commitment: commitments,
  meeting: meetings,
  party: parties,
  theme: themes,
  source: sources,
} as const;

type SlugTable = (typeof RECORD_TABLES)[RecordType];

/**
 * The record tables share id, slug, version and updated_at; drizzle cannot type a query over
 * a union of tables, so generic queries see them as one of them (the SQL names the real one).
 */
function tableOf(type: RecordType): typeof parties {
  return RECORD_TABLES[type] as unknown as typeof parties;
}

async function idsBySlug(
  db: Database,
  anyTable: SlugTable,
  slugs: readonly string[],
): Promise<Map<string, number>> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return new Map();
  const table = anyTable as unknown as typeof parties;
  const rows = await db
    .select({ id: table.id, slug: table.slug })
    .from(table)
    .where(inArray(table.slug, unique));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function resolve(map: Map<string, number>, slug: string, what: string, path: string[]): number {
  const id = map.get(slug);
  if (id === undefined) throw new RecordReferenceError(path, what, slug);
  return id;
}

// ---- reading ------------------------------------------------------------------------------

export interface StoredRecord<T extends RecordType> {
  id: number;
  version: number;
  updatedAt: Date;
  data: RecordData[T];
}

async function loadCommitment(db: Database, id: number): Promise<Commitment | null> {
  const [row] = await db
    .select({
      slug: commitments.slug,
      meeting: meetings.slug,
      theme: themes.slug,
      tags: commitments.tags,
      title: commitments.title,
      summary: commitments.summary,
      strength: commitments.strength,
      targetDate: commitments.targetDate,
      targetPrecision: commitments.targetPrecision,
      targetQualifier: commitments.targetQualifier,
      targetNote: commitments.targetNote,
      editorialState: commitments.editorialState,
    })
    .from(commitments)
    .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
    .innerJoin(themes, eq(themes.id, commitments.themeId))
    .where(eq(commitments.id, id))
    .limit(1);
  if (!row) return null;
  const speaker = sql<
    string | null
  >`(select slug from parties where id = ${quotes.speakerPartyId})`;
  const [partyRows, quoteRows, updateRows] = await Promise.all([
    db
      .select({ party: parties.slug, role: commitmentParties.role })
      .from(commitmentParties)
      .innerJoin(parties, eq(parties.id, commitmentParties.partyId))
      .where(eq(commitmentParties.commitmentId, id))
      .orderBy(asc(commitmentParties.position), asc(parties.slug)),
    db
      .select({
        text: quotes.text,
        form: quotes.form,
        kind: quotes.attributionKind,
        who: quotes.attributedTo,
        party: speaker,
        source: sources.slug,
      })
      .from(quotes)
      .innerJoin(sources, eq(sources.id, quotes.sourceId))
      .where(eq(quotes.commitmentId, id))
      .orderBy(asc(quotes.position), asc(quotes.id)),
    db
      .select({
        id: statusUpdates.id,
        effectiveOn: statusUpdates.effectiveOn,
        status: statusUpdates.status,
        note: statusUpdates.note,
        author: statusUpdates.author,
        // status_updates.id qualified by hand: drizzle renders the column as a bare "id",
        // which inside this subquery would mean sources.id.
        sources: sql<
          string[]
        >`coalesce((select array_agg(s.slug order by s.slug) from status_update_sources us join sources s on s.id = us.source_id where us.status_update_id = status_updates.id), '{}')`,
      })
      .from(statusUpdates)
      .where(eq(statusUpdates.commitmentId, id))
      .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id)),
  ]);
  const { targetDate, targetPrecision, targetQualifier, targetNote, ...rest } = row;
  return {
    ...rest,
    target:
      targetDate && targetPrecision && targetQualifier
        ? {
            date: targetDate,
            precision: targetPrecision,
            qualifier: targetQualifier,
            note: targetNote,
          }
        : null,
    parties: partyRows,
    quotes: quoteRows.map((q) => ({
      text: q.text,
      form: q.form,
      attribution: { kind: q.kind, who: q.who, party: q.party },
      source: q.source,
    })),
    history: updateRows.map(({ id: _id, ...u }) => u),
  };
}

async function loadMeeting(db: Database, id: number): Promise<Meeting | null> {
  const [row] = await db
    .select({
      slug: meetings.slug,
      title: meetings.title,
      kind: meetings.kind,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      place: meetings.place,
      // Qualified by hand: drizzle renders a bare "parent_id", which here is p's own.
      parentSlug: sql<
        string | null
      >`(select p.slug from meetings p where p.id = meetings.parent_id)`,
      summary: meetings.summary,
      context: meetings.context,
    })
    .from(meetings)
    .where(eq(meetings.id, id))
    .limit(1);
  if (!row) return null;
  const participants = await db
    .select({
      party: parties.slug,
      name: meetingParticipants.name,
      office: meetingParticipants.office,
    })
    .from(meetingParticipants)
    .innerJoin(parties, eq(parties.id, meetingParticipants.partyId))
    .where(eq(meetingParticipants.meetingId, id))
    .orderBy(asc(meetingParticipants.position), asc(meetingParticipants.id));
  return { ...row, participants };
}

async function loadParty(db: Database, id: number): Promise<Party | null> {
  const [row] = await db
    .select({
      slug: parties.slug,
      name: parties.name,
      shortName: parties.shortName,
      kind: parties.kind,
      countryCode: parties.countryCode,
      description: parties.description,
    })
    .from(parties)
    .where(eq(parties.id, id))
    .limit(1);
  return row ?? null;
}

async function loadTheme(db: Database, id: number): Promise<Theme | null> {
  const [row] = await db
    .select({
      slug: themes.slug,
      title: themes.title,
      summary: themes.summary,
      brief: themes.brief,
      position: themes.position,
    })
    .from(themes)
    .where(eq(themes.id, id))
    .limit(1);
  return row ?? null;
}

async function loadSource(db: Database, id: number): Promise<Source | null> {
  const [row] = await db
    .select({
      slug: sources.slug,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      publishedOn: sources.publishedOn,
      kind: sources.kind,
      language: sources.language,
      description: sources.description,
    })
    .from(sources)
    .where(eq(sources.id, id))
    .limit(1);
  return row ?? null;
}

const LOADERS: { [K in RecordType]: (db: Database, id: number) => Promise<RecordData[K] | null> } =
  {
    commitment: loadCommitment,
    meeting: loadMeeting,
    party: loadParty,
    theme: loadTheme,
    source: loadSource,
  };

/** A record with its version, or null when there is none with that id. */
export async function loadRecord<T extends RecordType>(
  db: Database,
  type: T,
  id: number,
): Promise<StoredRecord<T> | null> {
  const table = tableOf(type);
  const [meta] = await db
    .select({ version: table.version, updatedAt: table.updatedAt })
    .from(table)
    .where(eq(table.id, id))
    .limit(1);
  if (!meta) return null;
  const data = await LOADERS[type](db, id);
  return data ? { id, ...meta, data } : null;
}

// ---- writing ------------------------------------------------------------------------------

/** Replaces rows of a child list position by position: ids stay where positions do. */
async function syncByPosition<Row>(
  existingIds: number[],
  rows: Row[],
  update: (id: number, row: Row) => Promise<unknown>,
  insert: (rows: Row[]) => Promise<unknown>,
  remove: (ids: number[]) => Promise<unknown>,
): Promise<void> {
  const shared = Math.min(existingIds.length, rows.length);
  for (let i = 0; i < shared; i++) await update(existingIds[i]!, rows[i]!);
  if (rows.length > shared) await insert(rows.slice(shared));
  if (existingIds.length > shared) await remove(existingIds.slice(shared));
}

async function writeCommitment(db: Database, id: number, c: Commitment): Promise<void> {
  const partySlugs = [
    ...c.parties.map((p) => p.party),
    ...c.quotes.flatMap((q) => (q.attribution.party ? [q.attribution.party] : [])),
  ];
  const sourceSlugs = [...c.quotes.map((q) => q.source), ...c.history.flatMap((u) => u.sources)];
  const [meetingIds, themeIds, partyIds, sourceIds] = await Promise.all([
    idsBySlug(db, meetings, [c.meeting]),
    idsBySlug(db, themes, [c.theme]),
    idsBySlug(db, parties, partySlugs),
    idsBySlug(db, sources, sourceSlugs),
  ]);
  const history = sortHistory(c.history);
  await db
    .update(commitments)
    .set({
      slug: c.slug,
      meetingId: resolve(meetingIds, c.meeting, 'meeting', ['meeting']),
      themeId: resolve(themeIds, c.theme, 'theme', ['theme']),
      tags: c.tags,
      title: c.title,
      summary: c.summary,
      strength: c.strength,
      status: currentStatus(history),
      targetDate: c.target?.date ?? null,
      targetPrecision: c.target?.precision ?? null,
      targetQualifier: c.target?.qualifier ?? null,
      targetNote: c.target?.note ?? null,
      editorialState: c.editorialState,
    })
    .where(eq(commitments.id, id));

  await db.delete(commitmentParties).where(eq(commitmentParties.commitmentId, id));
  await db.insert(commitmentParties).values(
    c.parties.map((p, position) => ({
      commitmentId: id,
      partyId: resolve(partyIds, p.party, 'party', ['parties', String(position), 'party']),
      role: p.role,
      position,
    })),
  );

  const quoteRows = c.quotes.map((q, position) => ({
    commitmentId: id,
    sourceId: resolve(sourceIds, q.source, 'source', ['quotes', String(position), 'source']),
    text: q.text,
    form: q.form,
    attributionKind: q.attribution.kind,
    attributedTo: q.attribution.who,
    speakerPartyId: q.attribution.party
      ? resolve(partyIds, q.attribution.party, 'party', [
          'quotes',
          String(position),
          'attribution',
          'party',
        ])
      : null,
    position,
  }));
  const oldQuotes = await db
    .select({ id: quotes.id })
    .from(quotes)
    .where(eq(quotes.commitmentId, id))
    .orderBy(asc(quotes.position), asc(quotes.id));
  await syncByPosition(
    oldQuotes.map((q) => q.id),
    quoteRows,
    (quoteId, row) => db.update(quotes).set(row).where(eq(quotes.id, quoteId)),
    (rows) => db.insert(quotes).values(rows),
    (ids) => db.delete(quotes).where(inArray(quotes.id, ids)),
  );

  const oldUpdates = await db
    .select({ id: statusUpdates.id })
    .from(statusUpdates)
    .where(eq(statusUpdates.commitmentId, id))
    .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id));
  const oldIds = oldUpdates.map((u) => u.id);
  const updateRows = history.map((u) => ({
    commitmentId: id,
    effectiveOn: u.effectiveOn,
    status: u.status,
    note: u.note,
    author: u.author,
  }));
  if (oldIds.length > 0) {
    await db.delete(statusUpdateSources).where(inArray(statusUpdateSources.statusUpdateId, oldIds));
  }
  await syncByPosition(
    oldIds,
    updateRows,
    (updateId, row) => db.update(statusUpdates).set(row).where(eq(statusUpdates.id, updateId)),
    (rows) => db.insert(statusUpdates).values(rows),
    (ids) => db.delete(statusUpdates).where(inArray(statusUpdates.id, ids)),
  );
  const newIds = await db
    .select({ id: statusUpdates.id })
    .from(statusUpdates)
    .where(eq(statusUpdates.commitmentId, id))
    .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id));
  const links = history.flatMap((u, i) =>
    [...new Set(u.sources)].map((slug) => ({
      statusUpdateId: newIds[i]!.id,
      sourceId: resolve(sourceIds, slug, 'source', ['history', String(i), 'sources']),
    })),
  );
  if (links.length > 0) await db.insert(statusUpdateSources).values(links);
}

async function writeMeeting(db: Database, id: number, m: Meeting): Promise<void> {
  const [parentIds, partyIds] = await Promise.all([
    idsBySlug(db, meetings, m.parentSlug ? [m.parentSlug] : []),
    idsBySlug(
      db,
      parties,
      m.participants.map((p) => p.party),
    ),
  ]);
  const parentId = m.parentSlug
    ? resolve(parentIds, m.parentSlug, 'meeting', ['parentSlug'])
    : null;
  if (parentId === id) throw new RecordReferenceError(['parentSlug'], 'parent meeting', m.slug);
  const { participants, parentSlug: _parent, ...fields } = m;
  await db
    .update(meetings)
    .set({ ...fields, parentId })
    .where(eq(meetings.id, id));
  await db.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, id));
  if (participants.length > 0) {
    await db.insert(meetingParticipants).values(
      participants.map((p, position) => ({
        meetingId: id,
        partyId: resolve(partyIds, p.party, 'party', ['participants', String(position), 'party']),
        name: p.name,
        office: p.office,
        position,
      })),
    );
  }
}

const WRITERS: {
  [K in RecordType]: (db: Database, id: number, data: RecordData[K]) => Promise<void>;
} = {
  commitment: writeCommitment,
  meeting: writeMeeting,
  party: async (db, id, data) => {
    await db.update(parties).set(data).where(eq(parties.id, id));
  },
  theme: async (db, id, data) => {
    await db.update(themes).set(data).where(eq(themes.id, id));
  },
  source: async (db, id, data) => {
    await db.update(sources).set(data).where(eq(sources.id, id));
  },
};

/** Placeholder values that satisfy the table's constraints until `writeRecord` fills the row. */
async function insertShell(db: Database, type: RecordType, data: RecordData[RecordType]) {
  const slug = data.slug;
  switch (type) {
    case 'commitment': {
      const c = data as Commitment;
      const [meetingIds, themeIds] = await Promise.all([
        idsBySlug(db, meetings, [c.meeting]),
        idsBySlug(db, themes, [c.theme]),
      ]);
      const [row] = await db
        .insert(commitments)
        .values({
          slug,
          meetingId: resolve(meetingIds, c.meeting, 'meeting', ['meeting']),
          themeId: resolve(themeIds, c.theme, 'theme', ['theme']),
          title: c.title,
          summary: c.summary,
          strength: c.strength,
        })
        .returning({ id: commitments.id });
      return row!.id;
    }
    case 'meeting': {
      const m = data as Meeting;
      const { participants: _p, parentSlug: _s, ...fields } = m;
      const [row] = await db.insert(meetings).values(fields).returning({ id: meetings.id });
      return row!.id;
    }
    case 'party': {
      const [row] = await db
        .insert(parties)
        .values(data as Party)
        .returning({ id: parties.id });
      return row!.id;
    }
    case 'theme': {
      const [row] = await db
        .insert(themes)
        .values(data as Theme)
        .returning({ id: themes.id });
      return row!.id;
    }
    case 'source': {
      const [row] = await db
        .insert(sources)
        .values(data as Source)
        .returning({ id: sources.id });
      return row!.id;
    }
  }
}

/** Writes a record's data over its rows (the caller has already claimed the version). */
export async function writeRecord<T extends RecordType>(
  db: Database,
  type: T,
  id: number,
  data: RecordData[T],
): Promise<void> {
  await (WRITERS[type] as (db: Database, id: number, data: RecordData[T]) => Promise<void>)(
    db,
    id,
    data,
  );
}

/** Inserts a new record at version 1 and returns its id. */
export async function insertRecord<T extends RecordType>(
  db: Database,
  type: T,
  data: RecordData[T],
): Promise<number> {
  const id = await insertShell(db, type, data);
  await writeRecord(db, type, id, data);
  return id;
}

/**
 * Claims the next version of a record: bumps it only if it is still `expectedVersion`.
 * Returns the new version, or null when the record is missing or someone saved first.
 * The row stays locked until the transaction ends, so two saves cannot both succeed.
 */
export async function claimVersion(
  db: Database,
  type: RecordType,
  id: number,
  expectedVersion: number,
): Promise<number | null> {
  const table = tableOf(type);
  const [row] = await db
    .update(table)
    .set({ version: sql`${table.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning({ version: table.version });
  return row?.version ?? null;
}

/** How many commitments refer to a record (a record in use cannot be deleted). */
export async function countUses(db: Database, type: RecordType, id: number): Promise<number> {
  const count = (query: ReturnType<typeof sql>) =>
    db.execute<{ n: number }>(query).then((r) => {
      const rows = (Array.isArray(r) ? r : (r as { rows: { n: number }[] }).rows) as {
        n: number;
      }[];
      return Number(rows[0]?.n ?? 0);
    });
  switch (type) {
    case 'commitment':
      return 0;
    case 'meeting':
      return count(
        sql`select (select count(*) from commitments where meeting_id = ${id}) + (select count(*) from meetings where parent_id = ${id}) as n`,
      );
    case 'party':
      return count(
        sql`select (select count(*) from commitment_parties where party_id = ${id}) + (select count(*) from quotes where speaker_party_id = ${id}) + (select count(*) from meeting_participants where party_id = ${id}) as n`,
      );
    case 'theme':
      return count(sql`select count(*) as n from commitments where theme_id = ${id}`);
    case 'source':
      return count(
        sql`select (select count(*) from quotes where source_id = ${id}) + (select count(*) from status_update_sources where source_id = ${id}) as n`,
      );
  }
}

/** Deletes a record's row (children go with it through their foreign keys). */
export async function deleteRecord(db: Database, type: RecordType, id: number): Promise<void> {
  const table = tableOf(type);
  await db.delete(table).where(eq(table.id, id));
}
export * from './history';
