'use client';

import { type ReactNode, useDeferredValue } from 'react';
import { Markdown } from '~/components/markdown';
import { TextArea } from './fields';
import { type FormBinding } from './use-record-form';

/**
 * A Markdown text with a live preview drawn by the site's own safe renderer, so the editor
 * sees what readers will (raw HTML dropped, unsafe links removed).
 */
export function MarkdownField({
  form,
  path,
  label,
  hint,
  rows = 12,
}: {
  form: FormBinding;
  path: string;
  label: string;
  hint?: ReactNode;
  rows?: number;
}) {
  const value = form.valueAt(path);
  const text = useDeferredValue(typeof value === 'string' ? value : '');
  const previewId = `${form.fieldId(path)}-preview`;
  return (
    <div className="admin-markdown">
      <TextArea
        form={form}
        path={path}
        label={label}
        rows={rows}
        hint={
          <>
            {hint ? <>{hint} </> : null}
            Markdown: **bold**, *italic*, [link](https://…), “## ” for a heading, “- ” for a list.
            The preview below shows it as readers will see it.
          </>
        }
      />
      <section className="admin-preview" aria-labelledby={`${previewId}-label`}>
        <p id={`${previewId}-label`} className="admin-preview-label">
          Preview
        </p>
        {text.trim() === '' ? (
          <p className="admin-hint">Nothing to preview yet.</p>
        ) : (
          <Markdown>{text}</Markdown>
        )}
      </section>
    </div>
  );
}
