import {
  type Commitment,
  type Meeting,
  type Party,
  type RecordData,
  type RecordType,
  type Source,
  type Theme,
} from '@accord/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Database } from '../client';
import {
  accountQuotes,
  commitmentParties,
  commitments,
  disputeClaims,
  disputes,
  lineageLinks,
  meetingAccounts,
  meetingParticipants,
  meetings,
  parties,
  quotes,
  revisions,
  sources,
  statusUpdates,
  statusUpdateSources,
  themes,
} from '../schema';
import { meetingColumns, partyColumns, quoteColumns, sourceColumns, themeColumns } from './columns';
import { type Actor } from './history';
import {
  arrivalPublishedAt,
  commitmentChildRows,
  commitmentRow,
  commitmentSlugs,
  emptySlugs,
  meetingChildRows,
  meetingRow,
  meetingSlugs,
  RecordReferenceError,
  type RefKind,
  Refs,
  type RefSlugs,
} from './rows';

/**
 * Reading and writing whole records in their domain shape (references by slug), the shape
 * editors edit and revisions store. Every write replaces the record's rows and its children
 * inside the caller's transaction; children keep their ids where their position is unchanged,
 * so links to a quote survive an edit.
 */

export const RECORD_TABLES = {
  commitment: commitments,
  meeting: meetings,
  party: parties,
  theme: themes,
  source: sources,
} as const;

/**
 * The record tables share id, slug, version and updated_at; drizzle cannot type a query over
 * a union of tables, so generic queries see them as one of them (the SQL names the real one).
 */
function tableOf(type: RecordType): typeof parties {
  return RECORD_TABLES[type] as unknown as typeof parties;
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
      // Qualified by hand: a bare "parent_id" inside the subquery would be p's own.
      parent: sql<
        string | null
      >`(select p.slug from commitments p where p.id = commitments.parent_id)`,
      reviewedOn: commitments.reviewedOn,
      translations: commitments.translations,
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
  const partySlug = (column: string) =>
    sql<string | null>`(select slug from parties where id = ${sql.raw(column)})`;
  const [partyRows, quoteRows, updateRows, linkRows, disputeRows, claimRows] = await Promise.all([
    db
      .select({ party: parties.slug, role: commitmentParties.role })
      .from(commitmentParties)
      .innerJoin(parties, eq(parties.id, commitmentParties.partyId))
      .where(eq(commitmentParties.commitmentId, id))
      .orderBy(asc(commitmentParties.position), asc(parties.slug)),
    db
      .select({ ...quoteColumns, party: speaker, source: sources.slug })
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
        party: partySlug('status_updates.party_id'),
        translations: statusUpdates.translations,
        // status_updates.id qualified by hand: drizzle renders the column as a bare "id",
        // which inside this subquery would mean sources.id.
        sources: sql<
          string[]
        >`coalesce((select array_agg(s.slug order by s.slug) from status_update_sources us join sources s on s.id = us.source_id where us.status_update_id = status_updates.id), '{}')`,
      })
      .from(statusUpdates)
      .where(eq(statusUpdates.commitmentId, id))
      .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id)),
    db
      .select({
        relation: lineageLinks.relation,
        meeting: meetings.slug,
        on: lineageLinks.linkedOn,
        source: sources.slug,
        quoteText: lineageLinks.quoteText,
        quoteForm: lineageLinks.quoteForm,
        kind: lineageLinks.attributionKind,
        who: lineageLinks.attributedTo,
        party: partySlug('lineage_links.speaker_party_id'),
        note: lineageLinks.note,
        translations: lineageLinks.translations,
      })
      .from(lineageLinks)
      .innerJoin(meetings, eq(meetings.id, lineageLinks.meetingId))
      .innerJoin(sources, eq(sources.id, lineageLinks.sourceId))
      .where(eq(lineageLinks.commitmentId, id))
      .orderBy(asc(lineageLinks.position), asc(lineageLinks.id)),
    db
      .select({
        id: disputes.id,
        topic: disputes.topic,
        raisedOn: disputes.raisedOn,
        note: disputes.note,
        resolved: disputes.resolved,
        translations: disputes.translations,
      })
      .from(disputes)
      .where(eq(disputes.commitmentId, id))
      .orderBy(asc(disputes.position), asc(disputes.id)),
    db
      .select({
        disputeId: disputeClaims.disputeId,
        claim: disputeClaims.claim,
        source: sources.slug,
        quoteText: disputeClaims.quoteText,
        kind: disputeClaims.attributionKind,
        who: disputeClaims.attributedTo,
        party: partySlug('dispute_claims.speaker_party_id'),
        translations: disputeClaims.translations,
      })
      .from(disputeClaims)
      .innerJoin(disputes, eq(disputes.id, disputeClaims.disputeId))
      .innerJoin(sources, eq(sources.id, disputeClaims.sourceId))
      .where(eq(disputes.commitmentId, id))
      .orderBy(asc(disputeClaims.position), asc(disputeClaims.id)),
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
    lineage: linkRows.map((l) => ({
      relation: l.relation,
      meeting: l.meeting,
      on: l.on,
      source: l.source,
      quote:
        l.quoteText !== null && l.kind !== null && l.who !== null
          ? {
              text: l.quoteText,
              form: l.quoteForm ?? 'verbatim',
              attribution: { kind: l.kind, who: l.who, party: l.party },
            }
          : null,
      note: l.note,
      translations: l.translations,
    })),
    disputes: disputeRows.map(({ id: disputeId, ...d }) => ({
      ...d,
      claims: claimRows
        .filter((c) => c.disputeId === disputeId)
        .map((c) => ({
          claim: c.claim,
          source: c.source,
          quote:
            c.quoteText !== null && c.kind !== null && c.who !== null
              ? { text: c.quoteText, attribution: { kind: c.kind, who: c.who, party: c.party } }
              : null,
          translations: c.translations,
        })),
    })),
  };
}

