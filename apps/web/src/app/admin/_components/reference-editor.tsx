'use client';

import { EDITOR_SCHEMAS, type RecordData, type ReferenceType } from '@accord/domain';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';
import { RecordForm } from './record-form';
import { REFERENCE_FORMS, type ReferenceFormOptions } from './reference-forms';
import { REFERENCE_WORDS, referenceFieldLabel } from './reference-types';
import { requireVersion, type Saved, useRecordForm } from './use-record-form';
import { useHydrated } from './use-hydrated';

type Data = RecordData[ReferenceType];

interface Writes<T extends ReferenceType> {
  create: (data: RecordData[T]) => Promise<Saved>;
  update: (input: { id: number; expectedVersion: number; data: RecordData[T] }) => Promise<Saved>;
  delete: (input: { id: number; expectedVersion: number }) => Promise<unknown>;
}

/** The write procedures of each reference type. */
const WRITES: { [T in ReferenceType]: Writes<T> } = {
  meeting: {
    create: (data) => trpc.editor.meeting.create.mutate({ data }),
    update: (input) => trpc.editor.meeting.update.mutate(input),
    delete: (input) => trpc.editor.meeting.delete.mutate(input),
  },
  party: {
    create: (data) => trpc.editor.party.create.mutate({ data }),
    update: (input) => trpc.editor.party.update.mutate(input),
    delete: (input) => trpc.editor.party.delete.mutate(input),
  },
  source: {
    create: (data) => trpc.editor.source.create.mutate({ data }),
    update: (input) => trpc.editor.source.update.mutate(input),
    delete: (input) => trpc.editor.source.delete.mutate(input),
  },
  theme: {
    create: (data) => trpc.editor.theme.create.mutate({ data }),
    update: (input) => trpc.editor.theme.update.mutate(input),
    delete: (input) => trpc.editor.theme.delete.mutate(input),
  },
};

/**
 * The form of one meeting, party, source or theme, from its description in
 * reference-forms.tsx: the kit's versioned record form, plus the page's way on after a save
 * (a new record opens in its editor) and, for admins, Delete. Read-only (an editor looking at
 * a theme): every control is disabled by one fieldset.
 */
export function ReferenceEditor({
  type,
  id,
  version,
  initial,
  options,
  canDelete = false,
  readOnly = false,
}: {
  type: ReferenceType;
  /** Null for a record not created yet. */
  id: number | null;
  version: number | null;
  /** Null for a record not created yet: the form starts from the type's empty value. */
  initial: Data | null;
  options: ReferenceFormOptions;
  canDelete?: boolean;
  readOnly?: boolean;
}) {
  const router = useRouter();
  const words = REFERENCE_WORDS[type];
  const description = REFERENCE_FORMS[type] as unknown as (typeof REFERENCE_FORMS)['party'];
  const writes = WRITES[type] as unknown as Writes<ReferenceType>;
  const form = useRecordForm<Data>({
    draftKey: `${type}:${id ?? 'new'}`,
    schema: EDITOR_SCHEMAS[type],
    initial: initial ?? description.empty(options),
    version,
    save: (data, expectedVersion) =>
      id === null
        ? writes.create(data)
        : writes.update({ id, expectedVersion: requireVersion(expectedVersion), data }),
    describeIssue: description.describeIssue,
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
      {description.fields(form, {
        id,
        initial: initial as RecordData['party'] | null,
        options,
      })}
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
  const hydrated = useHydrated();
  const words = REFERENCE_WORDS[type];
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      await WRITES[type].delete({ id, expectedVersion: version });
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
          disabled={disabled || !hydrated}
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
