'use client';

import { useId, useState } from 'react';
import { ListField } from '../../_components/fields';
import { type RecordFormState } from '../../_components/use-record-form';
import { useDebouncedSearch } from '../../_components/use-debounced-search';
import { trpc } from '~/lib/trpc';
import { type CommitmentFormData } from './commitment-fields';

/** What a tag may begin with (a slug's letters), and the longest prefix the server takes. */
const TAG_PREFIX = /^[a-z0-9-]{2,40}$/;

/** The tag being typed at the end of the text: empty after a comma or a space. */
function typedTag(text: string): string {
  return /[\s,]$/.test(text) ? '' : (text.split(/[\s,]+/).pop() ?? '');
}

/**
 * Tags, typed as before, with the tags already in use offered as the editor types one
 * (`editor.tags`, the most used first), so the same idea is not tagged two ways
 * ("semiconductor" beside "semiconductors"). Choosing one completes the tag being typed.
 */
export function TagsField({ form }: { form: RecordFormState<CommitmentFormData> }) {
  const listId = useId();
  // The tag being typed now (empty after a comma): what a chosen tag replaces.
  const [typing, setTyping] = useState('');
  const { state, search } = useDebouncedSearch((prefix) => trpc.editor.tags.query({ prefix }));
  const tags = form.valueAt('tags');
  const list = Array.isArray(tags) ? (tags as string[]) : [];
  // Tags already in the list, and exactly the one typed, are not offered.
  const useful =
    state.kind === 'found'
      ? state.found.filter((s) => s.tag !== typing && !list.includes(s.tag))
      : [];

  function choose(tag: string) {
    const rest = typing !== '' && list.at(-1) === typing ? list.slice(0, -1) : list;
    form.setAt('tags', [...rest, tag]);
    setTyping('');
    search('');
    document.getElementById(form.fieldId('tags'))?.focus();
  }

  return (
    <div
      className="admin-tags"
      // The tag being typed, as it bubbles up from the field's input.
      onInput={(e) => {
        const value = (e.target as HTMLInputElement).value;
        const tag = typedTag(value);
        setTyping(tag);
        search(TAG_PREFIX.test(tag) ? tag : '');
      }}
    >
      <ListField
        form={form}
        path="tags"
        label="Tags"
        hint="Slugs separated by commas, like semiconductors, supply-chains. At most 20. Tags already in use are offered as you type."
      />
      <p className="admin-hint" role="status" id={`${listId}-status`}>
        {state.kind === 'failed'
          ? 'Could not look up the tags in use.'
          : useful.length > 0
            ? `${useful.length} tag${useful.length === 1 ? '' : 's'} in use begin${useful.length === 1 ? 's' : ''} with “${state.kind === 'found' ? state.q : ''}”.`
            : ''}
      </p>
      {useful.length > 0 ? (
        <ul className="admin-tag-offers" aria-labelledby={`${listId}-status`}>
          {useful.map((s) => (
            <li key={s.tag}>
              <button type="button" className="secondary" onClick={() => choose(s.tag)}>
                {s.tag}{' '}
                <span className="admin-hint">
                  ({s.uses} commitment{s.uses === 1 ? '' : 's'})
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
