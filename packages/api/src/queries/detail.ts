import {
  type CommitmentDetail,
  type CommitmentRef,
  type CommitmentStatus,
  type DisputeView,
  type EditorialState,
  isOverdue,
  type LineageLinkView,
  type MeetingDetail,
  partyTracks,
  type PartyTrackView,
  type QuoteView,
  statusSince,
  type StatusUpdateView,
  todayIso,
  translationsView,
} from '@accord/domain';
import {
  accountQuotes,
  commitments,
  type Database,
  disputeClaims,
  disputes,
  lineageLinks,
  meetingAccounts,
  meetings,
  parties,
  quoteColumns,
  quotes,
  sourceRefColumns,
  sources,
  statusUpdates,
  statusUpdateSources,
  themes,
} from '@accord/db';
import { and, asc, eq, inArray, lte, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  existedOnSql,
  hydrateListItems,
  isPublished,
  listColumnsFor,
  reviewedOnAsOf,
  statusSql,
  toTarget,
} from './commitments';
import { TRPCError } from '@trpc/server';
import {
  attributionOf,
  nameTranslations,
  partyRefOf,
  refOf,
  speakerTranslations,
  titleTranslations,
} from './refs';

/**
 * The detail views: a commitment with its history, party tracks, lineage and disputes, and
 * the parts of a meeting page beyond its commitments (accounts, lineage). Every read takes an
 * optional `asOf`: then only what had happened by the end of that day is shown.
 */

const speaker = alias(parties, 'speaker');

/** 404 for a record that does not exist, or did not yet exist on `asOf`. */
export function notFoundAsOf(kind: string, slug: string, asOf: string | undefined): TRPCError {
  return new TRPCError({
    code: 'NOT_FOUND',
    message:
      asOf === undefined
        ? `No ${kind} with slug "${slug}".`
        : `No ${kind} with slug "${slug}" as of ${asOf}.`,
  });
}

/** Published commitments matching `where` as short references, with status as of `asOf`. */
export async function commitmentRefs(
  db: Database,
  where: SQL | undefined,
  asOf: string | undefined,
): Promise<(CommitmentRef & { id: number })[]> {
  const rows = await db
    .select({
      id: commitments.id,
      slug: commitments.slug,
      title: commitments.title,
      translations: titleTranslations(commitments.translations),
      status: statusSql(asOf),
      targetDate: commitments.targetDate,
      targetPrecision: commitments.targetPrecision,
      targetQualifier: commitments.targetQualifier,
      targetNote: commitments.targetNote,
    })
    .from(commitments)
    .where(and(isPublished, asOf ? existedOnSql(asOf) : undefined, where))
    .orderBy(asc(commitments.id))
    // Sub-commitments are dated parts of one pledge: a handful, never thousands.
    .limit(200);
  const day = asOf ?? todayIso();
  return rows.map((r) => {
    const target = toTarget(r);
    return {
      id: r.id,
      ...refOf({ slug: r.slug, title: r.title, translations: r.translations }),
      status: r.status,
      target,
      overdue: isOverdue(target, r.status, day),
    };
  });
}

function quoteOf(
  text: string | null,
  kind: QuoteView['attribution']['kind'] | null,
  who: string | null,
  party: string | null,
  partyName: string | null,
  partyTranslations: unknown,
) {
  return text !== null && kind !== null && who !== null
    ? { text, attribution: attributionOf(kind, who, party, partyName, partyTranslations) }
    : null;
}

/** A published commitment as readers see it, as it stood at the end of `asOf` when given. */
export async function commitmentDetail(
  db: Database,
  slug: string,
  asOf: string | undefined,
): Promise<CommitmentDetail> {
  const { detail } = await detailWhere(
    db,
    and(eq(commitments.slug, slug), isPublished, asOf ? existedOnSql(asOf) : undefined)!,
    asOf,
    () => notFoundAsOf('commitment', slug, asOf),
  );
  return detail;
}

/** A commitment as readers would see it, with the editorial state it is in. */
export type CommitmentPreview = CommitmentDetail & { editorialState: EditorialState };

/**
 * Any commitment, in whatever editorial state, as readers would see it once published: the
 * editors' preview. The same view as `commitmentDetail`, read by id; only the commitment
 * itself may be unpublished (its parent and sub-commitments are shown only when published, as
 * on the public page).
 */