async function loadMeeting(db: Database, id: number): Promise<Meeting | null> {
  const [row] = await db
    .select({
      ...meetingColumns,
      // Qualified by hand: drizzle renders a bare "parent_id", which here is p's own.
      parentSlug: sql<
        string | null
      >`(select p.slug from meetings p where p.id = meetings.parent_id)`,
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
      translations: meetingParticipants.translations,
    })
    .from(meetingParticipants)
    .innerJoin(parties, eq(parties.id, meetingParticipants.partyId))
    .where(eq(meetingParticipants.meetingId, id))
    .orderBy(asc(meetingParticipants.position), asc(meetingParticipants.id));
  const [accountRows, accountQuoteRows] = await Promise.all([
    db
      .select({
        id: meetingAccounts.id,
        topic: meetingAccounts.topic,
        note: meetingAccounts.note,
        translations: meetingAccounts.translations,
      })
      .from(meetingAccounts)
      .where(eq(meetingAccounts.meetingId, id))
      .orderBy(asc(meetingAccounts.position), asc(meetingAccounts.id)),
    db
      .select({
        accountId: accountQuotes.accountId,
        text: accountQuotes.text,
        form: accountQuotes.form,
        kind: accountQuotes.attributionKind,
        who: accountQuotes.attributedTo,
        party: sql<
          string | null
        >`(select slug from parties where id = account_quotes.speaker_party_id)`,
        source: sources.slug,
      })
      .from(accountQuotes)
      .innerJoin(meetingAccounts, eq(meetingAccounts.id, accountQuotes.accountId))
      .innerJoin(sources, eq(sources.id, accountQuotes.sourceId))
      .where(eq(meetingAccounts.meetingId, id))
      .orderBy(asc(accountQuotes.position), asc(accountQuotes.id)),
  ]);
  const accounts = accountRows.map(({ id: accountId, ...a }) => ({
    ...a,
    quotes: accountQuoteRows
      .filter((q) => q.accountId === accountId)
      .map((q) => ({
        text: q.text,
        form: q.form,
        attribution: { kind: q.kind, who: q.who, party: q.party },
        source: q.source,
      })),
  }));
  return { ...row, participants, accounts };
}

