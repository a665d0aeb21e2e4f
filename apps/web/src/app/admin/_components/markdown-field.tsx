'use client';

import { type ReactNode, useDeferredValue } from 'react';
import { Markdown } from '~/components/markdown';
import { TextArea } from './fields';
import { handleMarkdownShortcut, MarkdownToolbar } from './markdown-toolbar';
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
  const areaId = form.fieldId(path);
  const previewId = `${areaId}-preview`;
  return (
    // The text area's Ctrl/⌘+B, I and K reach here as they bubble up from it.
    <div
      className="admin-markdown"
      onKeyDown={(e) =>
        handleMarkdownShortcut(e, document.getElementById(areaId) as HTMLTextAreaElement | null)
      }
    >
      <MarkdownToolbar areaId={areaId} />
      <TextArea
        form={form}
        path={path}
        label={label}
        rows={rows}
        hint={
          <>
            {hint ? <>{hint} </> : null}
            Markdown: **bold**, _italic_, [link](https://…), “## ” for a heading, “- ” for a list;
            the buttons above write it for you. The preview below shows it as readers will see it.
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
