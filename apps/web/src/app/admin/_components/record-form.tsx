'use client';

import { type KeyboardEvent, type ReactNode } from 'react';
import { ConflictPanel } from './conflict-panel';
import { humanizePath } from './paths';
import { type RecordFormState } from './use-record-form';

/** The problems a form has, linked to their fields; focused after a failed save. */
export function ErrorSummary({
  // Taken apart here: React's compiler treats every property of an object that holds a ref
  // as part of the ref, so reading form.errors during render would count as reading a ref.
  form: { problem, errors, fieldId, summaryRef },
  labelFor = humanizePath,
}: {
  form: Pick<RecordFormState<unknown>, 'problem' | 'errors' | 'fieldId' | 'summaryRef'>;
  labelFor?: (path: string) => string;
}) {
  const entries = Object.entries(errors);
  return (
    <div ref={summaryRef} tabIndex={-1} className="admin-summary-slot">
      {problem || entries.length > 0 ? (
        <div role="alert" className="admin-error-summary">
          <p className="form-error">{problem ?? 'Correct the fields listed below.'}</p>
          {entries.length > 0 ? (
            <ul>
              {entries.map(([path, message]) => (
                <li key={path}>
                  <a href={`#${fieldId(path)}`}>
                    {labelFor(path)}: {message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/**
 * Ctrl+S (Cmd+S on a Mac) while in the form saves it, as in every editor, instead of the
 * browser's "save page as". Nothing else is taken: with Shift or Alt the browser keeps it.
 */
export function isSaveShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (
    (event.key === 's' || event.key === 'S') &&
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey
  );
}

/**
 * A record's form: the fields as children, then the save button, with the error summary,
 * the saved notice, a restored-draft notice and the conflict panel around them.
 */
export function RecordForm<T>({
  form,
  label,
  submitLabel = 'Save',
  labelFor,
  children,
  actions,
}: {
  form: RecordFormState<T>;
  /** The form's accessible name ("Commitment"). */
  label: string;
  submitLabel?: string;
  labelFor?: (path: string) => string;
  children: ReactNode;
  /** More buttons beside Save. */
  actions?: ReactNode;
}) {
  return (
    <form
      className="admin-form"
      aria-label={label}
      noValidate
      onSubmit={(event) => void form.submit(event)}
      onKeyDown={(event) => {
        if (!isSaveShortcut(event)) return;
        event.preventDefault();
        // A save in flight is not started twice (the button is disabled meanwhile too).
        if (!form.pending) event.currentTarget.requestSubmit();
      }}
    >
      {form.restored ? (
        <div className="admin-notice" role="status">
          <p>
            Restored your unsaved changes from earlier in this browser session
            {form.restored.baseVersion !== null
              ? ` (based on version ${form.restored.baseVersion})`
              : ''}
            . Save to keep them.
          </p>
          <button type="button" className="secondary" onClick={form.discardRestored}>
            Discard restored changes
          </button>
        </div>
      ) : null}
      {form.conflict ? (
        <ConflictPanel
          conflict={form.conflict}
          mine={form.data}
          onKeepMine={form.keepMine}
          onLoadTheirs={form.loadTheirs}
          labelFor={labelFor}
        />
      ) : null}
      <ErrorSummary form={form} labelFor={labelFor} />
      {children}
      <div className="admin-actions admin-save-bar">
        <button
          type="submit"
          disabled={form.pending}
          aria-keyshortcuts="Control+S Meta+S"
          title="Save (Ctrl+S, or Cmd+S on a Mac)"
        >
          {form.pending ? 'Saving…' : submitLabel}
        </button>
        {actions}
        <p role="status" className="admin-saved">
          {form.notice ?? (form.dirty ? 'Unsaved changes' : '')}
        </p>
      </div>
    </form>
  );
}