async function loadParty(db: Database, id: number): Promise<Party | null> {
  const [row] = await db.select(partyColumns).from(parties).where(eq(parties.id, id)).limit(1);
  return row ?? null;
}

async function loadTheme(db: Database, id: number): Promise<Theme | null> {
  const [row] = await db.select(themeColumns).from(themes).where(eq(themes.id, id)).limit(1);
  return row ?? null;
}

async function loadSource(db: Database, id: number): Promise<Source | null> {
  const [row] = await db.select(sourceColumns).from(sources).where(eq(sources.id, id)).limit(1);
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

/** Slugs per query: far below PostgreSQL's 65,535 bind parameters. */
const LOOKUP_CHUNK = 5000;
/** Rows per insert statement in a batch. */
const INSERT_CHUNK = 1000;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const REF_TABLES = {
  meeting: meetings,
  theme: themes,
  party: parties,
  source: sources,
  commitment: commitments,
} as const;

/** The ids of every slug in `slugs` that exists (missing ones fail later, at their field). */
async function lookupRefs(db: Database, slugs: RefSlugs): Promise<Refs> {
  const refs = new Refs();
  for (const kind of Object.keys(REF_TABLES) as RefKind[]) {
    const table = REF_TABLES[kind] as unknown as typeof parties;
    for (const part of chunks([...new Set(slugs[kind])], LOOKUP_CHUNK)) {
      const rows = await db
        .select({ id: table.id, slug: table.slug })
        .from(table)
        .where(inArray(table.slug, part));
      for (const r of rows) refs.ids[kind].set(r.slug, r.id);
    }
  }
  return refs;
}

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
  const refs = await lookupRefs(db, commitmentSlugs(c));
  const row = commitmentRow(c, refs);
  if (row.parentId === id) throw new RecordReferenceError(['parent'], 'parent commitment', c.slug);
  const kids = commitmentChildRows(id, c, refs);
  // Any write of the record voids a scheduled publish (the admin scheduled other text). A
  // scheduled unpublish belongs to that publication: only a record already published keeps it
  // (the scheduler's own publish, or an admin's correction of the live text); otherwise it
  // would fire on a later manual publish nobody scheduled it for.
  const live = c.editorialState === 'published';
  await db
    .update(commitments)
    .set({ ...row, publishAt: null, ...(live ? {} : { unpublishAt: null, scheduledBy: null }) })
    .where(eq(commitments.id, id));

  await db.delete(commitmentParties).where(eq(commitmentParties.commitmentId, id));
  if (kids.parties.length > 0) await db.insert(commitmentParties).values(kids.parties);

  const oldQuotes = await db
    .select({ id: quotes.id })
    .from(quotes)
    .where(eq(quotes.commitmentId, id))
    .orderBy(asc(quotes.position), asc(quotes.id));
  await syncByPosition(
    oldQuotes.map((q) => q.id),
    kids.quotes,
    (quoteId, r) => db.update(quotes).set(r).where(eq(quotes.id, quoteId)),
    (rows) => db.insert(quotes).values(rows),
    (ids) => db.delete(quotes).where(inArray(quotes.id, ids)),
  );

  const oldUpdates = await db
    .select({ id: statusUpdates.id })
    .from(statusUpdates)
    .where(eq(statusUpdates.commitmentId, id))
    .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id));
  const oldIds = oldUpdates.map((u) => u.id);
  if (oldIds.length > 0) {
    await db.delete(statusUpdateSources).where(inArray(statusUpdateSources.statusUpdateId, oldIds));
  }
  await syncByPosition(
    oldIds,
    kids.updates.map((u) => u.row),
    (updateId, r) => db.update(statusUpdates).set(r).where(eq(statusUpdates.id, updateId)),
    (rows) => db.insert(statusUpdates).values(rows),
    (ids) => db.delete(statusUpdates).where(inArray(statusUpdates.id, ids)),
  );
  const newIds = await db
    .select({ id: statusUpdates.id })
    .from(statusUpdates)
    .where(eq(statusUpdates.commitmentId, id))
    .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id));
  const links = kids.updates.flatMap((u, i) =>
    u.sources.map((sourceId) => ({ statusUpdateId: newIds[i]!.id, sourceId })),
  );
  if (links.length > 0) await db.insert(statusUpdateSources).values(links);

  // Lineage links and disputes are not referred to from elsewhere: replaced wholesale.
  await db.delete(lineageLinks).where(eq(lineageLinks.commitmentId, id));
  if (kids.lineage.length > 0) await db.insert(lineageLinks).values(kids.lineage);
  await db.delete(disputes).where(eq(disputes.commitmentId, id));
  await insertDisputes(db, kids.disputes);
}

