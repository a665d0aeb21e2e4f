'use client';

import { type Party, PARTY_KINDS, RECORD_SCHEMAS } from '@accord/domain';
import { trpc } from '~/lib/trpc';
import { Select, TextArea, TextField } from '../_components/fields';
import { ReferenceEditor } from '../_components/reference-editor';
import { optionsOfValues } from '../_components/reference-types';

const EMPTY: Party = {
  slug: '',
  name: '',
  shortName: '',
  kind: 'country',
  countryCode: null,
  description: null,
};

export function PartyForm({
  id = null,
  version = null,
  initial = EMPTY,
  canDelete = false,
}: {
  id?: number | null;
  version?: number | null;
  initial?: Party;
  canDelete?: boolean;
}) {
  return (
    <ReferenceEditor
      type="party"
      id={id}
      version={version}
      initial={initial}
      schema={RECORD_SCHEMAS.party}
      canDelete={canDelete}
      save={(data, expectedVersion) =>
        id === null
          ? trpc.editor.party.create.mutate({ data })
          : trpc.editor.party.update.mutate({
              id,
              expectedVersion: expectedVersion ?? version ?? 1,
              data,
            })
      }
    >
      {(form) => (
        <>
          <TextField
            form={form}
            path="slug"
            label="Slug"
            required
            hint="Lower-case letters, digits and hyphens; part of the party’s public address."
          />
          <TextField form={form} path="name" label="Name" required />
          <TextField
            form={form}
            path="shortName"
            label="Short name"
            required
            hint="For tight spaces: “Japan”, “EU”."
          />
          <Select
            form={form}
            path="kind"
            label="Kind"
            required
            options={optionsOfValues(PARTY_KINDS)}
          />
          <TextField
            form={form}
            path="countryCode"
            label="Country code"
            nullable
            hint="For countries and territories: two capital letters (ISO 3166-1), such as JP. Leave empty otherwise."
          />
          <TextArea form={form} path="description" label="Description" nullable rows={3} />
        </>
      )}
    </ReferenceEditor>
  );
}
