'use client';

import { type Option } from '../../_components/fields';
import { SearchSelect } from '../../_components/search-select';
import { type RecordFormState } from '../../_components/use-record-form';
import { trpc } from '~/lib/trpc';
import { type CommitmentFormData } from './commitment-fields';
import { parentOptions } from './parent-options';

/** How many matches the picker shows. */
const MAX_FOUND = 50;

/**
 * "Sub-commitment of": the page hands over the first commitments of the editor list (200), which
 * is all of them on a small site. On a large one the parent may be anywhere, so the editor can
 * type words of its title and the choices become the matches from `editor.commitment.list({ q })`.
 */
export function ParentField({
  form,
  initial,
}: {
  form: RecordFormState<CommitmentFormData>;
  /** The commitments offered before any search (itself left out). */
  initial: readonly Option[];
}) {
  return (
    <SearchSelect
      form={form}
      path="parent"
      label="Sub-commitment of"
      nullable
      placeholder="None (a commitment in its own right)"
      hint="A dated part of a broader commitment, such as a ministerial meeting a framework promised within 180 days."
      initial={initial}
      max={MAX_FOUND}
      searchLabel="Find a commitment to be part of"
      noun="commitment"
      find={async (q) => {
        const page = await trpc.editor.commitment.list.query({ q, limit: MAX_FOUND });
        const self = form.valueAt('slug');
        return parentOptions(page.items).filter((o) => o.value !== self);
      }}
    />
  );
}

/**
 * A party of the commitment: every party on a small site, and on a large one any party the
 * editor finds by a few letters of its name or slug (`editor.party.list({ q })`).
 */
export function PartyField({
  form,
  path,
  initial,
}: {
  form: RecordFormState<CommitmentFormData>;
  path: string;
  initial: readonly Option[];
}) {
  return (
    <SearchSelect
      form={form}
      path={path}
      label="Party"
      required
      placeholder="Choose a party"
      initial={initial}
      max={MAX_FOUND}
      searchLabel="Find a party"
      noun="party"
      find={async (q) => {
        const page = await trpc.editor.party.list.query({ q, limit: MAX_FOUND });
        return page.items.map((p) => ({ value: p.slug, label: p.title }));
      }}
    />
  );
}