type CommitmentChildren = ReturnType<typeof commitmentChildRows>;
type MeetingChildren = ReturnType<typeof meetingChildRows>;

/** Inserts disputes, then their claims under the ids the disputes got. */
async function insertDisputes(db: Database, list: CommitmentChildren['disputes']): Promise<void> {
  for (const part of chunks(list, INSERT_CHUNK)) {
    // RETURNING gives a plain multi-row insert's rows in VALUES order.
    const ids = await db
      .insert(disputes)
      .values(part.map((d) => d.row))
      .returning({ id: disputes.id });
    const claims = part.flatMap((d, i) => d.claims.map((k) => ({ ...k, disputeId: ids[i]!.id })));
    for (const claimPart of chunks(claims, INSERT_CHUNK)) {
      await db.insert(disputeClaims).values(claimPart);
    }
  }
}

/** Inserts a meeting's accounts, then their quotes under the ids the accounts got. */
async function insertAccounts(db: Database, list: MeetingChildren['accounts']): Promise<void> {
  for (const part of chunks(list, INSERT_CHUNK)) {
    const ids = await db
      .insert(meetingAccounts)
      .values(part.map((a) => a.row))
      .returning({ id: meetingAccounts.id });
    const rows = part.flatMap((a, i) => a.quotes.map((q) => ({ ...q, accountId: ids[i]!.id })));
    for (const rowPart of chunks(rows, INSERT_CHUNK)) {
      await db.insert(accountQuotes).values(rowPart);
    }
  }
}

async function writeMeeting(db: Database, id: number, m: Meeting): Promise<void> {
  const refs = await lookupRefs(db, meetingSlugs(m));
  const row = meetingRow(m, refs);
  if (row.parentId === id) throw new RecordReferenceError(['parentSlug'], 'parent meeting', m.slug);
  const kids = meetingChildRows(id, m, refs);
  await db.update(meetings).set(row).where(eq(meetings.id, id));
  await db.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, id));
  if (kids.participants.length > 0) {
    await db.insert(meetingParticipants).values(kids.participants);
  }
  await db.delete(meetingAccounts).where(eq(meetingAccounts.meetingId, id));
  await insertAccounts(db, kids.accounts);
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

/**
 * Checks, without writing, that every slug a commitment or meeting refers to exists: a
 * RecordReferenceError names the field, as the write would. For data that waits before it is
 * written (an addition waiting for review), so the editor hears of a bad slug at once.
 */
