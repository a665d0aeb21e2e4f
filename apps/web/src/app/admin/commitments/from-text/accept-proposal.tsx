'use client';

import { type AppRouter } from '@accord/api';
import {
  ATTRIBUTION_DEFINITIONS,
  type AttributionKind,
  type CommitmentStatus,
  type CommitmentStrength,
  LINEAGE_DEFINITIONS,
  type LineageRelation,
  type Proposal,
  slugFromTitle,
  STATUS_DEFINITIONS,
  STRENGTH_DEFINITIONS,
  todayIso,
} from '@accord/domain';
import { type inferRouterInputs, type inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { type ReactNode, useId, useState } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';
import { useHydrated } from '../../_components/use-hydrated';

type AcceptInput = inferRouterInputs<AppRouter>['assistant']['accept'];
type Accepted = inferRouterOutputs<AppRouter>['assistant']['accept'];
export type Match =
  inferRouterOutputs<AppRouter>['assistant']['matches']['matches'][number][number];

interface Choice {
  slug: string;
  label: string;
}

/** The page's choices: the source and meeting the pasted text is about, and the select lists. */
/** One proposal on the from-text page: its card and its accept form take the same props. */
export interface ProposalProps {
  proposal: Proposal;
  index: number;
  matches: Match[] | undefined;
  context: AcceptContext;
  onReject: () => void;
}

export interface AcceptContext {
  source: string;
  meeting: string;
  sourceDate: string;
  options: { themes: Choice[]; meetings: Choice[]; parties: Choice[]; sources: Choice[] };
}

type Mode = AcceptInput['as'];

/** The longest quoted span: exact words of the sentence. */
function mainQuote(proposal: Proposal): string {
  return [...proposal.quotes].sort((a, b) => b.text.length - a.text.length)[0]!.text;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** One labelled control. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

function Select({
  id,
  value,
  onChange,
  choices,
  empty,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  choices: { value: string; label: string }[];
  empty?: string;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

const choicesOf = (list: Choice[]) => list.map((c) => ({ value: c.slug, label: c.label }));

/** What was saved, with a link to where the editor carries on. */
function AcceptedNote({ accepted, title }: { accepted: Accepted; title: string }) {
  const link = `/admin/commitments/${accepted.commitmentId}`;
  if (accepted.as === 'commitment') {
    return (
      <p role="status">
        Saved as a draft: <Link href={link}>{title}</Link>. It goes to review like any draft.
      </p>
    );
  }
  // Accounts, lineage links and status updates change records readers may already see: they
  // wait in the review queue on the dashboard until an admin approves them.
  const what =
    accepted.as === 'account'
      ? 'An account for the meeting'
      : accepted.as === 'lineage'
        ? 'A lineage link'
        : 'A status update';
  return (
    <p role="status">
      Sent to review: {what} of <Link href={link}>{title}</Link>. Readers see it once an admin
      approves it (<Link href="/admin#dashboard-pending">waiting for review</Link>).
    </p>
  );
}

/**
 * Accepting, editing or rejecting one proposal. Accepting saves through `assistant.accept`:
 * a new draft, an account on the meeting of a matching commitment, a lineage link on it (the
 * text restates it at this meeting), or a status update on it.
 */
export function AcceptProposal({ proposal, index, matches, context, onReject }: ProposalProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<Mode>('commitment');
  const [title, setTitle] = useState(proposal.title);
  const [slug, setSlug] = useState(slugFromTitle(proposal.title));
  const [summary, setSummary] = useState(proposal.summary);
  const [meeting, setMeeting] = useState(context.meeting);
  const [theme, setTheme] = useState(proposal.theme ?? '');
  const [strength, setStrength] = useState<CommitmentStrength>(proposal.strength);
  const [parties, setParties] = useState(proposal.parties.join(', '));
  const [targetDate, setTargetDate] = useState(proposal.target?.date ?? '');
  const [quote, setQuote] = useState(mainQuote(proposal));
  const [who, setWho] = useState(proposal.attribution.who);
  const [kind, setKind] = useState<AttributionKind>(proposal.attribution.kind);
  const [speaker, setSpeaker] = useState('');
  const [existing, setExisting] = useState<number | null>(null);
  const [topic, setTopic] = useState('');
  const [note, setNote] = useState(clip(proposal.summary, 600));
  const [relation, setRelation] = useState<LineageRelation>('restated_in');
  const [restatedOn, setRestatedOn] = useState(context.sourceDate || todayIso());
  const [lineageNote, setLineageNote] = useState('');
  const [status, setStatus] = useState<CommitmentStatus>('in_progress');
  const [effectiveOn, setEffectiveOn] = useState(context.sourceDate || todayIso());
  const [statusNote, setStatusNote] = useState(
    clip(`${proposal.summary} (“${mainQuote(proposal)}”, ${proposal.attribution.who})`, 4000),
  );
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);
  const [accepted, setAccepted] = useState<{ accepted: Accepted; title: string } | null>(null);

  if (accepted) return <AcceptedNote {...accepted} />;

  const chosen = matches?.find((m) => m.id === existing) ?? null;

  function choose(match: Match) {
    setExisting(match.id);
    setTopic(clip(match.title, 80));
  }

  function input(): AcceptInput | string {
    const evidence = {
      sentence: proposal.sentence,
      quote,
      attribution: { kind, who, party: speaker || null },
      source: context.source,
    };
    if (!context.source) return 'Choose the source record above before accepting.';
    if (mode === 'commitment') {
      const target = proposal.target;
      return {
        as: 'commitment',
        evidence,
        draft: {
          slug,
          meeting,
          theme,
          tags: [],
          title,
          summary,
          strength,
          parties: [
            ...new Set(
              parties
                .split(',')
                .map((p) => p.trim())
                .filter(Boolean),
            ),
          ].map((party) => ({ party, role: 'committer' as const })),
          target:
            target && targetDate
              ? {
                  date: targetDate,
                  precision: target.precision,
                  qualifier: target.qualifier,
                  note: null,
                }
              : null,
          parent: null,
          reviewedOn: null,
          lineage: [],
          disputes: [],
        },
      };
    }
    if (!chosen) return 'Choose the existing commitment it is about.';
    if (mode === 'account') {
      return { as: 'account', evidence, commitmentId: chosen.id, topic, note };
    }
    if (mode === 'lineage') {
      if (!meeting) return 'Choose the meeting the text restates it at.';
      return {
        as: 'lineage',
        evidence,
        commitmentId: chosen.id,
        meeting,
        on: restatedOn,
        relation,
        note: lineageNote.trim() || null,
      };
    }
    return {
      as: 'status',
      commitmentId: chosen.id,
      source: context.source,
      update: { effectiveOn, status, note: statusNote, party: null },
    };
  }

  async function accept() {
    setProblem(null);
    const next = input();
    if (typeof next === 'string') {
      setProblem({ message: next, fields: [] });
      return;
    }
    setPending(true);
    try {
      const saved = await trpc.assistant.accept.mutate(next);
      setAccepted({ accepted: saved, title: mode === 'commitment' ? title : chosen!.title });
    } catch (caught) {
      const described = describeProblem(caught);
      setProblem({
        message: described.message,
        fields: Object.entries(described.fields).map(([path, message]) => `${path}: ${message}`),
      });
    } finally {
      setPending(false);
    }
  }

  const f = (name: string) => `${id}-${name}`;
  return (
    <div className="proposal-accept">
      {matches && matches.length > 0 ? (
        <fieldset>
          <legend>Existing commitments it may restate or report on</legend>
          {matches.map((m) => (
            <div key={m.id}>
              <input
                type="radio"
                id={f(`match-${m.id}`)}
                name={f('match')}
                checked={existing === m.id}
                onChange={() => choose(m)}
              />{' '}
              <label htmlFor={f(`match-${m.id}`)}>
                {m.title} ({m.editorialState})
              </label>
            </div>
          ))}
        </fieldset>
      ) : matches ? (
        <p className="admin-meta">No existing commitment shares its words.</p>
      ) : null}
      <p>
        <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'Close' : 'Edit and accept'}
        </button>{' '}
        <button type="button" onClick={onReject}>
          Reject
        </button>
      </p>
      {open ? (
        <div role="group" aria-label={`Accept proposal ${index + 1}`}>
          <fieldset>
            <legend>Accept as</legend>
            {(
              [
                ['commitment', 'A new commitment (draft)'],
                ['account', 'An account of the chosen commitment'],
                ['lineage', 'A lineage link: the chosen commitment, restated here'],
                ['status', 'A status update on the chosen commitment'],
              ] as const
            ).map(([value, label]) => (
              <div key={value}>
                <input
                  type="radio"
                  id={f(`as-${value}`)}
                  name={f('as')}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />{' '}
                <label htmlFor={f(`as-${value}`)}>{label}</label>
              </div>
            ))}
          </fieldset>
          {mode !== 'status' ? (
            <>
              <Field id={f('quote')} label="Quoted words (exact, from the sentence)">
                <input
                  id={f('quote')}
                  value={quote}
                  maxLength={300}
                  onChange={(e) => setQuote(e.target.value)}
                />
              </Field>
              <Field id={f('who')} label="Who said it">
                <input
                  id={f('who')}
                  value={who}
                  maxLength={200}
                  onChange={(e) => setWho(e.target.value)}
                />
              </Field>
              <Field id={f('kind')} label="Attribution kind">
                <Select
                  id={f('kind')}
                  value={kind}
                  onChange={(v) => setKind(v as AttributionKind)}
                  choices={Object.entries(ATTRIBUTION_DEFINITIONS).map(([value, d]) => ({
                    value,
                    label: d.label,
                  }))}
                />
              </Field>
              <Field id={f('speaker')} label="Speaker’s party">
                <Select
                  id={f('speaker')}
                  value={speaker}
                  onChange={setSpeaker}
                  choices={choicesOf(context.options.parties)}
                  empty="Not said"
                />
              </Field>
            </>
          ) : null}
          {mode === 'commitment' ? (
            <>
              <Field id={f('title')} label="Title">
                <input
                  id={f('title')}
                  value={title}
                  maxLength={200}
                  onChange={(e) => setTitle(e.target.value)}
                />
              </Field>
              <Field id={f('slug')} label="Slug">
                <input
                  id={f('slug')}
                  value={slug}
                  maxLength={120}
                  onChange={(e) => setSlug(e.target.value)}
                />
              </Field>
              <Field id={f('summary')} label="Summary">
                <textarea
                  id={f('summary')}
                  value={summary}
                  rows={3}
                  maxLength={2000}
                  onChange={(e) => setSummary(e.target.value)}
                />
              </Field>
              <Field id={f('meeting')} label="Meeting">
                <Select
                  id={f('meeting')}
                  value={meeting}
                  onChange={setMeeting}
                  choices={choicesOf(context.options.meetings)}
                  empty="Choose a meeting"
                />
              </Field>
              <Field id={f('theme')} label="Theme">
                <Select
                  id={f('theme')}
                  value={theme}
                  onChange={setTheme}
                  choices={choicesOf(context.options.themes)}
                  empty="Choose a theme"
                />
              </Field>
              <Field id={f('strength')} label="Strength">
                <Select
                  id={f('strength')}
                  value={strength}
                  onChange={(v) => setStrength(v as CommitmentStrength)}
                  choices={Object.entries(STRENGTH_DEFINITIONS).map(([value, d]) => ({
                    value,
                    label: d.label,
                  }))}
                />
              </Field>
              <Field id={f('parties')} label="Parties (slugs, comma-separated)">
                <input
                  id={f('parties')}
                  value={parties}
                  maxLength={400}
                  onChange={(e) => setParties(e.target.value)}
                />
              </Field>
              {proposal.target ? (
                <Field
                  id={f('target')}
                  label={`Target date (${proposal.target.qualifier.replace('_', ' ')}, ${proposal.target.precision})`}
                >
                  <input
                    id={f('target')}
                    type="date"
                    value={targetDate}
                    onChange={(e) => setTargetDate(e.target.value)}
                  />
                </Field>
              ) : null}
            </>
          ) : mode === 'lineage' ? (
            <>
              <Field id={f('lineage-meeting')} label="Restated at (meeting)">
                <Select
                  id={f('lineage-meeting')}
                  value={meeting}
                  onChange={setMeeting}
                  choices={choicesOf(context.options.meetings)}
                  empty="Choose a meeting"
                />
              </Field>
              <Field id={f('relation')} label="Relation">
                <Select
                  id={f('relation')}
                  value={relation}
                  onChange={(v) => setRelation(v as LineageRelation)}
                  choices={Object.entries(LINEAGE_DEFINITIONS).map(([value, d]) => ({
                    value,
                    label: d.label,
                  }))}
                />
              </Field>
              <Field id={f('restated-on')} label="Restated on">
                <input
                  id={f('restated-on')}
                  type="date"
                  value={restatedOn}
                  onChange={(e) => setRestatedOn(e.target.value)}
                />
              </Field>
              <Field id={f('lineage-note')} label="What the link shows (our words, optional)">
                <textarea
                  id={f('lineage-note')}
                  value={lineageNote}
                  rows={2}
                  maxLength={600}
                  onChange={(e) => setLineageNote(e.target.value)}
                />
              </Field>
            </>
          ) : mode === 'account' ? (
            <>
              <Field id={f('topic')} label="Topic">
                <input
                  id={f('topic')}
                  value={topic}
                  maxLength={80}
                  onChange={(e) => setTopic(e.target.value)}
                />
              </Field>
              <Field id={f('note')} label="What differs (our words)">
                <textarea
                  id={f('note')}
                  value={note}
                  rows={3}
                  maxLength={600}
                  onChange={(e) => setNote(e.target.value)}
                />
              </Field>
            </>
          ) : (
            <>
              <Field id={f('status')} label="Status">
                <Select
                  id={f('status')}
                  value={status}
                  onChange={(v) => setStatus(v as CommitmentStatus)}
                  choices={Object.entries(STATUS_DEFINITIONS).map(([value, d]) => ({
                    value,
                    label: d.label,
                  }))}
                />
              </Field>
              <Field id={f('effective')} label="Effective on">
                <input
                  id={f('effective')}
                  type="date"
                  value={effectiveOn}
                  onChange={(e) => setEffectiveOn(e.target.value)}
                />
              </Field>
              <Field id={f('status-note')} label="Note (our words)">
                <textarea
                  id={f('status-note')}
                  value={statusNote}
                  rows={3}
                  maxLength={4000}
                  onChange={(e) => setStatusNote(e.target.value)}
                />
              </Field>
            </>
          )}
          {problem ? (
            <div role="alert" className="form-error">
              <p>{problem.message}</p>
              {problem.fields.length > 0 ? (
                <ul>
                  {problem.fields.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <button type="button" onClick={accept} disabled={pending || !hydrated}>
            {pending ? 'Saving…' : 'Accept'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
