import {
  ATTRIBUTION_DEFINITIONS,
  ATTRIBUTION_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_STRENGTHS,
  EARLIEST_AS_OF,
  LINEAGE_DEFINITIONS,
  LINEAGE_RELATIONS,
  PARTY_ROLE_DEFINITIONS,
  REVIEW_DUE_AFTER_DAYS,
  PARTY_ROLES,
  QUOTE_FORM_DEFINITIONS,
  QUOTE_FORMS,
  STATUS_DEFINITIONS,
  STRENGTH_DEFINITIONS,
  allowedStatusMoves,
} from '@accord/domain';
import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import Link from '~/components/link';
import { StatusBadge } from '~/components/status';
import { formatDate } from '~/lib/format';

export const metadata: Metadata = sharedMetadata({
  path: '/methodology',
  title: 'Methodology',
  description:
    'How Accord records commitments, rates their status, attributes its quotes, sets accounts side by side and reads the record as of any date.',
});

export default function MethodologyPage() {
  return (
    <>
      <h1>Methodology</h1>
      <p className="lede">
        A commitment is something leaders said they would do, or a position they put on the record,
        at a meeting we track. We summarise each one in our own words, quote the source only in
        short exact phrases, say who the words come from, and rate progress with dated, sourced
        updates.
      </p>

      <section aria-labelledby="what-counts-heading" id="what-counts">
        <h2 id="what-counts-heading">What counts as a commitment</h2>
        <p>
          We count a statement as a commitment when leaders say they will do something, or put a
          shared position on the record, in words a reader can later hold them to: they agreed,
          pledged, plan or reaffirmed. The strength of the verb is recorded with it (see below), so
          a firm pledge and a plan under study never look alike.
        </p>
        <p>
          An agenda item is different. Leaders saying they <em>will discuss</em> a subject promise a
          conversation, not an outcome, so we do not count it as a pledge. Background of that kind
          goes into the meeting&apos;s context. When a discussion on the agenda produced documents
          that readers can check, we may keep it on record so that those documents can be followed:
          its language label then says how weak the wording was, and the documents are its delivery,
          not proof that a promise was kept.
        </p>
      </section>

      <section aria-labelledby="statuses-heading">
        <h2 id="statuses-heading">Statuses</h2>
        <p>
          Every commitment starts as not yet rated. A status changes only with a dated update that
          gives its reasons and sources, so each commitment&apos;s history shows how we reached the
          current rating, and its status on any past date can be read from that history.
        </p>
        <dl className="definitions">
          {COMMITMENT_STATUSES.map((s) => {
            const moves = allowedStatusMoves(s).map((m) =>
              STATUS_DEFINITIONS[m].label.toLowerCase(),
            );
            return (
              <div key={s} id={`status-${s}`}>
                <dt>
                  <StatusBadge status={s} />
                </dt>
                <dd>
                  {STATUS_DEFINITIONS[s].definition}{' '}
                  <span className="meta">
                    {moves.length > 0
                      ? `Can move to: ${moves.join(', ')}.`
                      : 'Final: it does not change again.'}
                  </span>
                </dd>
              </div>
            );
          })}
        </dl>
        <p>
          A commitment is <strong>past its target date</strong> when the period it names has ended
          and it is neither delivered nor abandoned. A target given as &ldquo;at the earliest&rdquo;
          is never past due.
        </p>
      </section>

      <section aria-labelledby="strength-heading">
        <h2 id="strength-heading">Strength of language</h2>
        <p>The verb leaders chose matters: we record it, from the firmest to the most tentative.</p>
        <dl className="definitions">
          {COMMITMENT_STRENGTHS.map((s) => (
            <div key={s}>
              <dt>{STRENGTH_DEFINITIONS[s].label}</dt>
              <dd>{STRENGTH_DEFINITIONS[s].definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="attribution-heading">
        <h2 id="attribution-heading">Attribution</h2>
        <p>
          Each quote says who the words come from, in the source&apos;s own terms, and what kind of
          statement it is. The kind tells you how much weight the words can bear.
        </p>
        <dl className="definitions">
          {ATTRIBUTION_KINDS.map((k) => (
            <div key={k} id={`attribution-${k}`}>
              <dt>{ATTRIBUTION_DEFINITIONS[k].label}</dt>
              <dd>{ATTRIBUTION_DEFINITIONS[k].definition}</dd>
            </div>
          ))}
        </dl>
        <h3>Verbatim and reported quotes</h3>
        <dl className="definitions">
          {QUOTE_FORMS.map((f) => (
            <div key={f} id={`quote-${f}`}>
              <dt>{QUOTE_FORM_DEFINITIONS[f].label}</dt>
              <dd>{QUOTE_FORM_DEFINITIONS[f].definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="accounts-heading" id="accounts">
        <h2 id="accounts-heading">Each government&apos;s account</h2>
        <p>
          After a meeting, each government publishes its own account: a readout, a press release, a
          briefing. The accounts often stress different things, and what one side leaves out can
          matter as much as what it says. So each meeting page has a table, &ldquo;How each side
          described it&rdquo;, with one row per topic and one column per government. Each cell holds
          that government&apos;s own short words, with who said them and the source, and the last
          column says in our words what differs.
        </p>
        <p>
          A quote belongs to the party that said it. On a commitment page the quotes are grouped the
          same way: joint statements, then each government&apos;s account, then press reports. Words
          one government used are never shown as both governments&apos; words; only a statement both
          issued together counts as a joint one.
        </p>
      </section>

      <section aria-labelledby="tracks-heading" id="party-tracks">
        <h2 id="tracks-heading">Each party&apos;s line</h2>
        <p>
          Sometimes the parties to one commitment do not move together. Support for Ukraine is the
          example: Japan&apos;s aid continued without a break, while United States aid paused in
          March 2025 and then moved to a model paid for by allies. Where the records differ like
          this, a status update can assess one party&apos;s part, and the page shows each
          party&apos;s line with its own status and dated updates.
        </p>
        <p>
          The overall status stays one call by the editors, explained in a sentence beside it. It is
          not an average of the parties&apos; lines, and a party&apos;s line never changes it on its
          own.
        </p>
      </section>

      <section aria-labelledby="lineage-heading" id="lineage">
        <h2 id="lineage-heading">Lineage</h2>
        <p>
          Few commitments are new. Most continue something said before and are said again at later
          meetings, sometimes in stronger or weaker words. A commitment&apos;s lineage links it to
          those meetings, each link with its date, its source and, where the source gives them, the
          short exact words used. Later meetings are records of their own: each lists the
          commitments restated there.
        </p>
        <dl className="definitions">
          {LINEAGE_RELATIONS.map((r) => (
            <div key={r} id={`lineage-${r}`}>
              <dt>{LINEAGE_DEFINITIONS[r].label}</dt>
              <dd>{LINEAGE_DEFINITIONS[r].definition}</dd>
            </div>
          ))}
        </dl>
        <p>
          When a later meeting sets a new, dated task under an older commitment (a ministerial
          meeting within 180 days, say), that task becomes a sub-commitment with its own target and
          status, linked to the commitment it belongs to.
        </p>
      </section>

      <section aria-labelledby="disputes-heading" id="disputes">
        <h2 id="disputes-heading">When sources disagree</h2>
        <p>
          Sources sometimes disagree on a figure, a date, or whether something happened at all: a
          newspaper reports a plan and a government denies it. We do not pick a side silently. The
          commitment page shows every side with its source, and a note in our words says which
          reading we use, if any, and why. We state neither side as fact. A dispute stays open until
          later or better sources settle it, and then the note says how.
        </p>
        <h3 id="unreliable-sources">Unreliable sources</h3>
        <p>
          Some sources are known to be wrong on a date, a figure or a name. We keep them where they
          matter, marked &ldquo;Unreliable source&rdquo;, so readers can see we know of them, but
          such a source never carries a fact on its own: it appears only beside a standard source,
          usually as one side of a dispute.
        </p>
      </section>

      <section aria-labelledby="as-of-heading" id="as-of">
        <h2 id="as-of-heading">Reading the record as of a date</h2>
        <p>
          Every status comes from dated updates, so the record can be read as it stood at the end of
          any past day: which commitments had been made, their statuses, and whether any was past
          its target date then. Briefs and commitments have such dated pages, at addresses like
          these:
        </p>
        <ul>
          <li>
            <code>/as-of/2023-05-19/themes/security</code>
          </li>
          <li>
            <code>/as-of/2023-05-19/commitments/trilateral-meeting-with-south-korea</code>
          </li>
        </ul>
        <p>
          The day is written year-month-day and can be any day from {formatDate(EARLIEST_AS_OF)} up
          to today; a day in the future has no page, since we record what has happened, not
          forecasts. A dated page says which day it shows, links to today&apos;s version, and keeps
          its links to other briefs and commitments on the same day. Each commitment page has a form
          to choose a day, and its timeline links each key date to the record as it stood then. The
          same reading is in the API: add <code>asOf=YYYY-MM-DD</code> to a request (see{' '}
          <Link href="/developers">Developers</Link>
          ).
        </p>
        <p>
          A dated page shows the record as we have it now for that day. If we learn later of an
          event that happened before it, the dated page changes too: it is not an archive of what
          the site said at the time.
        </p>
      </section>

      <section aria-labelledby="reviewed-heading" id="last-reviewed">
        <h2 id="reviewed-heading">Last reviewed</h2>
        <p>
          Each commitment says when an editor last checked it against new sources: the day of its
          latest status update, or a later day on which an editor looked and found nothing that
          changes the rating. A commitment not reviewed for about six months (
          {REVIEW_DUE_AFTER_DAYS} days) is due for review, as is one whose target date is near or
          has just passed.
        </p>
      </section>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Parties and their roles</h2>
        <dl className="definitions">
          {PARTY_ROLES.map((r) => (
            <div key={r} id={`role-${r}`}>
              <dt>{PARTY_ROLE_DEFINITIONS[r].label}</dt>
              <dd>{PARTY_ROLE_DEFINITIONS[r].definition}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
