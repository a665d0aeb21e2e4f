'use client';

import {
  canMoveEditorialState,
  CommitmentDraft,
  type EditorialState,
  formatIsoDate,
  STATUS_DEFINITIONS,
  StatusUpdateDraft,
  StatusUpdateTranslations,
  textHash,
  todayIso,
  translationState,
  type UserRole,
  WORKFLOW_NOTE_MAX,
} from '@accord/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { z } from 'zod';
import {
  CheckboxGroup,
  type Option,
  Select,
  TextArea,
  TextField,
  TranslationField,
  TranslationFields,
} from '../../_components/fields';
import { formatDateTime } from '../../_components/format';
import { optionsFrom, optionsOf } from '../../_components/options';
import { RecordForm } from '../../_components/record-form';
import {
  type RecordFormState,
  requireVersion,
  type Saved,
  useRecordForm,
} from '../../_components/use-record-form';
import { type ConflictInfo, describeProblem, trpc } from '~/lib/trpc';
import {
  COMMITMENT_TRANSLATION_FIELDS,
  CommitmentFields,
  type CommitmentFormData,
} from '../_components/commitment-fields';
import {
  commitmentFieldLabel,
  commitmentIssueMessage,
  statusFieldLabel,
} from '../_components/field-labels';
import { type EditorCommitment, type EditorOptions } from '../_components/labels';
import { ScheduleControl } from './schedule-control';
import { useHydrated } from '../../_components/use-hydrated';

type CommitmentForm = RecordFormState<CommitmentFormData>;

function staleMessage(conflict: ConflictInfo): string {
  return `${conflict.changedBy} saved version ${conflict.currentVersion} at ${formatDateTime(conflict.changedAt)} since this page loaded. The page now shows the latest state; check it and try again.`;
}

/**
 * Runs a write that is not the form's own (a workflow move, a status update) against the
 * version the server last showed. The form keeps its own base version unless it was that
 * same version, so its unsaved input is never silently rebased over someone else's save.
 */
function useSideWrite(commitment: EditorCommitment, form: CommitmentForm) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Until the refreshed page arrives its buttons describe the old state: keep them disabled.
  const [refreshing, startRefresh] = useTransition();
  // Nor can they work before the page has hydrated (use-hydrated.ts).
  const hydrated = useHydrated();
  async function run(label: string, write: (expectedVersion: number) => Promise<Saved>) {
    setPending(label);
    setError(null);
    // The newest version this page knows of: a conflict in the form may have told it of one
    // before the refreshed page arrived.
    const expected = Math.max(commitment.version, form.version ?? 0);
    try {
      const saved = await write(expected);
      if (form.version === expected) form.adoptVersion(saved.version);
      startRefresh(() => router.refresh());
      return saved;
    } catch (e) {
      const p = describeProblem(e);
      setError(p.conflict ? staleMessage(p.conflict) : p.message);
      if (p.conflict) startRefresh(() => router.refresh());
      return null;
    } finally {
      setPending(null);
    }
  }
  return {
    pending: pending ?? (refreshing ? 'refreshing' : hydrated ? null : 'loading'),
    error,
    setError,
    run,
  };
}

export function CommitmentEditor({
  commitment,
  options,
  commitments,
  role,
}: {
  commitment: EditorCommitment;
  options: EditorOptions;
  /** The commitments this one may be a sub-commitment of. */
  commitments: readonly Option[];
  role: UserRole;
}) {
  const router = useRouter();
  const form = useRecordForm<CommitmentFormData>({
    draftKey: `commitment:${commitment.id}`,
    schema: CommitmentDraft,
    initial: commitment.data,
    version: commitment.version,
    describeIssue: commitmentIssueMessage,
    save: (data, expectedVersion) =>
      trpc.editor.commitment.update.mutate({
        id: commitment.id,
        expectedVersion: requireVersion(expectedVersion),
        data,
      }),
    onSaved: () => router.refresh(),
  });
  // A conflict means the page is out of date: show the latest state, version and history
  // around the form (which keeps the editor's input).
  const conflictVersion = form.conflict?.currentVersion;
  useEffect(() => {
    if (conflictVersion !== undefined) router.refresh();
  }, [conflictVersion, router]);
  const state = commitment.editorialState;
  return (
    <>
      <Workflow commitment={commitment} role={role} form={form} />
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        {state === 'published' && role !== 'admin' ? (
          <p className="admin-notice">
            This commitment is published: only an admin can change its details. You can still record
            status updates.
          </p>
        ) : null}
        {state === 'archived' ? (
          <p className="admin-notice">
            This commitment is archived. An admin can return it to draft to edit it.
          </p>
        ) : null}
        <RecordForm form={form} label="Commitment" labelFor={commitmentFieldLabel}>
          <CommitmentFields form={form} options={options} commitments={commitments} />
          <TranslationFields form={form} fields={COMMITMENT_TRANSLATION_FIELDS} />
        </RecordForm>
      </section>
      <StatusUpdates commitment={commitment} options={options} form={form} />
      <NoteTranslations commitment={commitment} options={options} form={form} role={role} />
    </>
  );
}

