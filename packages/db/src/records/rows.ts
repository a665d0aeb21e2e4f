import { type Commitment, currentStatus, type Meeting, sortHistory } from '@accord/domain';

/**
 * How a record in its domain shape (references by slug) becomes rows: pure functions, no
 * database. The editors' writes (`writeRecord`) and the batch insert (`insertRecords`, used by
 * the seed and the bench's loader) both build their rows here, so the mapping is spelled out
 * once.
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

export type RefKind = 'meeting' | 'theme' | 'party' | 'source' | 'commitment';

/** The slugs a record refers to, by kind. */
export type RefSlugs = Record<RefKind, string[]>;

/** Ids by slug for each kind of record a record may refer to. */
export class Refs {
  readonly ids: Record<RefKind, Map<string, number>> = {
    meeting: new Map(),
    theme: new Map(),
    party: new Map(),
    source: new Map(),
    commitment: new Map(),
  };

  /** The id of `slug`, or a RecordReferenceError naming the field at `path`. */
  id(kind: RefKind, slug: string, path: string[]): number {
    const id = this.ids[kind].get(slug);
    if (id === undefined) throw new RecordReferenceError(path, `${kind}`, slug);
    return id;
  }

  /** The id of an optional reference: null stays null. */
  optional(kind: RefKind, slug: string | null | undefined, path: string[]): number | null {
    return slug ? this.id(kind, slug, path) : null;
  }
}

export function emptySlugs(): RefSlugs {
  return { meeting: [], theme: [], party: [], source: [], commitment: [] };
}

/** Everything a commitment refers to by slug. */
export function commitmentSlugs(c: Commitment, into: RefSlugs = emptySlugs()): RefSlugs {
  const lineage = c.lineage ?? [];
  const disputes = c.disputes ?? [];
  into.meeting.push(c.meeting, ...lineage.map((l) => l.meeting));
  into.theme.push(c.theme);
  if (c.parent) into.commitment.push(c.parent);
  into.party.push(
    ...c.parties.map((p) => p.party),
    ...c.quotes.flatMap((q) => (q.attribution.party ? [q.attribution.party] : [])),
    ...c.history.flatMap((u) => (u.party ? [u.party] : [])),
    ...lineage.flatMap((l) => (l.quote?.attribution.party ? [l.quote.attribution.party] : [])),
    ...disputes.flatMap((d) =>
      d.claims.flatMap((k) => (k.quote?.attribution.party ? [k.quote.attribution.party] : [])),
    ),
  );
  into.source.push(
    ...c.quotes.map((q) => q.source),
    ...c.history.flatMap((u) => u.sources),
    ...lineage.map((l) => l.source),
    ...disputes.flatMap((d) => d.claims.map((k) => k.source)),
  );
  return into;
}

/** Everything a meeting refers to by slug. */
export function meetingSlugs(m: Meeting, into: RefSlugs = emptySlugs()): RefSlugs {
  if (m.parentSlug) into.meeting.push(m.parentSlug);
  const accounts = m.accounts ?? [];
  into.party.push(
    ...m.participants.map((p) => p.party),
    ...accounts.flatMap((a) =>
      a.quotes.flatMap((q) => (q.attribution.party ? [q.attribution.party] : [])),
    ),
  );
  into.source.push(...accounts.flatMap((a) => a.quotes.map((q) => q.source)));
  return into;
}

/** The columns of a commitment's own row. */
export function commitmentRow(c: Commitment, refs: Refs) {
  return {
    slug: c.slug,
    meetingId: refs.id('meeting', c.meeting, ['meeting']),
    themeId: refs.id('theme', c.theme, ['theme']),
    tags: c.tags,
    title: c.title,
    summary: c.summary,
    strength: c.strength,
    status: currentStatus(sortHistory(c.history)),
    targetDate: c.target?.date ?? null,
    targetPrecision: c.target?.precision ?? null,
    targetQualifier: c.target?.qualifier ?? null,
    targetNote: c.target?.note ?? null,
    editorialState: c.editorialState,
    parentId: refs.optional('commitment', c.parent, ['parent']),
    reviewedOn: c.reviewedOn ?? null,
    // Data written before translations existed (an old revision, a generated dataset) has none.
    translations: c.translations ?? {},
  };
}

/**
 * When a commitment that arrives already published (the seed, a generated dataset) was
 * published: the day its first update took effect, so the changes feed's order stays true.
 */
export function arrivalPublishedAt(c: Commitment): Date | null {
  if (c.editorialState !== 'published') return null;
  const first = c.history.map((u) => u.effectiveOn).sort()[0] ?? '2000-01-01';
  return new Date(`${first}T00:00:00Z`);
}

