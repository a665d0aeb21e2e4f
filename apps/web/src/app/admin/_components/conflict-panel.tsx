'use client';

import { diffRecords } from '@accord/domain';
import { useId } from 'react';
import { formatDateTime } from './format';
import { humanizePath, showValue } from './paths';
import { type Conflict } from './use-record-form';

/**
 * Someone saved the record after this form loaded it: their version beside the editor's
 * unsaved one, field by field, and the two ways on. The editor's input stays in the form.
 */
export function ConflictPanel<T>({
  conflict,
  mine,
  onKeepMine,
  onLoadTheirs,
  labelFor = humanizePath,
}: {
  conflict: Conflict<T>;
  mine: T;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
  labelFor?: (path: string) => string;
}) {
  const headingId = useId();
  const changes = diffRecords(conflict.theirs, mine);
  const theirs = `Version ${conflict.currentVersion} (${conflict.changedBy})`;
  return (
    <section className="admin-conflict" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>Someone else saved this record</h2>
      <p>
        <strong>
          {conflict.changedBy} saved version {conflict.currentVersion} at{' '}
          {formatDateTime(conflict.changedAt)}.
        </strong>{' '}
        Your changes are not saved yet; they are still in the form.
      </p>
      {changes.length === 0 ? (
        <p>Their version and yours have the same content.</p>
      ) : (
        <table className="table admin-table admin-diff">
          <caption>Where their version and your unsaved version differ</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">{theirs}</th>
              <th scope="col">Your unsaved version</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.path}>
                <th scope="row">{labelFor(change.path)}</th>
                <td>{showValue(change.before)}</td>
                <td>{showValue(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="admin-actions">
        <button type="button" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" className="secondary" onClick={onLoadTheirs}>
          Load their version
        </button>
      </div>
      <p className="admin-hint">
        “Keep my version” lets your next Save replace theirs. “Load their version” replaces your
        input with theirs.
      </p>
    </section>
  );
}
