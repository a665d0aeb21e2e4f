import {
  ATTRIBUTION_DEFINITIONS,
  ATTRIBUTION_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_STRENGTHS,
  PARTY_ROLE_DEFINITIONS,
  PARTY_ROLES,
  QUOTE_FORM_DEFINITIONS,
  QUOTE_FORMS,
  STATUS_DEFINITIONS,
  STRENGTH_DEFINITIONS,
  allowedStatusMoves,
} from '@accord/domain';
import { type Metadata } from 'next';
import { StatusBadge } from '~/components/status';

export const metadata: Metadata = {
  title: 'Methodology',
  description: 'How Accord records commitments, rates their status and attributes its quotes.',
};

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
