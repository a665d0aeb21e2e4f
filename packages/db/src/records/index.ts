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
      // Qualified by hand: a bare "parent_id" inside the subquery would be p's own.
      parent: sql<
        string | null
      >`(select p.slug from commitments p where p.id = commitments.parent_id)`,
      reviewedOn: commitments.reviewedOn,
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
        party: partySlug('status_updates.party_id'),
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
        })),
    })),
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
  const [accountRows, accountQuoteRows] = await Promise.all([
    db
      .select({ id: meetingAccounts.id, topic: meetingAccounts.topic, note: meetingAccounts.note })
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
      reliability: sources.reliability,
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
  const lineage = c.lineage ?? [];
  const disputeList = c.disputes ?? [];
  const partySlugs = [
    ...c.parties.map((p) => p.party),
    ...c.quotes.flatMap((q) => (q.attribution.party ? [q.attribution.party] : [])),
    ...c.history.flatMap((u) => (u.party ? [u.party] : [])),
    ...lineage.flatMap((l) => (l.quote?.attribution.party ? [l.quote.attribution.party] : [])),
    ...disputeList.flatMap((d) =>
      d.claims.flatMap((k) => (k.quote?.attribution.party ? [k.quote.attribution.party] : [])),
    ),
  ];
  const sourceSlugs = [
    ...c.quotes.map((q) => q.source),
    ...c.history.flatMap((u) => u.sources),
    ...lineage.map((l) => l.source),
    ...disputeList.flatMap((d) => d.claims.map((k) => k.source)),
  ];
  const [meetingIds, themeIds, partyIds, sourceIds, parentIds] = await Promise.all([
    idsBySlug(db, meetings, [c.meeting, ...lineage.map((l) => l.meeting)]),
    idsBySlug(db, themes, [c.theme]),
    idsBySlug(db, parties, partySlugs),
    idsBySlug(db, sources, sourceSlugs),
    idsBySlug(db, commitments, c.parent ? [c.parent] : []),
  ]);
  const parentId = c.parent ? resolve(parentIds, c.parent, 'commitment', ['parent']) : null;
  if (parentId === id) throw new RecordReferenceError(['parent'], 'parent commitment', c.slug);
  const speaker = (slug: string | null | undefined, path: string[]) =>
    slug ? resolve(partyIds, slug, 'party', path) : null;
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
      parentId,
      reviewedOn: c.reviewedOn ?? null,
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
  const updateRows = history.map((u, i) => ({
    commitmentId: id,
    effectiveOn: u.effectiveOn,
    status: u.status,
    note: u.note,
    author: u.author,
    partyId: speaker(u.party, ['history', String(i), 'party']),
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

  // Lineage links and disputes are not referred to from elsewhere: replaced wholesale.
  await db.delete(lineageLinks).where(eq(lineageLinks.commitmentId, id));
  if (lineage.length > 0) {
    await db.insert(lineageLinks).values(
      lineage.map((l, i) => ({
        commitmentId: id,
        relation: l.relation,
        meetingId: resolve(meetingIds, l.meeting, 'meeting', ['lineage', String(i), 'meeting']),
        linkedOn: l.on,
        sourceId: resolve(sourceIds, l.source, 'source', ['lineage', String(i), 'source']),
        quoteText: l.quote?.text ?? null,
        quoteForm: l.quote?.form ?? null,
        attributionKind: l.quote?.attribution.kind ?? null,
        attributedTo: l.quote?.attribution.who ?? null,
        speakerPartyId: speaker(l.quote?.attribution.party, [
          'lineage',
          String(i),
          'quote',
          'attribution',
          'party',
        ]),
        note: l.note,
        position: i,
      })),
    );
  }
  await db.delete(disputes).where(eq(disputes.commitmentId, id));
  for (const [i, d] of disputeList.entries()) {
    const [row] = await db
      .insert(disputes)
      .values({
        commitmentId: id,
        topic: d.topic,
        raisedOn: d.raisedOn,
        note: d.note,
        resolved: d.resolved,
        position: i,
      })
      .returning({ id: disputes.id });
    await db.insert(disputeClaims).values(
      d.claims.map((k, j) => ({
        disputeId: row!.id,
        claim: k.claim,
        sourceId: resolve(sourceIds, k.source, 'source', [
          'disputes',
          String(i),
          'claims',
          String(j),
          'source',
        ]),
        quoteText: k.quote?.text ?? null,
        quoteForm: k.quote ? ('verbatim' as const) : null,
        attributionKind: k.quote?.attribution.kind ?? null,
        attributedTo: k.quote?.attribution.who ?? null,
        speakerPartyId: speaker(k.quote?.attribution.party, [
          'disputes',
          String(i),
          'claims',
          String(j),
          'quote',
          'attribution',
          'party',
        ]),
        position: j,
      })),
    );
  }
}

async function writeMeeting(db: Database, id: number, m: Meeting): Promise<void> {
  const [parentIds, partyIds] = await Promise.all([
    idsBySlug(db, meetings, m.parentSlug ? [m.parentSlug] : []),
    idsBySlug(db, parties, [
      ...m.participants.map((p) => p.party),
      ...(m.accounts ?? []).flatMap((a) =>
        a.quotes.flatMap((q) => (q.attribution.party ? [q.attribution.party] : [])),
      ),
    ]),
  ]);
  const accounts = m.accounts ?? [];
  const sourceIds = await idsBySlug(
    db,
    sources,
    accounts.flatMap((a) => a.quotes.map((q) => q.source)),
  );
  const parentId = m.parentSlug
    ? resolve(parentIds, m.parentSlug, 'meeting', ['parentSlug'])
    : null;
  if (parentId === id) throw new RecordReferenceError(['parentSlug'], 'parent meeting', m.slug);
  const { participants, parentSlug: _parent, accounts: _accounts, ...fields } = m;
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
  await db.delete(meetingAccounts).where(eq(meetingAccounts.meetingId, id));
  for (const [i, a] of accounts.entries()) {
    const [row] = await db
      .insert(meetingAccounts)
      .values({ meetingId: id, topic: a.topic, note: a.note, position: i })
      .returning({ id: meetingAccounts.id });
    await db.insert(accountQuotes).values(
      a.quotes.map((q, j) => {
        const path = ['accounts', String(i), 'quotes', String(j)];
        return {
          accountId: row!.id,
          sourceId: resolve(sourceIds, q.source, 'source', [...path, 'source']),
          text: q.text,
          form: q.form,
          attributionKind: q.attribution.kind,
          attributedTo: q.attribution.who,
          speakerPartyId: q.attribution.party
            ? resolve(partyIds, q.attribution.party, 'party', [...path, 'attribution', 'party'])
            : null,
          position: j,
        };
      }),
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
      const { participants: _p, parentSlug: _s, accounts: _a, ...fields } = m;
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
        sql`select (select count(*) from commitments where meeting_id = ${id}) + (select count(*) from meetings where parent_id = ${id}) + (select count(*) from lineage_links where meeting_id = ${id}) as n`,
      );
    case 'party':
      return count(
        sql`select (select count(*) from commitment_parties where party_id = ${id}) + (select count(*) from quotes where speaker_party_id = ${id}) + (select count(*) from meeting_participants where party_id = ${id}) + (select count(*) from status_updates where party_id = ${id}) + (select count(*) from account_quotes where speaker_party_id = ${id}) + (select count(*) from lineage_links where speaker_party_id = ${id}) + (select count(*) from dispute_claims where speaker_party_id = ${id}) as n`,
      );
    case 'theme':
      return count(sql`select count(*) as n from commitments where theme_id = ${id}`);
    case 'source':
      return count(
        sql`select (select count(*) from quotes where source_id = ${id}) + (select count(*) from status_update_sources where source_id = ${id}) + (select count(*) from lineage_links where source_id = ${id}) + (select count(*) from dispute_claims where source_id = ${id}) + (select count(*) from account_quotes where source_id = ${id}) as n`,
      );
  }
}

/** Deletes a record's row (children go with it through their foreign keys). */
export async function deleteRecord(db: Database, type: RecordType, id: number): Promise<void> {
  const table = tableOf(type);
  await db.delete(table).where(eq(table.id, id));
}
export * from './history';
