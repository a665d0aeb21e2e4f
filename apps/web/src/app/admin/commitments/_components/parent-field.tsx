'use client';

import { useId, useState } from 'react';
import { type Option, Select } from '../../_components/fields';
import { useDebouncedSearch } from '../../_components/use-debounced-search';
import { type RecordFormState } from '../../_components/use-record-form';
import { trpc } from '~/lib/trpc';
import { type CommitmentFormData } from './commitment-fields';
import { parentOptions } from './parent-options';

/** Letters typed before the picker asks the server, and how many matches it shows. */
const MIN_QUERY = 2;
const MAX_FOUND = 50;
/** The admin lists' own bound on `q` (AdminQuery). */
const MAX_QUERY = 100;

/**
 * "Sub-commitment of": the page hands over the first commitments of the editor list (200), which
 * is all of them on a small site. On a large one the parent may be anywhere, so the editor can
 * type words of its title and the choices become the matches from `editor.commitment.list({ q })`.
 * The search box is not part of the record: only the select's value is saved.
 */
export function ParentField({
  form,
  initial,
}: {
  form: RecordFormState<CommitmentFormData>;
  /** The commitments offered before any search (itself left out). */
  initial: readonly Option[];
}) {
  const searchId = useId();
  // Titles of every commitment offered so far, so a chosen parent keeps its title in the list
  // after a later search no longer finds it.
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(() => new Map());
  const { state, search } = useDebouncedSearch(
    async (q) => {
      const page = await trpc.editor.commitment.list.query({ q, limit: MAX_FOUND });
      const self = form.valueAt('slug');
      const options = parentOptions(page.items).filter((o) => o.value !== self);
      setKnown(
        (before) => new Map([...before, ...options.map((o) => [o.value, o.label] as const)]),
      );
      return options;
    },
    { minLength: MIN_QUERY },
  );
  const found = state.kind === 'found' ? state.found : null;
  const status =
    state.kind === 'searching'
      ? 'Searching…'
      : state.kind === 'failed'
        ? 'The search failed. Try again.'
        : state.kind === 'found'
          ? state.found.length === 0
            ? `No commitment matches “${state.q}”.`
            : `${state.found.length}${state.found.length === MAX_FOUND ? ' or more' : ''} found: choose one below.`
          : '';

  const parent = form.valueAt('parent');
  let options = found ?? initial;
  if (typeof parent === 'string' && parent !== '' && !options.some((o) => o.value === parent)) {
    const title = known.get(parent) ?? initial.find((o) => o.value === parent)?.label;
    if (title !== undefined) options = [{ value: parent, label: title }, ...options];
  }
  return (
    <>
      <div className="admin-field">
        <label htmlFor={searchId}>Find a commitment to be part of</label>
        <p id={`${searchId}-hint`} className="admin-hint">
          Type words of its title; the list below then offers the matches.
        </p>
        <input
          id={searchId}
          type="search"
          maxLength={MAX_QUERY}
          autoComplete="off"
          aria-describedby={`${searchId}-hint ${searchId}-status`}
          onChange={(e) => search(e.target.value)}
          // Enter here searches; it must not submit the record's form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        <p id={`${searchId}-status`} className="admin-hint" role="status">
          {status}
        </p>
      </div>
      <Select
        form={form}
        path="parent"
        label="Sub-commitment of"
        nullable
        placeholder="None (a commitment in its own right)"
        options={options}
        hint="A dated part of a broader commitment, such as a ministerial meeting a framework promised within 180 days."
      />
    </>
  );
}
