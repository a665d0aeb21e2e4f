'use client';

import {
  ASSISTANT_MAX_CHARS,
  type Proposal,
  type ProposeResult,
  SOURCE_KINDS,
  type SourceKind,
  STRENGTH_DEFINITIONS,
  ATTRIBUTION_DEFINITIONS,
} from '@accord/domain';
import { type FormEvent, useId, useState } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';

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

function ProposalCard({ proposal, index }: { proposal: Proposal; index: number }) {
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
    </article>
  );
}

/** Sends the pasted text to `assistant.propose` and lists what comes back. */
export function FromTextForm() {
  const id = useId();
  const [text, setText] = useState('');
  const [publisher, setPublisher] = useState('');
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<SourceKind>('news_report');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ProposeResult | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setResult(null);
    setPending(true);
    try {
      const source = {
        kind,
        ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
        ...(date ? { date } : {}),
      };
      setResult(await trpc.assistant.propose.mutate({ text, source }));
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
            {result.proposals.map((p, i) => (
              <ProposalCard key={`${p.cue.start}-${i}`} proposal={p} index={i} />
            ))}
          </section>
        ) : null}
      </div>
    </>
  );
}
