'use client';

import { useState, useSyncExternalStore } from 'react';
import { formatDateTime } from '../../_components/format';
import {
  formatInZone,
  isTimeZone,
  utcToWallTime,
  wallTimeToUtc,
  zoneChoices,
} from '../../_components/zoned-time';
import { type Saved } from '../../_components/use-record-form';
import { useHydrated } from '../../_components/use-hydrated';
import { trpc } from '~/lib/trpc';
import { type EditorCommitment } from '../_components/labels';

/** Where the admin's choice of zone is remembered, in this browser. */
const ZONE_KEY = 'accord.schedule-zone';

/** The browser's own time zone, or UTC when it names none the platform knows. */
function browserZone(): string {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return own && isTimeZone(own) ? own : 'UTC';
}

/** The zone chosen in this page, once the admin has chosen one. */
let chosenZone: string | null = null;
const zoneListeners = new Set<() => void>();

/** The zone to use: the one chosen here, else the last one chosen in this browser, else its own. */
function currentZone(): string {
  if (chosenZone) return chosenZone;
  try {
    const saved = window.localStorage.getItem(ZONE_KEY);
    if (saved && isTimeZone(saved)) return saved;
  } catch {
    // Storage refused (private mode, policy): the browser's zone.
  }
  return browserZone();
}

function chooseZone(zone: string) {
  chosenZone = zone;
  try {
    window.localStorage.setItem(ZONE_KEY, zone);
  } catch {
    // Not remembered; still used.
  }
  for (const listener of zoneListeners) listener();
}

function subscribeZone(listener: () => void): () => void {
  zoneListeners.add(listener);
  return () => zoneListeners.delete(listener);
}

/** A saved instant as a datetime-local value in `zone` ('' when none). */
function wallTimeOf(iso: string | null, zone: string): string {
  return iso ? utcToWallTime(iso, zone) : '';
}

/** "= 5 December 2026, 00:00 UTC" under a field: what will be saved, or why it cannot be. */
function utcPreview(value: string, zone: string): string {
  if (!value || zone === 'UTC') return '';
  const read = wallTimeToUtc(value, zone);
  return read.ok ? `= ${formatDateTime(read.iso)}` : read.error;
}

/** One time field as the admin typed it, read in the chosen zone. */
function readTime(label: string, value: string, zone: string): string | null {
  if (!value) return null;
  const read = wallTimeToUtc(value, zone);
  if (!read.ok) throw new Error(`${label}: ${read.error}`);
  return read.iso;
}

/**
 * Scheduled publishing (admins, approved or published commitments): the time it goes live
 * and the time it returns to draft, typed in a time zone the admin chooses (their browser's
 * by default, remembered; an embargo is announced in local time) and sent to the API as
 * UTC, with the UTC time shown beside it. The record stays in review until then; the
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
  // UTC on the server, which cannot know the browser's zone (the first render must match
  // it); then the admin's zone. A field shows its saved time in that zone until edited.
  const zone = useSyncExternalStore(subscribeZone, currentZone, () => 'UTC');
  const [typedPublishAt, setPublishAt] = useState<string | null>(null);
  const [typedUnpublishAt, setUnpublishAt] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Both buttons do their work in handlers: pressed before hydration, Schedule would submit
  // the bare form (a reload, the times lost) and Cancel would do nothing (useHydrated).
  const hydrated = useHydrated();
  const publishAt = typedPublishAt ?? wallTimeOf(commitment.publishAt, zone);
  const unpublishAt = typedUnpublishAt ?? wallTimeOf(commitment.unpublishAt, zone);
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
      // The fields show the saved times again (in whatever zone is chosen next).
      setPublishAt(null);
      setUnpublishAt(null);
      setDone(
        input.publishAt === null && input.unpublishAt === null
          ? `Schedule cancelled. Now version ${saved.version}.`
          : `Scheduled. Now version ${saved.version}.`,
      );
    }
  }

  /** A saved time in the chosen zone, with UTC beside it when the zone is another. */
  const shown = (iso: string) =>
    zone === 'UTC' ? formatDateTime(iso) : `${formatInZone(iso, zone)} (${formatDateTime(iso)})`;
  const field = (
    label: string,
    value: string,
    set: (value: string | null) => void,
    name: 'publish' | 'unpublish',
  ) => (
    <span className="admin-schedule-time">
      <label>
        {label}{' '}
        <input
          type="datetime-local"
          value={value}
          onChange={(e) => set(e.target.value)}
          aria-describedby={`schedule-${name}-utc`}
        />
      </label>{' '}
      <small id={`schedule-${name}-utc`} data-testid={`schedule-${name}-utc`}>
        {utcPreview(value, zone)}
      </small>
    </span>
  );

  return (
    <div className="admin-schedule">
      <h3>Schedule</h3>
      {scheduled ? (
        <p data-testid="schedule-summary">
          {commitment.publishAt ? <>Publishes at {shown(commitment.publishAt)}. </> : null}
          {commitment.unpublishAt ? (
            <>Returns to draft at {shown(commitment.unpublishAt)}.</>
          ) : null}
        </p>
      ) : (
        <p>Nothing scheduled.</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          let input: { publishAt: string | null; unpublishAt: string | null };
          try {
            input = {
              publishAt: state === 'review' ? readTime('Publish at', publishAt, zone) : null,
              unpublishAt: readTime('Unpublish at', unpublishAt, zone),
            };
          } catch (error) {
            // The entry stays as typed, to be corrected.
            setDone(null);
            setError((error as Error).message);
            return;
          }
          void save('Schedule', input);
        }}
      >
        <label>
          Time zone{' '}
          <select
            value={zone}
            onChange={(e) => {
              // The typed times keep their wall-clock reading in the new zone (an embargo
              // "at 09:00" is typed first, then its zone chosen); the previews show the UTC.
              chooseZone(e.target.value);
            }}
          >
            {zoneChoices(zone).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>{' '}
        {state === 'review' ? field('Publish at', publishAt, setPublishAt, 'publish') : null}{' '}
        {field('Unpublish at', unpublishAt, setUnpublishAt, 'unpublish')}{' '}
        <button type="submit" disabled={!hydrated}>
          Schedule
        </button>{' '}
        {scheduled ? (
          <button
            type="button"
            disabled={!hydrated}
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
