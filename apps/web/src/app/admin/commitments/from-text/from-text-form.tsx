'use client';

import {
  ASSISTANT_MAX_CHARS,
  type Proposal,
  proposalMatchText,
  type ProposeResult,
  SOURCE_KINDS,
  type SourceKind,
  STRENGTH_DEFINITIONS,
  ATTRIBUTION_DEFINITIONS,
} from '@accord/domain';
import { type FormEvent, useId, useState } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';
import {
  type AcceptContext,
  AcceptProposal,
  type Match,
  type ProposalProps,
} from './accept-proposal';

/** Proposals per `assistant.matches` call (its limit). */
const MATCH_BATCH = 40;
/** The text each proposal is matched with: its title and sentence, within the limit. */

/** The sentence with the cue and the quotes marked, from the proposal's offsets. */
function MarkedSentence({ proposal }: { proposal: Proposal }) {
  const marks = [
    { start: proposal.cue.start, end: proposal.cue.end, cue: true },
    ...proposal.quotes.map((q) => ({ start: q.start, end: q.end, cue: false })),
  ].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = proposal.sentenceStart;
  const text = (from: number, to: number) =>
    proposal.sentence.slice(from - proposal.sentenceStart, to - proposal.sentenceStart);
  for (const [i, m] of marks.entries()) {
    const start = Math.max(m.start, at);
    if (start >= m.end) continue;
    if (start > at) parts.push(text(at, start));
    parts.push(
      m.cue ? (
        <mark key={i} className="proposal-cue">
          {text(start, m.end)}
        </mark>
      ) : (
        <q key={i}>{text(start, m.end)}</q>
      ),
    );
    at = m.end;
  }
  if (at < proposal.sentenceEnd) parts.push(text(at, proposal.sentenceEnd));
  return <blockquote className="proposal-sentence">{parts}</blockquote>;
}

function ProposalCard({ proposal, index, matches, context, onReject }: ProposalProps) {
  const { attribution, target } = proposal;
  return (
    <article className="proposal" aria-labelledby={`proposal-${index}`}>
      <h3 id={`proposal-${index}`}>{proposal.title}</h3>
      <MarkedSentence proposal={proposal} />
      <dl className="proposal-facts">
        <dt>Strength</dt>
        <dd>
          {STRENGTH_DEFINITIONS[proposal.strength].label} (cue: “{proposal.cue.text}”)
        </dd>
        <dt>Who said it</dt>
        <dd>
          {ATTRIBUTION_DEFINITIONS[attribution.kind].label}: {attribution.who}
          {attribution.evidence ? ` (“${attribution.evidence.text}”)` : ''}
        </dd>
        <dt>Theme</dt>
        <dd>
          {proposal.theme ?? 'none found'}
          {proposal.themeWords.length > 0 ? ` (${proposal.themeWords.join(', ')})` : ''}
        </dd>
        <dt>Parties</dt>
        <dd>{proposal.parties.length > 0 ? proposal.parties.join(', ') : 'none named'}</dd>
        <dt>Target</dt>
        <dd>
          {target
            ? `“${target.text}” (${target.qualifier.replace('_', ' ')}${target.date ? `, ${target.date}` : ''})`
            : 'none given'}
        </dd>
        <dt>Summary (draft)</dt>
        <dd>{proposal.summary}</dd>
      </dl>
      <AcceptProposal
        proposal={proposal}
        index={index}
        matches={matches}
        context={context}
        onReject={onReject}
      />
    </article>
  );
}

/**
 * Sends the pasted text to `assistant.propose` and lists what comes back, each proposal with
 * the existing commitments it may restate (`assistant.matches`) and the means to accept it.
 */
export function FromTextForm({ options }: { options: AcceptContext['options'] }) {
  const id = useId();
  const [text, setText] = useState('');
  const [publisher, setPublisher] = useState('');
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<SourceKind>('news_report');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ProposeResult | null>(null);
  const [source, setSource] = useState('');
  const [meeting, setMeeting] = useState('');
  const [matches, setMatches] = useState<Match[][] | null>(null);
  const [rejected, setRejected] = useState<ReadonlySet<number>>(new Set());
  const context: AcceptContext = { source, meeting, sourceDate: date, options };

  /** The matching commitments of every proposal, a batch at a time. */
  async function findMatches(proposals: Proposal[]) {
    const found: Match[][] = [];
    for (let i = 0; i < proposals.length; i += MATCH_BATCH) {
      const texts = proposals.slice(i, i + MATCH_BATCH).map(proposalMatchText);
      found.push(...(await trpc.assistant.matches.mutate({ texts })).matches);
    }
    setMatches(found);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setResult(null);
    setMatches(null);
    setRejected(new Set());
    setPending(true);
    try {
      const source = {
        kind,
        ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
        ...(date ? { date } : {}),
      };
      const proposed = await trpc.assistant.propose.mutate({ text, source });
      setResult(proposed);
      if (proposed.proposals.length > 0) await findMatches(proposed.proposals);
    } catch (caught) {
      setError(describeProblem(caught).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <form onSubmit={submit} noValidate>
        <div className="admin-field">
          <label htmlFor={`${id}-text`}>Text</label>
          <textarea
            id={`${id}-text`}
            rows={14}
            maxLength={ASSISTANT_MAX_CHARS}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-publisher`}>Publisher</label>
          <input
            id={`${id}-publisher`}
            value={publisher}
            maxLength={200}
            onChange={(e) => setPublisher(e.target.value)}
          />
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-kind`}>Kind of source</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as SourceKind)}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k.replace('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-source`}>Source record</label>
          <p id={`${id}-source-hint`} className="admin-hint">
            Accepted quotes, lineage links and status updates cite it. Add a new source under
            Sources first.
          </p>
          <select
            id={`${id}-source`}
            aria-describedby={`${id}-source-hint`}
            value={source}
            onChange={(e) => setSource(e.target.value)}
          >
            <option value="">Choose a source</option>
            {options.sources.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-meeting`}>Meeting</label>
          <p id={`${id}-meeting-hint`} className="admin-hint">
            The meeting a new commitment from this text belongs to, and the one a lineage link
            points to (each can be changed).
          </p>
          <select
            id={`${id}-meeting`}
            aria-describedby={`${id}-meeting-hint`}
            value={meeting}
            onChange={(e) => setMeeting(e.target.value)}
          >
            <option value="">Choose a meeting</option>
            {options.meetings.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending}>
          {pending ? 'Reading…' : 'Propose commitments'}
        </button>
      </form>
      <div aria-live="polite">
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        {result ? (
          <section aria-labelledby={`${id}-results`}>
            <h2 id={`${id}-results`}>
              {result.proposals.length === 1
                ? '1 proposal'
                : `${result.proposals.length} proposals`}
            </h2>
            {result.notice ? <p>{result.notice}</p> : null}
            {result.strippedHtml ? <p>HTML tags were stripped before reading.</p> : null}
            {rejected.size > 0 ? (
              <p>
                {rejected.size === 1 ? '1 proposal' : `${rejected.size} proposals`} rejected
                (nothing saved).{' '}
                <button type="button" onClick={() => setRejected(new Set())}>
                  Show them again
                </button>
              </p>
            ) : null}
            {result.proposals.map((p, i) =>
              rejected.has(i) ? null : (
                <ProposalCard
                  key={`${p.cue.start}-${i}`}
                  proposal={p}
                  index={i}
                  matches={matches?.[i]}
                  context={context}
                  onReject={() => setRejected(new Set([...rejected, i]))}
                />
              ),
            )}
          </section>
        ) : null}
      </div>
    </>
  );
}