interface Move {
  label: string;
  to: EditorialState | 'submit';
  confirm?: string;
  done: string;
}

function movesFor(state: EditorialState, role: UserRole): Move[] {
  const moves: Move[] = [];
  if (state === 'draft') {
    moves.push({ label: 'Submit for review', to: 'submit', done: 'Submitted for review.' });
  }
  if (role !== 'admin') return moves;
  if (canMoveEditorialState(state, 'published')) {
    moves.push({ label: 'Publish', to: 'published', done: 'Published.' });
  }
  if (canMoveEditorialState(state, 'draft')) {
    moves.push({
      label: 'Return to draft',
      to: 'draft',
      done: 'Returned to draft.',
      confirm:
        state === 'published'
          ? 'Return this commitment to draft? Readers will no longer see it.'
          : undefined,
    });
  }
  if (canMoveEditorialState(state, 'archived')) {
    moves.push({
      label: 'Archive',
      to: 'archived',
      done: 'Archived.',
      confirm:
        state === 'published'
          ? 'Archive this commitment? Readers will no longer see it.'
          : 'Archive this commitment?',
    });
  }
  return moves;
}

function Workflow({
  commitment,
  role,
  form,
}: {
  commitment: EditorCommitment;
  role: UserRole;
  form: CommitmentForm;
}) {
  const side = useSideWrite(commitment, form);
  const [done, setDone] = useState<{ message: string; publicHref?: string } | null>(null);
  // Optional words for a submit or a return to draft: kept in the audit, shown to the author.
  const [note, setNote] = useState('');
  const state = commitment.editorialState;
  const moves = movesFor(state, role);
  const takesNote = moves.some((m) => m.to === 'submit' || m.to === 'draft');

  async function move(m: Move) {
    setDone(null);
    if (form.dirty) {
      side.setError(
        `You have unsaved changes in the details. Save them (or discard them) first, so that what you ${m.label.toLowerCase()} is what you see.`,
      );
      return;
    }
    if (m.confirm && !window.confirm(m.confirm)) return;
    const saved = await side.run(m.label, (expectedVersion) =>
      m.to === 'submit'
        ? trpc.editor.commitment.submit.mutate({ id: commitment.id, expectedVersion, note })
        : trpc.editor.commitment.setState.mutate({
            id: commitment.id,
            expectedVersion,
            to: m.to,
            note: m.to === 'draft' ? note : undefined,
          }),
    );
    if (saved) {
      setNote('');
      setDone({
        message: `${m.done} Now version ${saved.version}.`,
        publicHref: m.to === 'published' ? `/commitments/${form.data.slug}` : undefined,
      });
    }
  }

  return (
    <section aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Workflow</h2>
      {moves.length === 0 ? (
        <p>
          {state === 'review'
            ? 'Waiting for an admin to review and publish it.'
            : state === 'published'
              ? 'Published. Only an admin can unpublish or archive it.'
              : 'Archived. Only an admin can return it to draft.'}
        </p>
      ) : (
        <div className="admin-actions">
          {takesNote ? (
            <div className="admin-field admin-workflow-note-field">
              <label htmlFor="workflow-note">Note with a submit or return (optional)</label>
              <textarea
                id="workflow-note"
                rows={2}
                maxLength={WORKFLOW_NOTE_MAX}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
            </div>
          ) : null}
          {moves.map((m) => (
            <button
              key={m.label}
              type="button"
              className={m.to === 'archived' ? 'danger' : undefined}
              disabled={side.pending !== null}
              onClick={() => void move(m)}
            >
              {side.pending === m.label ? `${m.label}…` : m.label}
            </button>
          ))}
        </div>
      )}
      {role === 'admin' ? (
        <ScheduleControl
          commitment={commitment}
          dirty={form.dirty}
          run={side.run}
          setError={side.setError}
        />
      ) : null}
      {side.error ? (
        <p role="alert" className="admin-alert">
          {side.error}
        </p>
      ) : null}
      <div role="status">
        {done ? (
          <p className="admin-saved">
            {done.message}{' '}
            {done.publicHref ? (
              <Link href={done.publicHref}>View the published commitment</Link>
            ) : null}
          </p>
        ) : null}
      </div>
    </section>
  );
}

type StatusFormData = StatusUpdateDraft;

const blankUpdate = (): StatusFormData => ({
  effectiveOn: todayIso(),
  status: '' as StatusFormData['status'],
  note: '',
  sources: [],
  party: null,
  translations: {},
});

