'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { type z } from 'zod';
import { describeProblem, trpc } from '~/lib/trpc';
import { RecordForm } from './record-form';
import { REFERENCE_TYPES, referenceFieldLabel, type ReferenceType } from './reference-types';
import { type RecordFormState, type Saved, useRecordForm } from './use-record-form';

/**
 * The form of one meeting, party, source or theme: the kit's versioned record form, plus
 * the page's way on after a save (a new record opens in its editor) and, for admins, Delete.
 * Read-only (an editor looking at a theme): every control is disabled by one fieldset.
 */
export function ReferenceEditor<T>({
  type,
  id,
  version,
  initial,
  schema,
  save,
  canDelete = false,
  readOnly = false,
  describeIssue,
  children,
}: {
  type: ReferenceType;
  /** Null for a record not created yet. */
  id: number | null;
  version: number | null;
  initial: T;
  schema: z.ZodType<T>;
  save: (data: T, expectedVersion: number | null) => Promise<Saved>;
  canDelete?: boolean;
  readOnly?: boolean;
  /** Rewords a schema's message for one of this form's fields (see useRecordForm). */
  describeIssue?: (path: string, message: string) => string;
  children: (form: RecordFormState<T>) => ReactNode;
}) {
  const router = useRouter();
  const words = REFERENCE_TYPES[type];
  const form = useRecordForm<T>({
    draftKey: `${type}:${id ?? 'new'}`,
    schema,
    initial,
    version,
    save,
    describeIssue,
    onSaved: (saved) => {
      if (id === null) router.replace(`${words.path}/${saved.id}?created=1`);
      else router.refresh();
    },
  });
  const label = `${id === null ? 'New' : 'Edit'} ${words.one}`;
  const editor = (
    <RecordForm
      form={form}
      label={label}
      labelFor={(path) => referenceFieldLabel(type, path)}
      submitLabel={id === null ? `Create ${words.one}` : 'Save'}
      actions={
        canDelete && id !== null && form.version !== null ? (
          <DeleteRecord type={type} id={id} version={form.version} disabled={form.pending} />
        ) : null
      }
    >
      {children(form)}
    </RecordForm>
  );
  if (!readOnly) return editor;
  return (
    <fieldset disabled className="admin-readonly">
      <legend className="visually-hidden">{label} (read only)</legend>
      {editor}
    </fieldset>
  );
}

/** Delete with a second, explicit step; the server refuses while the record is in use. */
function DeleteRecord({
  type,
  id,
  version,
  disabled,
}: {
  type: ReferenceType;
  id: number;
  version: number;
  disabled: boolean;
}) {
  const router = useRouter();
  const words = REFERENCE_TYPES[type];
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      const input = { id, expectedVersion: version };
      if (type === 'meeting') await trpc.editor.meeting.delete.mutate(input);
      else if (type === 'party') await trpc.editor.party.delete.mutate(input);
      else if (type === 'source') await trpc.editor.source.delete.mutate(input);
      else await trpc.editor.theme.delete.mutate(input);
      router.push(`${words.path}?deleted=${id}`);
    } catch (e) {
      setError(`Not deleted. ${describeProblem(e).message}`);
      setConfirming(false);
      setPending(false);
    }
  }

  return (
    <div className="admin-delete">
      {confirming ? (
        <div
          className="admin-actions"
          role="group"
          aria-label={`Confirm deleting this ${words.one}`}
        >
          <span>Delete this {words.one} for good?</span>
          <button
            type="button"
            className="danger"
            disabled={pending || disabled}
            onClick={() => void remove()}
          >
            {pending ? 'Deleting…' : `Yes, delete ${words.one}`}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={pending}
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="danger"
          disabled={disabled}
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          Delete {words.one}
        </button>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
