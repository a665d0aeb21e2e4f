'use client';

import { RECORD_SCHEMAS, type Source, SOURCE_KINDS, type SourceReliability } from '@accord/domain';
import { trpc } from '~/lib/trpc';
import { Select, TextArea, TextField } from '../_components/fields';
import { ReferenceEditor } from '../_components/reference-editor';
import { optionsOfValues } from '../_components/reference-types';

const EMPTY: Source = {
  slug: '',
  title: '',
  publisher: null,
  url: null,
  publishedOn: null,
  kind: 'news_report',
  language: 'en',
  description: null,
  reliability: 'standard',
};

const RELIABILITY_LABELS: Record<SourceReliability, string> = {
  standard: 'Standard',
  unreliable: 'Unreliable',
};
const reliabilityOptions = Object.entries(RELIABILITY_LABELS).map(([value, label]) => ({
  value,
  label,
}));

export function SourceForm({
  id = null,
  version = null,
  initial = EMPTY,
  canDelete = false,
}: {
  id?: number | null;
  version?: number | null;
  initial?: Source;
  canDelete?: boolean;
}) {
  return (
    <ReferenceEditor
      type="source"
      id={id}
      version={version}
      initial={initial}
      schema={RECORD_SCHEMAS.source}
      canDelete={canDelete}
      save={(data, expectedVersion) =>
        id === null
          ? trpc.editor.source.create.mutate({ data })
          : trpc.editor.source.update.mutate({
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
            hint="Lower-case letters, digits and hyphens; part of the source’s public address."
          />
          <TextField form={form} path="title" label="Title" required />
          <TextField
            form={form}
            path="publisher"
            label="Publisher"
            nullable
            hint="Leave empty when the copy we hold does not name one."
          />
          <TextField
            form={form}
            path="url"
            label="URL"
            type="url"
            nullable
            hint="A web address starting with https:// or http://."
          />
          <TextField form={form} path="publishedOn" label="Published on" type="date" nullable />
          <Select
            form={form}
            path="kind"
            label="Kind"
            required
            options={optionsOfValues(SOURCE_KINDS)}
          />
          <TextField
            form={form}
            path="language"
            label="Language"
            required
            hint="A language tag such as en, ja or zh-Hant."
          />
          <TextArea form={form} path="description" label="Description" nullable rows={3} />
          <Select
            form={form}
            path="reliability"
            label="Reliability"
            required
            options={reliabilityOptions}
            hint="Unreliable: known to be wrong on a date, a figure or a name. An unreliable source never carries a fact alone; it can only be one side of a dispute."
          />
        </>
      )}
    </ReferenceEditor>
  );
}