export async function commitmentPreview(db: Database, id: number): Promise<CommitmentPreview> {
  const { detail, editorialState } = await detailWhere(
    db,
    eq(commitments.id, id),
    undefined,
    () => new TRPCError({ code: 'NOT_FOUND', message: `No commitment with id ${id}.` }),
  );
  return { ...detail, editorialState };
}

async function detailWhere(
  db: Database,
  where: SQL,
  asOf: string | undefined,
  notFound: () => TRPCError,
): Promise<{ detail: CommitmentDetail; editorialState: EditorialState }> {
  const [row] = await db
    .select({
      ...listColumnsFor(asOf),
      version: commitments.version,
      publishedAt: commitments.publishedAt,
      parentId: commitments.parentId,
      editorialState: commitments.editorialState,
    })
    .from(commitments)
    .innerJoin(themes, eq(themes.id, commitments.themeId))
    .innerJoin(meetings, eq(meetings.id, commitments.meetingId))
    .where(where)
    .limit(1);
  if (!row) throw notFound();

  const updatedBy = alias(parties, 'assessed');
  const [[item], quoteRows, updateRows, linkRows, disputeRows, parentRefs, subRefs] =
    await Promise.all([
      hydrateListItems(db, [row], { asOf }),
      db
        .select({
          id: quotes.id,
          ...quoteColumns,
          partySlug: speaker.slug,
          partyName: speaker.name,
          partyTranslations: speakerTranslations(speaker.translations),
          source: sourceRefColumns,
        })
        .from(quotes)
        .innerJoin(sources, eq(sources.id, quotes.sourceId))
        .leftJoin(speaker, eq(speaker.id, quotes.speakerPartyId))
        .where(eq(quotes.commitmentId, row.id))
        .orderBy(asc(quotes.position), asc(quotes.id)),
      db
        .select({
          id: statusUpdates.id,
          effectiveOn: statusUpdates.effectiveOn,
          status: statusUpdates.status,
          note: statusUpdates.note,
          author: statusUpdates.author,
          translations: statusUpdates.translations,
          partySlug: updatedBy.slug,
          partyName: updatedBy.name,
          partyShortName: updatedBy.shortName,
          partyTranslations: nameTranslations(updatedBy.translations),
        })
        .from(statusUpdates)
        .leftJoin(updatedBy, eq(updatedBy.id, statusUpdates.partyId))
        .where(
          and(
            eq(statusUpdates.commitmentId, row.id),
            asOf ? lte(statusUpdates.effectiveOn, asOf) : undefined,
          ),
        )
        .orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id)),
      db
        .select({
          relation: lineageLinks.relation,
          on: lineageLinks.linkedOn,
          meeting: {
            slug: meetings.slug,
            title: meetings.title,
            translations: titleTranslations(meetings.translations),
            startsOn: meetings.startsOn,
          },
          source: sourceRefColumns,
          quoteText: lineageLinks.quoteText,
          quoteForm: lineageLinks.quoteForm,
          kind: lineageLinks.attributionKind,
          who: lineageLinks.attributedTo,
          partySlug: speaker.slug,
          partyName: speaker.name,
          partyTranslations: speakerTranslations(speaker.translations),
          note: lineageLinks.note,
          translations: lineageLinks.translations,
        })
        .from(lineageLinks)
        .innerJoin(meetings, eq(meetings.id, lineageLinks.meetingId))
        .innerJoin(sources, eq(sources.id, lineageLinks.sourceId))
        .leftJoin(speaker, eq(speaker.id, lineageLinks.speakerPartyId))
        .where(
          and(
            eq(lineageLinks.commitmentId, row.id),
            asOf ? lte(lineageLinks.linkedOn, asOf) : undefined,
          ),
        )
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
        .where(
          and(eq(disputes.commitmentId, row.id), asOf ? lte(disputes.raisedOn, asOf) : undefined),
        )
        .orderBy(asc(disputes.position), asc(disputes.id)),
      row.parentId === null ? [] : commitmentRefs(db, eq(commitments.id, row.parentId), asOf),
      commitmentRefs(db, eq(commitments.parentId, row.id), asOf),
    ]);
  if (!item) throw notFound();

  const [updateSources, claimRows] = await Promise.all([
    updateRows.length === 0
      ? []
      : db
          .select({ updateId: statusUpdateSources.statusUpdateId, ...sourceRefColumns })
          .from(statusUpdateSources)
          .innerJoin(sources, eq(sources.id, statusUpdateSources.sourceId))
          .where(
            inArray(
              statusUpdateSources.statusUpdateId,
              updateRows.map((u) => u.id),
            ),
          )
          .orderBy(asc(sources.publishedOn), asc(sources.id)),
    disputeRows.length === 0
      ? []
      : db
          .select({
            disputeId: disputeClaims.disputeId,
            claim: disputeClaims.claim,
            source: sourceRefColumns,
            quoteText: disputeClaims.quoteText,
            kind: disputeClaims.attributionKind,
            who: disputeClaims.attributedTo,
            partySlug: speaker.slug,
            partyName: speaker.name,
            partyTranslations: speakerTranslations(speaker.translations),
            translations: disputeClaims.translations,
          })
          .from(disputeClaims)
          .innerJoin(sources, eq(sources.id, disputeClaims.sourceId))
          .leftJoin(speaker, eq(speaker.id, disputeClaims.speakerPartyId))
          .where(
            inArray(
              disputeClaims.disputeId,
              disputeRows.map((d) => d.id),
            ),
          )
          .orderBy(asc(disputeClaims.position), asc(disputeClaims.id)),
  ]);

  const history: StatusUpdateView[] = updateRows.map((u) => ({
    id: u.id,
    effectiveOn: u.effectiveOn,
    status: u.status,
    note: u.note,
    author: u.author,
    translations: translationsView({ note: u.note }, u.translations),
    sources: updateSources
      .filter((s) => s.updateId === u.id)
      .map(({ updateId: _updateId, ...source }) => source),
    party:
      u.partySlug !== null && u.partyName !== null && u.partyShortName !== null
        ? partyRefOf({
            slug: u.partySlug,
            name: u.partyName,
            shortName: u.partyShortName,
            translations: u.partyTranslations,
          })
        : null,
  }));
  const tracks: PartyTrackView[] = partyTracks(
    history.map((u) => ({ ...u, party: u.party?.slug ?? null, view: u })),
  ).map((track) => {
    const last = track.updates.at(-1)!;
    return {
      party: last.view.party!,
      status: last.status,
      // Within a track every update is "overall" for statusSince's purpose.
      statusSince: statusSince(
        track.updates.map((u) => ({ effectiveOn: u.effectiveOn, status: u.status })),
      )!,
    };
  });
  const lineage: LineageLinkView[] = linkRows.map((l) => {
    const quote = quoteOf(
      l.quoteText,
      l.kind,
      l.who,
      l.partySlug,
      l.partyName,
      l.partyTranslations,
    );
    return {
      relation: l.relation,
      meeting: refOf(l.meeting),
      on: l.on,
      source: l.source,
      quote: quote ? { ...quote, form: l.quoteForm ?? 'verbatim' } : null,
      note: l.note,
      translations: translationsView({ note: l.note ?? '' }, l.translations),
    };
  });
  const disputeViews: DisputeView[] = disputeRows.map(({ id, translations, ...d }) => ({
    ...d,
    translations: translationsView({ topic: d.topic, note: d.note }, translations),
    claims: claimRows
      .filter((c) => c.disputeId === id)
      .map((c) => ({
        claim: c.claim,
        source: c.source,
        quote: quoteOf(c.quoteText, c.kind, c.who, c.partySlug, c.partyName, c.partyTranslations),
        translations: translationsView({ claim: c.claim }, c.translations),
      })),
  }));
  const quoteViews: QuoteView[] = quoteRows.map((q) => ({
    id: q.id,
    text: q.text,
    form: q.form,
    attribution: attributionOf(q.kind, q.who, q.partySlug, q.partyName, q.partyTranslations),
    source: q.source,
  }));
  const ref = ({ id: _id, ...r }: CommitmentRef & { id: number }): CommitmentRef => r;
  const detail: CommitmentDetail = {
    ...item,
    quotes: quoteViews,
    history,
    tracks,
    lineage,
    disputes: disputeViews,
    parent: parentRefs[0] ? ref(parentRefs[0]) : null,
    subCommitments: subRefs.map(ref),
    reviewedOn: reviewedOnAsOf(row.reviewedOn, asOf),
    asOf: asOf ?? null,
    publishedAt: row.publishedAt,
    version: row.version,
  };
  return { detail, editorialState: row.editorialState };
}

