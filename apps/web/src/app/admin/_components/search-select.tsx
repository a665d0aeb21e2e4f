'use client';

import { type ReactNode, useId, useState } from 'react';
import { type Option, Select } from './fields';
import { type FormBinding } from './use-record-form';
import { useDebouncedSearch } from './use-debounced-search';

/** Letters typed before the picker asks the server. */
const MIN_QUERY = 2;
/** The admin lists' own bound on `q` (AdminQuery). */
const MAX_QUERY = 100;

/**
 * A choice among records that may be too many to list: the select offers `initial` (the first
 * of the editor list, which is all of them on a small site), and the box above it searches the
 * server as the editor types, after which the select offers the matches. The search box is
 * not part of the record: only the select's value is saved. A chosen value keeps its label
 * after a later search no longer finds it.
 */
export function SearchSelect({
  form,
  path,
  label,
  hint,
  required,
  nullable,
  placeholder,
  initial,
  find,
  max,
  searchLabel,
  noun,
}: {
  form: FormBinding;
  path: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  nullable?: boolean;
  placeholder?: string;
  /** The choices before any search. */
  initial: readonly Option[];
  /** The matches for the words typed, at most `max` of them. */
  find: (q: string) => Promise<Option[]>;
  max: number;
  /** The search box's label, such as "Find a party". */
  searchLabel: string;
  /** What is chosen, for the status line: "party", "commitment". */
  noun: string;
}) {
  const searchId = useId();
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(() => new Map());
  const { state, search } = useDebouncedSearch(
    async (q) => {
      const options = await find(q);
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
            ? `No ${noun} matches “${state.q}”.`
            : `${state.found.length}${state.found.length === max ? ' or more' : ''} found: choose one below.`
          : '';

  const value = form.valueAt(path);
  let options = found ?? initial;
  if (typeof value === 'string' && value !== '' && !options.some((o) => o.value === value)) {
    const title = known.get(value) ?? initial.find((o) => o.value === value)?.label;
    if (title !== undefined) options = [{ value, label: title }, ...options];
  }
  return (
    <>
      <div className="admin-field">
        <label htmlFor={searchId}>{searchLabel}</label>
        <p id={`${searchId}-hint`} className="admin-hint">
          Type a few letters; the list below then offers the matches.
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
        path={path}
        label={label}
        hint={hint}
        required={required}
        nullable={nullable}
        placeholder={placeholder}
        options={options}
      />
    </>
  );
}