export async function checkReferences(
  db: Database,
  type: 'commitment' | 'meeting',
  id: number,
  data: Commitment | Meeting,
): Promise<void> {
  if (type === 'commitment') {
    const c = data as Commitment;
    const refs = await lookupRefs(db, commitmentSlugs(c));
    commitmentRow(c, refs);
    commitmentChildRows(id, c, refs);
  } else {
    const m = data as Meeting;
    const refs = await lookupRefs(db, meetingSlugs(m));
    meetingRow(m, refs);
    meetingChildRows(id, m, refs);
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

/**
 * Records in the order their own rows can be inserted: in rounds, each holding only records
 * whose parent (a meeting's parent meeting, a commitment's parent) exists already or was
 * inserted in an earlier round. A parent loop inside the list lands in the last round, where
 * the missing parent is reported at its field.
 */
function rounds<T extends { slug: string }>(list: readonly T[], parentOf: (r: T) => string | null) {
  const inList = new Set(list.map((r) => r.slug));
  const placed = new Set<string>();
  const out: T[][] = [];
  let left = [...list];
  while (left.length > 0) {
    const ready = left.filter((r) => {
      const parent = parentOf(r);
      return parent === null || !inList.has(parent) || placed.has(parent);
    });
    const round = ready.length > 0 ? ready : left; // a loop: let the reference fail loudly
    out.push(round);
    const taken = new Set(round);
    for (const r of round) placed.add(r.slug);
    left = left.filter((r) => !taken.has(r));
  }
  return out;
}

/** Who wrote a record's first version, and how ("create", "seed", "load"), for its revision. */
export interface FirstRevision {
  actor: Actor;
  action: string;
}

export interface InsertRecordsOptions {
  /** Called after each chunk with the number of records inserted so far. */
  progress?: (done: number) => void;
}

/**
 * Inserts new records of one type at version 1, in batches, with each record's version-1
 * revision (its data as given, by `first.actor`), and returns their ids in the order given.
 * The editors' create (`insertRecord`), the seed and the bench's loader all come through
 * here, so the rows a record becomes are spelled out once (`rows.ts`) and every record has
 * a revision for every version from the start. Commitments that arrive published get
 * `arrivalPublishedAt`.
 */
export async function insertRecords<T extends RecordType>(
  db: Database,
  type: T,
  list: readonly RecordData[T][],
  first: FirstRevision,
  options: InsertRecordsOptions = {},
): Promise<number[]> {
  const ids = new Map<string, number>();
  let done = 0;
  const track = (part: readonly { slug: string }[], rows: { id: number; slug: string }[]) => {
    for (const r of rows) ids.set(r.slug, r.id);
    done += part.length;
    options.progress?.(done);
  };
  if (type === 'commitment') {
    const all = list as readonly Commitment[];
    const slugs = emptySlugs();
    for (const c of all) commitmentSlugs(c, slugs);
    const refs = await lookupRefs(db, slugs);
    for (const round of rounds(all, (c) => c.parent)) {
      for (const part of chunks(round, INSERT_CHUNK)) {
        const rows = await db
          .insert(commitments)
          .values(
            part.map((c) => ({ ...commitmentRow(c, refs), publishedAt: arrivalPublishedAt(c) })),
          )
          .returning({ id: commitments.id, slug: commitments.slug });
        for (const r of rows) refs.ids.commitment.set(r.slug, r.id);
        const kids = part.map((c) =>
          commitmentChildRows(refs.ids.commitment.get(c.slug)!, c, refs),
        );
        await insertCommitmentChildren(db, kids);
        track(part, rows);
      }
    }
  } else if (type === 'meeting') {
    const all = list as readonly Meeting[];
    const slugs = emptySlugs();
    for (const m of all) meetingSlugs(m, slugs);
    const refs = await lookupRefs(db, slugs);
    for (const round of rounds(all, (m) => m.parentSlug)) {
      for (const part of chunks(round, INSERT_CHUNK)) {
        const rows = await db
          .insert(meetings)
          .values(part.map((m) => meetingRow(m, refs)))
          .returning({ id: meetings.id, slug: meetings.slug });
        for (const r of rows) refs.ids.meeting.set(r.slug, r.id);
        const kids = part.map((m) => meetingChildRows(refs.ids.meeting.get(m.slug)!, m, refs));
        const participants = kids.flatMap((k) => k.participants);
        for (const p of chunks(participants, INSERT_CHUNK)) {
          await db.insert(meetingParticipants).values(p);
        }
        await insertAccounts(
          db,
          kids.flatMap((k) => k.accounts),
        );
        track(part, rows);
      }
    }
  } else {
    const table = tableOf(type);
    for (const part of chunks(list, INSERT_CHUNK)) {
      const rows = await db
        .insert(table)
        .values(part as (typeof table.$inferInsert)[])
        .returning({ id: table.id, slug: table.slug });
      track(part, rows);
    }
  }
  const ordered = list.map((r) => ids.get(r.slug)!);
  const rows = list.map((data, i) => ({
    recordType: type,
    recordId: ordered[i]!,
    version: 1,
    snapshot: data,
    action: first.action,
    actorId: first.actor.id,
    actorName: first.actor.name,
  }));
  for (const part of chunks(rows, INSERT_CHUNK)) await db.insert(revisions).values(part);
  return ordered;
}

async function insertCommitmentChildren(db: Database, kids: CommitmentChildren[]): Promise<void> {
  for (const p of chunks(
    kids.flatMap((k) => k.parties),
    INSERT_CHUNK,
  )) {
    await db.insert(commitmentParties).values(p);
  }
  for (const q of chunks(
    kids.flatMap((k) => k.quotes),
    INSERT_CHUNK,
  )) {
    await db.insert(quotes).values(q);
  }
  for (const part of chunks(
    kids.flatMap((k) => k.updates),
    INSERT_CHUNK,
  )) {
    const inserted = await db
      .insert(statusUpdates)
      .values(part.map((u) => u.row))
      .returning({ id: statusUpdates.id });
    const links = part.flatMap((u, i) =>
      u.sources.map((sourceId) => ({ statusUpdateId: inserted[i]!.id, sourceId })),
    );
    for (const l of chunks(links, INSERT_CHUNK)) await db.insert(statusUpdateSources).values(l);
  }
  for (const l of chunks(
    kids.flatMap((k) => k.lineage),
    INSERT_CHUNK,
  )) {
    await db.insert(lineageLinks).values(l);
  }
  await insertDisputes(
    db,
    kids.flatMap((k) => k.disputes),
  );
}

/** Inserts one new record at version 1, with its version-1 revision, and returns its id. */
export async function insertRecord<T extends RecordType>(
  db: Database,
  type: T,
  data: RecordData[T],
  first: FirstRevision,
): Promise<number> {
  const [id] = await insertRecords(db, type, [data], first);
  return id!;
}

/** The name in the baseline revisions `storeMissingBaselines` writes. */
export const BASELINE_ACTOR: Actor = { id: null, name: 'seed data' };

/**
 * A data migration, run by `migrateDb` once the schema is current: stores a revision for the
 * current version of every record that has none ("baseline", as the seed's actor). Records
 * written before every writer stored a version-1 revision (a database seeded before
 * revisions existed, or loaded by the bench before this) would otherwise have no version to
 * compare the first edit with or to restore. Reads their rows as `loadRecord` does, so the
 * snapshot is exactly what an editor would have saved; `chunk` records per transaction.
 * Idempotent and safe to run from two processes at once. Returns how many it stored.
 */
export async function storeMissingBaselines(db: Database, chunk = 500): Promise<number> {
  let stored = 0;
  for (const type of Object.keys(RECORD_TABLES) as RecordType[]) {
    const table = tableOf(type);
    const missing = sql`not exists (select 1 from ${revisions} where ${revisions.recordType} = ${type} and ${revisions.recordId} = ${table.id} and ${revisions.version} = ${table.version})`;
    let after = 0;
    for (;;) {
      const ids = await db
        .select({ id: table.id })
        .from(table)
        .where(and(sql`${table.id} > ${after}`, missing))
        .orderBy(asc(table.id))
        .limit(chunk);
      if (ids.length === 0) break;
      after = ids.at(-1)!.id;
      stored += await db.transaction(async (tx) => {
        const rows = [];
        for (const { id } of ids) {
          const current = await loadRecord(tx, type, id);
          if (!current) continue;
          rows.push({
            recordType: type,
            recordId: id,
            version: current.version,
            snapshot: current.data,
            action: 'baseline',
            actorId: BASELINE_ACTOR.id,
            actorName: BASELINE_ACTOR.name,
          });
        }
        if (rows.length > 0) await tx.insert(revisions).values(rows).onConflictDoNothing();
        return rows.length;
      });
    }
  }
  return stored;
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

/**
 * Dates a commitment's first publication (kept when it is published again), in the same
 * transaction as the save that publishes it.
 */
export async function stampPublished(db: Database, id: number): Promise<void> {
  await db
    .update(commitments)
    .set({ publishedAt: sql`coalesce(${commitments.publishedAt}, now())` })
    .where(eq(commitments.id, id));
}

/**
 * Sets or clears a commitment's schedule (when the scheduler publishes it and returns it to
 * draft) and who set it, in the caller's transaction. Runs after writeRecord, which clears
 * the schedule on every other write.
 */
export async function setCommitmentSchedule(
  db: Database,
  id: number,
  schedule: { publishAt: Date | null; unpublishAt: Date | null; by: string | null },
): Promise<void> {
  const none = schedule.publishAt === null && schedule.unpublishAt === null;
  await db
    .update(commitments)
    .set({
      publishAt: schedule.publishAt,
      unpublishAt: schedule.unpublishAt,
      scheduledBy: none ? null : schedule.by,
    })
    .where(eq(commitments.id, id));
}

/**
 * Where each reference type is used: `table.column` pairs whose rows refer to it. A record
 * used anywhere cannot be deleted; `countUsesOf` adds them up.
 */
const USES: Record<RecordType, readonly (readonly [string, string])[]> = {
  commitment: [],
  meeting: [
    ['commitments', 'meeting_id'],
    ['meetings', 'parent_id'],
    ['lineage_links', 'meeting_id'],
  ],
  party: [
    ['commitment_parties', 'party_id'],
    ['quotes', 'speaker_party_id'],
    ['meeting_participants', 'party_id'],
    ['status_updates', 'party_id'],
    ['account_quotes', 'speaker_party_id'],
    ['lineage_links', 'speaker_party_id'],
    ['dispute_claims', 'speaker_party_id'],
  ],
  theme: [['commitments', 'theme_id']],
  source: [
    ['quotes', 'source_id'],
    ['status_update_sources', 'source_id'],
    ['lineage_links', 'source_id'],
    ['dispute_claims', 'source_id'],
    ['account_quotes', 'source_id'],
  ],
};

/**
 * How many rows refer to each of `ids`, in one grouped query whatever the number of ids:
 * a list page counts its rows' uses at once rather than one query per row. Ids nobody uses
 * are absent from the map (read them as 0).
 */
export async function countUsesOf(
  db: Database,
  type: RecordType,
  ids: readonly number[],
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  const uses = USES[type];
  const unique = [...new Set(ids)];
  if (uses.length === 0 || unique.length === 0) return counts;
  const list = sql.join(
    unique.map((id) => sql`${id}::int`),
    sql`, `,
  );
  const parts = uses.map(
    ([table, column]) =>
      sql`select ${sql.identifier(column)} as id, count(*) as n from ${sql.identifier(table)} where ${sql.identifier(column)} in (${list}) group by 1`,
  );
  const result = await db.execute<{ id: number; n: number | string }>(
    sql`select id, sum(n)::int as n from (${sql.join(parts, sql` union all `)}) u group by id`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    id: number;
    n: number | string;
  }[];
  for (const r of rows) counts.set(Number(r.id), Number(r.n));
  return counts;
}

/** How many rows refer to a record (a record in use cannot be deleted). */
export async function countUses(db: Database, type: RecordType, id: number): Promise<number> {
  return (await countUsesOf(db, type, [id])).get(id) ?? 0;
}

/** Deletes a record's row (children go with it through their foreign keys). */
export async function deleteRecord(db: Database, type: RecordType, id: number): Promise<void> {
  const table = tableOf(type);
  await db.delete(table).where(eq(table.id, id));
}
export * from './columns';
export * from './history';
export * from './pending';
export { RecordReferenceError } from './rows';