/** A status update's note has a translation; the rest of the update is the same in both. */
const STATUS_TRANSLATION_FIELDS = [{ name: 'note', label: 'Note', rows: 3 }] as const;

/** What the state of a note's Japanese is called in the table and the translations list. */
const NOTE_STATES = {
  missing: { text: 'missing', className: 'badge translation-missing' },
  stale: { text: 'older than the English', className: 'badge translation-stale' },
  current: { text: 'translated', className: 'badge' },
} as const;

/** A recorded update as a note's translation form knows it: its row, day, party and English. */
function noteIdentity(u: EditorCommitment['history'][number]): string {
  return `${u.id}:${u.effectiveOn}:${u.party ?? 'overall'}:${textHash(u.note)}`;
}

function noteState(u: EditorCommitment['history'][number]) {
  return NOTE_STATES[translationState(u.note, u.translations.ja?.note)];
}

/**
 * The party an update assesses, as the API gives it (a slug in the record, a reference in
 * views), or "Overall" for the commitment as a whole.
 */
function assessedParty(
  party: string | { name: string } | null | undefined,
  names: ReadonlyMap<string, string>,
): string {
  if (party === null || party === undefined) return 'Overall';
  return typeof party === 'string' ? (names.get(party) ?? party) : party.name;
}

const statusOptions = optionsFrom(STATUS_DEFINITIONS);

