import {
  type CommitmentDetail,
  type CommitmentRef,
  type DisputeView,
  formatTargetDate,
  type IsoDate,
  LINEAGE_DEFINITIONS,
  LINEAGE_RELATIONS,
  type LineageLinkView,
  PARTY_ROLE_DEFINITIONS,
  PARTY_ROLES,
  type PartyTrackView,
  STATUS_DEFINITIONS,
  STRENGTH_DEFINITIONS,
  type StatusUpdateView,
  todayIso,
} from '@accord/domain';
import { type ReactNode } from 'react';
import Link from '~/components/link';
import { capitalise, groupByAccount, possessive } from '~/lib/accounts';
import { formatDate } from '~/lib/format';
import { buildHistoryTimeline } from '~/lib/history-timeline';
import { asOfPath, type SitePaths } from '~/lib/site-paths';
import { AsOfBanner, AsOfForm } from './as-of';
import { HistoryTimeline } from './history-timeline';
import { AttributedQuote, QuoteBlock } from './quote';
import { SourceLink, SourceList } from './source-link';
import { StatusBadge } from './status';

/**
 * A commitment's page, today or as of a past day (`paths.asOf`): the same sections either
 * way, from the same view the API returns, with links that stay in the dated view.
 */
export function CommitmentArticle({
  c,
  paths,
  heading,
}: {
  c: CommitmentDetail;
  paths: SitePaths;
  /** The title and summary in the page's language, when not English (the /ja page's). */
  heading?: ReactNode;
}) {
  const strength = STRENGTH_DEFINITIONS[c.strength];
  const overall = c.history.filter((u) => u.party === null);
  const latestOverall = overall.at(-1) ?? null;
  const now = paths.asOf ?? todayIso();
  return (
    <article className="commitment">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Briefs</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={paths.theme(c.theme.slug)}>{c.theme.title}</Link>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">{c.title}</span>
      </nav>
      {paths.asOf && <AsOfBanner asOf={paths.asOf} todayHref={`/commitments/${c.slug}`} />}
      {heading ?? (
        <>
          <h1>{c.title}</h1>
          <p className="lede">{c.summary}</p>
        </>
      )}

      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={c.status} since={c.statusSince} />
            {c.overdue && (
              <>
                {' '}
                <span className="badge overdue">Past target date</span>
              </>
            )}{' '}
            <span className="definition">{STATUS_DEFINITIONS[c.status].definition}</span>
            {latestOverall && latestOverall.status === c.status && (
              <span className="status-why">Why: {latestOverall.note}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd>
            <strong>{strength.label}</strong>{' '}
            <span className="definition">{strength.definition}</span>
          </dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>
            {c.target ? (
              <>
                {formatTargetDate(c.target)}
                {c.target.note && <span className="definition"> · {c.target.note}</span>}
              </>
            ) : (
              'None stated'
            )}
          </dd>
        </div>
        <div>
          <dt>Made at</dt>
          <dd>
            <Link href={`/meetings/${c.meeting.slug}`}>{c.meeting.title}</Link>,{' '}
            {formatDate(c.meeting.startsOn)}
          </dd>
        </div>
        {c.parent && (
          <div>
            <dt>Part of</dt>
            <dd>
              <CommitmentRefLine commitment={c.parent} paths={paths} />
            </dd>
          </div>
        )}
        <div>
          <dt>Last reviewed</dt>
          <dd>
            {c.lastReviewedOn ? (
              <time dateTime={c.lastReviewedOn}>{formatDate(c.lastReviewedOn)}</time>
            ) : (
              'Not yet reviewed'
            )}{' '}
            <Link className="role" href="/methodology#last-reviewed">
              What this means
            </Link>
          </dd>
        </div>
        {c.tags.length > 0 && (
          <div>
            <dt>Tags</dt>
            <dd>{c.tags.join(', ')}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">Parties</h2>
        <ul className="parties">
          {PARTY_ROLES.flatMap((role) =>
            c.parties
              .filter((p) => p.role === role)
              .map((p) => (
                <li key={p.slug}>
                  <Link href={`/parties/${p.slug}`}>{p.name}</Link>{' '}
                  <Link
                    className="role"
                    href={`/methodology#role-${role}`}
                    title={PARTY_ROLE_DEFINITIONS[role].definition}
                  >
                    {PARTY_ROLE_DEFINITIONS[role].label}
                  </Link>
                </li>
              )),
          )}
        </ul>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <HistoryTimeline
          id="commitment-timeline"
          title={`Timeline of “${c.title}”`}
          model={buildHistoryTimeline({
            meeting: { title: c.meeting.title, on: c.meeting.startsOn },
            updates: c.history.map((u) => ({
              on: u.effectiveOn,
              status: u.status,
              party: u.party,
            })),
            target: c.target,
            now,
            asOf: paths.asOf !== null,
          })}
          dayHref={(day) => (day <= todayIso() ? asOfPath(day, 'commitments', c.slug) : null)}
        />
        <AsOfForm kind="commitments" slug={c.slug} from={c.meeting.startsOn} value={paths.asOf} />
      </section>

      {c.tracks.length > 0 && (
        <PartyTracks tracks={c.tracks} history={c.history} overall={latestOverall} c={c} />
      )}

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">In their words</h2>
        {c.quotes.length === 0 ? (
          <p>No quotes recorded yet.</p>
        ) : (
          groupByAccount(c.quotes).map((group) => (
            <section
              key={group.key}
              className="account"
              aria-labelledby={`account-${group.key.replace(':', '-')}`}
            >
              <h3 id={`account-${group.key.replace(':', '-')}`}>{group.heading}</h3>
              {group.items.map((q) => (
                <QuoteBlock key={q.id} quote={q} />
              ))}
            </section>
          ))
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {c.history.length === 0 ? (
          <p>No status updates yet: the commitment is not yet rated.</p>
        ) : (
          <ol className="history">
            {c.history.map((u) => (
              <HistoryItem key={u.id} update={u} showParty />
            ))}
          </ol>
        )}
      </section>

      {c.disputes.length > 0 && <Disputes disputes={c.disputes} />}

      {c.lineage.length > 0 && <Lineage links={c.lineage} />}

      {c.subCommitments.length > 0 && (
        <section aria-labelledby="sub-heading">
          <h2 id="sub-heading">Sub-commitments</h2>
          <p>Later, dated commitments made under this one, each with its own target.</p>
          <ul className="refs">
            {c.subCommitments.map((s) => (
              <li key={s.slug}>
                <CommitmentRefLine commitment={s} paths={paths} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Another commitment named on this page: its link, status, target and overdue flag. */
function CommitmentRefLine({
  commitment: r,
  paths,
}: {
  commitment: CommitmentRef;
  paths: SitePaths;
}) {
  return (
    <>
      <Link href={paths.commitment(r.slug)}>{r.title}</Link> <StatusBadge status={r.status} />
      {r.target && <span className="ref-target"> Target: {formatTargetDate(r.target)}</span>}
      {r.overdue && (
        <>
          {' '}
          <span className="badge overdue">Past target date</span>
        </>
      )}
    </>
  );
}

function HistoryItem({ update: u, showParty }: { update: StatusUpdateView; showParty: boolean }) {
  return (
    <li>
      <p>
        <time dateTime={u.effectiveOn}>{formatDate(u.effectiveOn)}</time>{' '}
        {showParty && u.party && (
          <span className="track-name">{capitalise(possessive(u.party.name))} part:</span>
        )}{' '}
        <StatusBadge status={u.status} />
      </p>
      <p>{u.note}</p>
      <p className="meta">
        <span>By {u.author}</span>
        <SourceList sources={u.sources} />
      </p>
    </li>
  );
}

function PartyTracks({
  tracks,
  history,
  overall,
  c,
}: {
  tracks: PartyTrackView[];
  history: StatusUpdateView[];
  overall: StatusUpdateView | null;
  c: CommitmentDetail;
}) {
  return (
    <section aria-labelledby="tracks-heading">
      <h2 id="tracks-heading">Each party&apos;s line</h2>
      <p>
        The parties&apos; records differ here, so each party&apos;s part is rated on its own. The
        overall status stays one call by the editors:{' '}
        <StatusBadge status={c.status} since={c.statusSince} />
        {overall && overall.status === c.status && <> {overall.note}</>}{' '}
        <Link href="/methodology#party-tracks">How we rate parties separately</Link>
      </p>
      <div className="tracks">
        {tracks.map((t) => {
          const id = `track-${t.party.slug}`;
          return (
            <section key={t.party.slug} className="track card" aria-labelledby={id}>
              <h3 id={id}>{capitalise(possessive(t.party.name))} line</h3>
              <p>
                <StatusBadge status={t.status} since={t.statusSince} />
              </p>
              <ol className="history">
                {history
                  .filter((u) => u.party?.slug === t.party.slug)
                  .map((u) => (
                    <HistoryItem key={u.id} update={u} showParty={false} />
                  ))}
              </ol>
            </section>
          );
        })}
      </div>
    </section>
  );
}

function Disputes({ disputes }: { disputes: DisputeView[] }) {
  return (
    <section aria-labelledby="disputes-heading">
      <h2 id="disputes-heading">Where sources disagree</h2>
      <p>
        Each side is shown with its source. We state neither as fact; our note says which reading we
        use, if any, and why. <Link href="/methodology#disputes">How we handle disputes</Link>
      </p>
      {disputes.map((d, i) => {
        const id = `dispute-${i + 1}`;
        return (
          <section key={id} className="dispute" aria-labelledby={id}>
            <h3 id={id}>{d.topic}</h3>
            <p className="meta">
              <span>
                Raised <time dateTime={d.raisedOn}>{formatDate(d.raisedOn)}</time>
              </span>
              <span className={`badge ${d.resolved ? 'resolved' : 'open'}`}>
                {d.resolved ? 'Resolved' : 'Open'}
              </span>
            </p>
            <ul className="claims">
              {d.claims.map((claim) => (
                <li key={`${claim.source.slug}-${claim.claim}`}>
                  <p>
                    {claim.claim}{' '}
                    <span className="claim-source">
                      (<SourceLink source={claim.source} full />)
                    </span>
                  </p>
                  {claim.quote && (
                    <AttributedQuote
                      text={claim.quote.text}
                      attribution={claim.quote.attribution}
                    />
                  )}
                </li>
              ))}
            </ul>
            <p className="our-note">
              <strong>Our note:</strong> {d.note}
            </p>
          </section>
        );
      })}
    </section>
  );
}

function Lineage({ links }: { links: LineageLinkView[] }) {
  return (
    <section aria-labelledby="lineage-heading">
      <h2 id="lineage-heading">Lineage</h2>
      <p>
        Where the commitment comes from, and where it was stated again.{' '}
        <Link href="/methodology#lineage">About lineage</Link>
      </p>
      {LINEAGE_RELATIONS.map((relation) => {
        const own = links
          .filter((l) => l.relation === relation)
          .toSorted((a, b) => compareDates(a.on, b.on));
        if (own.length === 0) return null;
        const definition = LINEAGE_DEFINITIONS[relation];
        const id = `lineage-${relation}`;
        return (
          <section key={relation} aria-labelledby={id}>
            <h3 id={id}>{definition.label}</h3>
            <p className="definition">{definition.definition}</p>
            <ol className="lineage">
              {own.map((l) => (
                <li key={`${l.meeting.slug}-${l.on}-${l.source.slug}`}>
                  <p>
                    <time dateTime={l.on}>{formatDate(l.on)}</time>:{' '}
                    <Link href={`/meetings/${l.meeting.slug}`}>{l.meeting.title}</Link>
                  </p>
                  {l.quote ? (
                    <AttributedQuote
                      text={l.quote.text}
                      form={l.quote.form}
                      attribution={l.quote.attribution}
                      source={l.source}
                    />
                  ) : (
                    <p className="meta">
                      Source: <SourceLink source={l.source} full />
                    </p>
                  )}
                  {l.note && <p>{l.note}</p>}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}

function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
