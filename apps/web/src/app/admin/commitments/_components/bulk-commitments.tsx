'use client';

import {
  BULK_MAX,
  type BulkOutcome,
  type EditorCommitmentListItem,
  type UserRole,
  WORKFLOW_NOTE_MAX,
} from '@accord/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';
import { CommitmentTable } from './commitment-table';

type Action =
  | { kind: 'submit'; label: string; done: string }
  | { kind: 'move'; to: 'published' | 'archived'; label: string; done: string; confirm?: string }
  | { kind: 'tag'; how: 'addTag' | 'removeTag'; label: string; done: string };

const SUBMIT: Action = { kind: 'submit', label: 'Submit for review', done: 'Submitted for review' };
const PUBLISH: Action = { kind: 'move', to: 'published', label: 'Publish', done: 'Published' };
const ARCHIVE: Action = {
  kind: 'move',
  to: 'archived',
  label: 'Archive',
  done: 'Archived',
  confirm: 'Archive the selected commitments? Readers will no longer see any that are published.',
};
const ADD_TAG: Action = { kind: 'tag', how: 'addTag', label: 'Add tag', done: 'Tagged' };
const REMOVE_TAG: Action = { kind: 'tag', how: 'removeTag', label: 'Remove tag', done: 'Untagged' };

interface Report {
  action: Action;
  outcomes: BulkOutcome[];
  titles: ReadonlyMap<number, string>;
}

/**
 * The commitments list with a checkbox per row: choose many, then submit them for review,
 * publish or archive them (admins), or add or remove a tag. Each record is saved on its own
 * (its own revision and audit entry); the answer says which were saved and which were not,
 * a stale one with a way to reload the list and try it again.
 */