function StatusUpdates({
  commitment,
  options,
  form,
}: {
  commitment: EditorCommitment;
  options: EditorOptions;
  form: CommitmentForm;
}) {
  const router = useRouter();
  const side = useSideWrite(commitment, form);
  const expected = useRef(commitment.version);
  const sourceLabels = new Map(options.sources.map((s) => [s.slug, s.label]));
  const partyNames = new Map(options.parties.map((p) => [p.slug, p.label]));
  const update = useRecordForm<StatusFormData>({
    draftKey: `commitment:${commitment.id}:status`,
    schema: StatusUpdateDraft,
    initial: blankUpdate(),
    version: null,
    save: (data) => {
      expected.current = Math.max(commitment.version, form.version ?? 0);
      return trpc.editor.commitment.recordStatus.mutate({
        id: commitment.id,
        expectedVersion: expected.current,
        update: data,
      });
    },
    onSaved: (saved) => {
      if (form.version === expected.current) form.adoptVersion(saved.version);
      update.reset(blankUpdate());
      router.refresh();
    },
    onConflict: (conflict) => {
      router.refresh();
      return `Not recorded yet. ${staleMessage(conflict)} Your update is still in the form.`;
    },
  });

  async function remove(id: number, date: string) {
    if (!window.confirm(`Remove the status update of ${formatIsoDate(date)}?`)) return;
    await side.run(`remove-${id}`, (expectedVersion) =>
      trpc.editor.commitment.removeStatus.mutate({
        id: commitment.id,
        expectedVersion,
        statusUpdateId: id,
      }),
    );
  }

  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">Status updates</h2>
      {side.error ? (
        <p role="alert" className="admin-alert">
          {side.error}
        </p>
      ) : null}
      {commitment.history.length === 0 ? (
        <p>No status updates yet: readers see “{STATUS_DEFINITIONS.not_yet_rated.label}”.</p>
      ) : (
        <table className="table admin-table">
          <caption className="visually-hidden">Status updates, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Assesses</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
              <th scope="col">Japanese</th>
              <th scope="col">Author</th>
              <th scope="col">Sources</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {commitment.history.map((u) => (
              <tr key={u.id}>
                <th scope="row">{formatIsoDate(u.effectiveOn)}</th>
                <td>{assessedParty(u.party, partyNames)}</td>
                <td>{STATUS_DEFINITIONS[u.status].label}</td>
                <td>{u.note}</td>
                <td>
                  <span className={noteState(u).className}>{noteState(u).text}</span>
                </td>
                <td>{u.author}</td>
                <td>
                  {u.sources.length === 0
                    ? '—'
                    : u.sources.map((s) => sourceLabels.get(s) ?? s).join('; ')}
                </td>
                <td>
                  <button
                    type="button"
                    className="danger"
                    disabled={side.pending !== null}
                    onClick={() => void remove(u.id, u.effectiveOn)}
                  >
                    Remove
                    <span className="visually-hidden">
                      {' '}
                      status update of {formatIsoDate(u.effectiveOn)}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id="record-status-heading">Record a status update</h3>
      <RecordForm
        form={update}
        label="Record a status update"
        submitLabel="Record status update"
        labelFor={statusFieldLabel}
      >
        <TextField form={update} path="effectiveOn" label="Date" type="date" required />
        <Select
          form={update}
          path="party"
          label="Assesses party"
          nullable
          placeholder="Overall (the commitment as a whole)"
          options={optionsOf(options.parties)}
          hint="Leave it at overall for the editorial status. Choose a party to record that party’s own track, where the parties’ records differ; the overall status stays one call."
        />
        <Select
          form={update}
          path="status"
          label="Status"
          required
          placeholder="Choose a status"
          options={statusOptions}
        />
        <TextArea
          form={update}
          path="note"
          label="Note"
          required
          rows={4}
          hint="Why the status is what it is, in our words (Markdown)."
        />
        <CheckboxGroup
          form={update}
          path="sources"
          legend="Sources"
          options={optionsOf(options.sources)}
        />
        <TranslationFields form={update} fields={STATUS_TRANSLATION_FIELDS} />
      </RecordForm>
    </section>
  );
}

/** The note a translation form edits: its English (for reference) and its translations. */
const NoteTranslationData = z.object({ note: z.string(), translations: StatusUpdateTranslations });
type NoteTranslationData = z.infer<typeof NoteTranslationData>;

/**
 * Each recorded note in Japanese, one form per update (editor.commitment.translateStatus):
 * the English stays as recorded. On a published commitment it is an admin's change, as any
 * change of its text; others read the translations here.
 */
function NoteTranslations({
  commitment,
  options,
  form,
  role,
}: {
  commitment: EditorCommitment;
  options: EditorOptions;
  form: CommitmentForm;
  role: UserRole;
}) {
  if (commitment.history.length === 0) return null;
  const state = commitment.editorialState;
  const locked = state === 'archived' || (state === 'published' && role !== 'admin');
  const partyNames = new Map(options.parties.map((p) => [p.slug, p.label]));
  const missing = commitment.history.filter((u) => noteState(u) === NOTE_STATES.missing).length;
  const stale = commitment.history.filter((u) => noteState(u) === NOTE_STATES.stale).length;
  return (
    <section aria-labelledby="note-translations-heading">
      <h2 id="note-translations-heading">Japanese translations of the notes</h2>
      <p className="admin-hint">
        Our notes in Japanese, for readers of the /ja pages. {missing} missing, {stale} older than
        the English.
      </p>
      {locked ? (
        <p className="admin-notice">
          {state === 'archived'
            ? 'This commitment is archived: its translations cannot change.'
            : 'This commitment is published: only an admin can change the translations of its notes.'}
        </p>
      ) : null}
      {commitment.history.map((u) => (
        <NoteTranslation
          // Updates are stored by position: after a removal, an id can hold another update.
          // Keyed by what it translates too, so a form never carries one note's text to another.
          key={noteIdentity(u)}
          commitment={commitment}
          update={u}
          form={form}
          locked={locked}
          heading={`${formatIsoDate(u.effectiveOn)}, ${assessedParty(u.party, partyNames)}: ${STATUS_DEFINITIONS[u.status].label}`}
        />
      ))}
    </section>
  );
}

function NoteTranslation({
  commitment,
  update: u,
  form,
  locked,
  heading,
}: {
  commitment: EditorCommitment;
  update: EditorCommitment['history'][number];
  form: CommitmentForm;
  locked: boolean;
  heading: string;
}) {
  const router = useRouter();
  const expected = useRef(commitment.version);
  const badge = noteState(u);
  const translation = useRecordForm<NoteTranslationData>({
    draftKey: `commitment:${commitment.id}:status:${noteIdentity(u)}:translation`,
    schema: NoteTranslationData,
    initial: { note: u.note, translations: u.translations },
    version: null,
    save: (data) => {
      expected.current = Math.max(commitment.version, form.version ?? 0);
      return trpc.editor.commitment.translateStatus.mutate({
        id: commitment.id,
        expectedVersion: expected.current,
        statusUpdateId: u.id,
        translations: data.translations,
      });
    },
    onSaved: (saved) => {
      if (form.version === expected.current) form.adoptVersion(saved.version);
      router.refresh();
    },
    onConflict: (conflict) => {
      router.refresh();
      return `Not saved yet. ${staleMessage(conflict)} Your translation is still in the form.`;
    },
  });
  return (
    <details className="note-translation">
      <summary>
        {heading} <span className={badge.className}>{badge.text}</span>
        {translation.dirty ? <span className="badge">unsaved changes</span> : null}
      </summary>
      {locked ? (
        <p lang={u.translations.ja?.note ? 'ja' : undefined}>
          {u.translations.ja?.note?.text ?? 'No Japanese yet.'}
        </p>
      ) : (
        <RecordForm
          form={translation}
          label={`Japanese note of ${heading}`}
          submitLabel="Save translation"
          labelFor={statusFieldLabel}
        >
          <TranslationField form={translation} field={STATUS_TRANSLATION_FIELDS[0]} locale="ja" />
        </RecordForm>
      )}
    </details>
  );
}