/** How each government described a meeting, topic by topic, each quote with its source. */
export async function meetingAccountViews(
  db: Database,
  meetingId: number,
): Promise<MeetingDetail['accounts']> {
  const [accountRows, quoteRows] = await Promise.all([
    db
      .select({
        id: meetingAccounts.id,
        topic: meetingAccounts.topic,
        note: meetingAccounts.note,
        translations: meetingAccounts.translations,
      })
      .from(meetingAccounts)
      .where(eq(meetingAccounts.meetingId, meetingId))
      .orderBy(asc(meetingAccounts.position), asc(meetingAccounts.id)),
    db
      .select({
        accountId: accountQuotes.accountId,
        text: accountQuotes.text,
        form: accountQuotes.form,
        kind: accountQuotes.attributionKind,
        who: accountQuotes.attributedTo,
        partySlug: speaker.slug,
        partyName: speaker.name,
        partyTranslations: speakerTranslations(speaker.translations),
        source: sourceRefColumns,
      })
      .from(accountQuotes)
      .innerJoin(meetingAccounts, eq(meetingAccounts.id, accountQuotes.accountId))
      .innerJoin(sources, eq(sources.id, accountQuotes.sourceId))
      .leftJoin(speaker, eq(speaker.id, accountQuotes.speakerPartyId))
      .where(eq(meetingAccounts.meetingId, meetingId))
      .orderBy(asc(accountQuotes.position), asc(accountQuotes.id)),
  ]);
  return accountRows.map(({ id, translations, ...account }) => ({
    ...account,
    translations: translationsView({ topic: account.topic, note: account.note }, translations),
    quotes: quoteRows
      .filter((q) => q.accountId === id)
      .map((q) => ({
        text: q.text,
        form: q.form,
        attribution: attributionOf(q.kind, q.who, q.partySlug, q.partyName, q.partyTranslations),
        source: q.source,
      })),
  }));
}

