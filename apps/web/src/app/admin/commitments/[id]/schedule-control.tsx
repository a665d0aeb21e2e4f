'use client';

import { useState } from 'react';
import { formatDateTime } from '../../_components/format';
import { type Saved } from '../../_components/use-record-form';
import { trpc } from '~/lib/trpc';
import { type EditorCommitment } from '../_components/labels';

/** "2026-12-05T09:00" for a datetime-local input, in UTC. */
function toInput(iso: string | null): string {
  return iso ? iso.slice(0, 16) : '';
}

/** A datetime-local value read as UTC, with its zone: what the API takes. */
function fromInput(value: string): string | null {
  return value ? `${value}:00Z` : null;
}

/**
 * Scheduled publishing (admins, approved or published commitments): the time it goes live
 * and the time it returns to draft, in UTC. The record stays in review until then; the
 * server's scheduler publishes it within a minute of the time, restart or not. Saving the
 * details afterwards clears a scheduled publish, so schedule again after an edit.
 */
export function ScheduleControl({
  commitment,
  dirty,
  run,
  setError,
}: {
  commitment: EditorCommitment;
  /** The details have unsaved changes: a schedule would go out without them. */
  dirty: boolean;
  run: (label: string, write: (expectedVersion: number) => Promise<Saved>) => Promise<Saved | null>;
  setError: (message: string | null) => void;
}) {
  const state = commitment.editorialState;
  const [publishAt, setPublishAt] = useState(toInput(commitment.publishAt));
  const [unpublishAt, setUnpublishAt] = useState(toInput(commitment.unpublishAt));
  const [done, setDone] = useState<string | null>(null);
  if (state !== 'review' && state !== 'published') return null;
  const scheduled = commitment.publishAt !== null || commitment.unpublishAt !== null;

  async function save(
    label: string,
    input: { publishAt: string | null; unpublishAt: string | null },
  ) {
    setDone(null);
    if (dirty) {
      setError(
        'You have unsaved changes in the details. Save them (or discard them) first, so that what goes out at the scheduled time is what you see.',
      );
      return;
    }
    const saved = await run(label, (expectedVersion) =>
      trpc.editor.commitment.schedule.mutate({ id: commitment.id, expectedVersion, ...input }),
    );
    if (saved) {
      setDone(
        input.publishAt === null && input.unpublishAt === null
          ? `Schedule cancelled. Now version ${saved.version}.`
          : `Scheduled. Now version ${saved.version}.`,
      );
    }
  }

  return (
    <div className="admin-schedule">
      <h3>Schedule</h3>
      {scheduled ? (
        <p data-testid="schedule-summary">
          {commitment.publishAt ? <>Publishes at {formatDateTime(commitment.publishAt)}. </> : null}
          {commitment.unpublishAt ? (
            <>Returns to draft at {formatDateTime(commitment.unpublishAt)}.</>
          ) : null}
        </p>
      ) : (
        <p>Nothing scheduled. Times are in UTC.</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save('Schedule', {
            publishAt: state === 'review' ? fromInput(publishAt) : null,
            unpublishAt: fromInput(unpublishAt),
          });
        }}
      >
        {state === 'review' ? (
          <label>
            Publish at (UTC){' '}
            <input
              type="datetime-local"
              value={publishAt}
              onChange={(e) => setPublishAt(e.target.value)}
            />
          </label>
        ) : null}{' '}
        <label>
          Unpublish at (UTC){' '}
          <input
            type="datetime-local"
            value={unpublishAt}
            onChange={(e) => setUnpublishAt(e.target.value)}
          />
        </label>{' '}
        <button type="submit">Schedule</button>{' '}
        {scheduled ? (
          <button
            type="button"
            onClick={() => void save('Cancel schedule', { publishAt: null, unpublishAt: null })}
          >
            Cancel schedule
          </button>
        ) : null}
      </form>
      <div role="status">{done ? <p className="admin-saved">{done}</p> : null}</div>
    </div>
  );
}