export function BulkCommitments({
  items,
  role,
  caption,
  empty,
}: {
  items: readonly EditorCommitmentListItem[];
  role: UserRole;
  caption: string;
  empty: string;
}) {
  const router = useRouter();
  const ids = useId();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [tag, setTag] = useState('');
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [refreshing, startRefresh] = useTransition();

  // Only rows on this page count: after a reload a record may have left the filter.
  const chosen = items.filter((c) => selected.has(c.id));
  const tooMany = chosen.length > BULK_MAX;
  const busy = pending !== null || refreshing;

  function toggle(id: number, on: boolean) {
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function run(action: Action) {
    setError(null);
    if (chosen.length === 0 || tooMany) return;
    if (action.kind === 'tag' && tag.trim() === '') {
      setError('Type the tag to add or remove.');
      return;
    }
    if (action.kind === 'move' && action.confirm && !window.confirm(action.confirm)) return;
    const list = chosen.map((c) => ({ id: c.id, expectedVersion: c.version }));
    setPending(action.label);
    setReport(null);
    try {
      const result =
        action.kind === 'move'
          ? await trpc.editor.commitment.bulkMove.mutate({ to: action.to, items: list })
          : action.kind === 'submit'
            ? await trpc.editor.commitment.bulk.mutate({ action: 'submit', items: list, note })
            : await trpc.editor.commitment.bulk.mutate({
                action: action.how,
                items: list,
                tag: tag.trim(),
              });
      setReport({
        action,
        outcomes: result.outcomes,
        titles: new Map(chosen.map((c) => [c.id, c.title])),
      });
      // Keep the ones that were not saved chosen, to try again once the list is reloaded.
      setSelected(new Set(result.outcomes.filter((o) => !o.ok).map((o) => o.id)));
      if (action.kind === 'submit') setNote('');
      startRefresh(() => router.refresh());
    } catch (e) {
      setError(describeProblem(e).message);
    } finally {
      setPending(null);
    }
  }

  const actions: Action[] =
    role === 'admin'
      ? [SUBMIT, PUBLISH, ARCHIVE, ADD_TAG, REMOVE_TAG]
      : [SUBMIT, ADD_TAG, REMOVE_TAG];
  const button = (a: Action) => (
    <button
      key={a.label}
      type="button"
      className={a.kind === 'move' && a.to === 'archived' ? 'danger' : undefined}
      disabled={busy || chosen.length === 0 || tooMany}
      onClick={() => void run(a)}
    >
      {pending === a.label ? `${a.label}…` : a.label}
    </button>
  );

  return (
    <>
      {items.length > 0 ? (
        <fieldset className="admin-fieldset admin-bulk" aria-describedby={`${ids}-count`}>
          <legend>With the selected commitments</legend>
          <p id={`${ids}-count`} role="status" className="admin-hint">
            {chosen.length === 0
              ? 'None selected. Tick the rows to act on, or the box in the heading for the whole page.'
              : `${chosen.length} selected.`}
            {tooMany ? ` Choose at most ${BULK_MAX} at a time.` : ''}
          </p>
          <div className="admin-actions">{actions.filter((a) => a.kind !== 'tag').map(button)}</div>
          <div className="admin-field">
            <label htmlFor={`${ids}-note`}>Note for review (optional)</label>
            <textarea
              id={`${ids}-note`}
              rows={2}
              maxLength={WORKFLOW_NOTE_MAX}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
          </div>
          <div className="admin-actions">
            <label htmlFor={`${ids}-tag`}>Tag</label>
            <input
              id={`${ids}-tag`}
              value={tag}
              maxLength={100}
              autoComplete="off"
              onChange={(e) => setTag(e.currentTarget.value)}
            />
            {actions.filter((a) => a.kind === 'tag').map(button)}
          </div>
          {error ? (
            <p role="alert" className="admin-alert">
              {error}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <BulkReport
        report={report}
        refreshing={refreshing}
        reload={() => startRefresh(() => router.refresh())}
      />
      <CommitmentTable
        items={items}
        caption={caption}
        empty={empty}
        selection={{
          selected,
          toggle,
          toggleAll: (on) => setSelected(on ? new Set(items.map((c) => c.id)) : new Set()),
        }}
      />
    </>
  );
}

function BulkReport({
  report,
  refreshing,
  reload,
}: {
  report: Report | null;
  refreshing: boolean;
  reload: () => void;
}) {
  return (
    <div role="status">{report ? <ReportBody {...{ report, refreshing, reload }} /> : null}</div>
  );
}

function ReportBody({
  report,
  refreshing,
  reload,
}: {
  report: Report;
  refreshing: boolean;
  reload: () => void;
}) {
  const { action, outcomes, titles } = report;
  const saved = outcomes.filter((o) => o.ok).length;
  const stale = outcomes.some((o) => !o.ok && o.code === 'CONFLICT');
  return (
    <section
      aria-labelledby="bulk-report-heading"
      className={saved === outcomes.length ? 'admin-bulk-report' : 'admin-bulk-report admin-notice'}
    >
      <h2 id="bulk-report-heading">
        {action.done}: {saved} of {outcomes.length}
      </h2>
      <ul>
        {outcomes.map((o) => (
          <li
            key={o.id}
            data-outcome={o.ok ? 'saved' : o.code === 'CONFLICT' ? 'stale' : 'refused'}
          >
            <Link href={`/admin/commitments/${o.id}`}>
              {titles.get(o.id) ?? `Commitment ${o.id}`}
            </Link>
            {': '}
            {o.ok
              ? `${action.done.toLowerCase()}, now version ${o.version}.`
              : o.code === 'CONFLICT'
                ? `not changed: someone saved version ${o.currentVersion} after this list loaded.`
                : `not changed: ${o.message}`}
          </li>
        ))}
      </ul>
      {stale ? (
        <p>
          The list below shows the latest versions once reloaded; the ones not changed stay
          selected, so you can check them and try again.{' '}
          <button type="button" onClick={reload} disabled={refreshing}>
            {refreshing ? 'Reloading…' : 'Reload the list'}
          </button>
        </p>
      ) : null}
    </section>
  );
}