/**
 * Published commitments of other meetings linked to this one ("what was restated here"),
 * oldest link first; as of `asOf`, only links made and commitments existing by then.
 */
export async function meetingLineageViews(
  db: Database,
  meetingId: number,
  asOf: string | undefined,
): Promise<MeetingDetail['lineage']> {
  const madeAt = alias(meetings, 'made_at');
  const status = statusSql(asOf);
  const rows = await db
    .select({
      relation: lineageLinks.relation,
      on: lineageLinks.linkedOn,
      source: sourceRefColumns,
      quoteText: lineageLinks.quoteText,
      kind: lineageLinks.attributionKind,
      who: lineageLinks.attributedTo,
      partySlug: speaker.slug,
      partyName: speaker.name,
      partyTranslations: speakerTranslations(speaker.translations),
      slug: commitments.slug,
      title: commitments.title,
      commitmentTranslations: titleTranslations(commitments.translations),
      status,
      targetDate: commitments.targetDate,
      targetPrecision: commitments.targetPrecision,
      targetQualifier: commitments.targetQualifier,
      targetNote: commitments.targetNote,
      meeting: {
        slug: madeAt.slug,
        title: madeAt.title,
        translations: titleTranslations(madeAt.translations),
      },
    })
    .from(lineageLinks)
    .innerJoin(commitments, and(eq(commitments.id, lineageLinks.commitmentId), isPublished))
    .innerJoin(madeAt, eq(madeAt.id, commitments.meetingId))
    .innerJoin(sources, eq(sources.id, lineageLinks.sourceId))
    .leftJoin(speaker, eq(speaker.id, lineageLinks.speakerPartyId))
    .where(
      and(
        eq(lineageLinks.meetingId, meetingId),
        ne(commitments.meetingId, meetingId),
        asOf ? and(lte(lineageLinks.linkedOn, asOf), existedOnSql(asOf)) : undefined,
      ),
    )
    .orderBy(asc(lineageLinks.linkedOn), asc(commitments.id), asc(lineageLinks.position))
    // A summit restates at most a few hundred earlier pledges; the page lists them all.
    .limit(1000);
  const day = asOf ?? todayIso();
  return rows.map((r) => {
    const target = toTarget(r);
    const commitmentStatus: CommitmentStatus = r.status;
    return {
      relation: r.relation,
      on: r.on,
      source: r.source,
      quote: quoteOf(r.quoteText, r.kind, r.who, r.partySlug, r.partyName, r.partyTranslations),
      commitment: {
        ...refOf({ slug: r.slug, title: r.title, translations: r.commitmentTranslations }),
        status: commitmentStatus,
        target,
        overdue: isOverdue(target, commitmentStatus, day),
        meeting: refOf(r.meeting),
      },
    };
  });
}