/** The rows under a commitment, in their stored order (position = index). */
export function commitmentChildRows(commitmentId: number, c: Commitment, refs: Refs) {
  const history = sortHistory(c.history);
  const at = (...path: (string | number)[]) => path.map(String);
  return {
    parties: c.parties.map((p, position) => ({
      commitmentId,
      partyId: refs.id('party', p.party, at('parties', position, 'party')),
      role: p.role,
      position,
    })),
    quotes: c.quotes.map((q, position) => ({
      commitmentId,
      sourceId: refs.id('source', q.source, at('quotes', position, 'source')),
      text: q.text,
      form: q.form,
      attributionKind: q.attribution.kind,
      attributedTo: q.attribution.who,
      speakerPartyId: refs.optional(
        'party',
        q.attribution.party,
        at('quotes', position, 'attribution', 'party'),
      ),
      position,
    })),
    /** In effective-date order; `sources` are the ids each update cites (no repeats). */
    updates: history.map((u, i) => ({
      row: {
        commitmentId,
        effectiveOn: u.effectiveOn,
        status: u.status,
        note: u.note,
        author: u.author,
        partyId: refs.optional('party', u.party, at('history', i, 'party')),
        // Data written before updates had translations (an old revision) has none.
        translations: u.translations ?? {},
      },
      sources: [...new Set(u.sources)].map((slug) =>
        refs.id('source', slug, at('history', i, 'sources')),
      ),
    })),
    lineage: (c.lineage ?? []).map((l, i) => ({
      commitmentId,
      relation: l.relation,
      meetingId: refs.id('meeting', l.meeting, at('lineage', i, 'meeting')),
      linkedOn: l.on,
      sourceId: refs.id('source', l.source, at('lineage', i, 'source')),
      quoteText: l.quote?.text ?? null,
      quoteForm: l.quote?.form ?? null,
      attributionKind: l.quote?.attribution.kind ?? null,
      attributedTo: l.quote?.attribution.who ?? null,
      speakerPartyId: refs.optional(
        'party',
        l.quote?.attribution.party,
        at('lineage', i, 'quote', 'attribution', 'party'),
      ),
      note: l.note,
      // Data written before links had translations (an old revision) has none.
      translations: l.translations ?? {},
      position: i,
    })),
    disputes: (c.disputes ?? []).map((d, i) => ({
      row: {
        commitmentId,
        topic: d.topic,
        raisedOn: d.raisedOn,
        note: d.note,
        resolved: d.resolved,
        translations: d.translations ?? {},
        position: i,
      },
      /** Claims without their dispute's id, which the insert gives. */
      claims: d.claims.map((k, j) => ({
        claim: k.claim,
        sourceId: refs.id('source', k.source, at('disputes', i, 'claims', j, 'source')),
        quoteText: k.quote?.text ?? null,
        quoteForm: k.quote ? ('verbatim' as const) : null,
        attributionKind: k.quote?.attribution.kind ?? null,
        attributedTo: k.quote?.attribution.who ?? null,
        speakerPartyId: refs.optional(
          'party',
          k.quote?.attribution.party,
          at('disputes', i, 'claims', j, 'quote', 'attribution', 'party'),
        ),
        translations: k.translations ?? {},
        position: j,
      })),
    })),
  };
}

/** The columns of a meeting's own row. */
export function meetingRow(m: Meeting, refs: Refs) {
  const { participants: _p, parentSlug, accounts: _a, ...fields } = m;
  return { ...fields, parentId: refs.optional('meeting', parentSlug, ['parentSlug']) };
}

/** The rows under a meeting, in their stored order. */
export function meetingChildRows(meetingId: number, m: Meeting, refs: Refs) {
  return {
    participants: m.participants.map((p, position) => ({
      meetingId,
      partyId: refs.id('party', p.party, ['participants', String(position), 'party']),
      name: p.name,
      office: p.office,
      // Data written before participants had translations (an old revision) has none.
      translations: p.translations ?? {},
      position,
    })),
    accounts: (m.accounts ?? []).map((a, i) => ({
      row: {
        meetingId,
        topic: a.topic,
        note: a.note,
        // Data written before accounts had translations (an old revision) has none.
        translations: a.translations ?? {},
        position: i,
      },
      /** Quotes without their account's id, which the insert gives. */
      quotes: a.quotes.map((q, j) => {
        const path = ['accounts', String(i), 'quotes', String(j)];
        return {
          sourceId: refs.id('source', q.source, [...path, 'source']),
          text: q.text,
          form: q.form,
          attributionKind: q.attribution.kind,
          attributedTo: q.attribution.who,
          speakerPartyId: refs.optional('party', q.attribution.party, [
            ...path,
            'attribution',
            'party',
          ]),
          position: j,
        };
      }),
    })),
  };
}
