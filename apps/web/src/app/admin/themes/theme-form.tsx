'use client';

import { RECORD_SCHEMAS, type Theme } from '@accord/domain';
import { trpc } from '~/lib/trpc';
import { NumberField, TextArea, TextField } from '../_components/fields';
import { MarkdownField } from '../_components/markdown-field';
import { ReferenceEditor } from '../_components/reference-editor';
import { TranslationFields } from '../_components/translation-fields';

/** The theme's fields that have translations, beside their English. */
const THEME_TRANSLATION_FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'summary', label: 'Summary', rows: 2 },
  { name: 'brief', label: 'Brief', rows: 14 },
] as const;

export function ThemeForm({
  id = null,
  version = null,
  initial,
  canDelete = false,
  readOnly = false,
  nextPosition = 0,
}: {
  id?: number | null;
  version?: number | null;
  initial?: Theme;
  canDelete?: boolean;
  readOnly?: boolean;
  /** For a new theme: after the existing ones. */
  nextPosition?: number;
}) {
  return (
    <ReferenceEditor
      type="theme"
      id={id}
      version={version}
      initial={
        initial ?? {
          slug: '',
          title: '',
          summary: '',
          brief: '',
          position: nextPosition,
          translations: {},
        }
      }
      schema={RECORD_SCHEMAS.theme}
      canDelete={canDelete}
      readOnly={readOnly}
      save={(data, expectedVersion) =>
        id === null
          ? trpc.editor.theme.create.mutate({ data })
          : trpc.editor.theme.update.mutate({
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
            hint="Lower-case letters, digits and hyphens; part of the brief’s public address."
          />
          <TextField form={form} path="title" label="Title" required />
          <TextArea
            form={form}
            path="summary"
            label="Summary"
            required
            rows={2}
            hint="One sentence for the theme’s card on the home page."
          />
          <MarkdownField form={form} path="brief" label="Brief" rows={14} />
          <NumberField
            form={form}
            path="position"
            label="Position"
            required
            hint="Order on the home page: 0 comes first."
          />
          <TranslationFields form={form} fields={THEME_TRANSLATION_FIELDS} />
        </>
      )}
    </ReferenceEditor>
  );
}
