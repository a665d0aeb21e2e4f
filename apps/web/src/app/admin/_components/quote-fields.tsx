'use client';

import { ATTRIBUTION_DEFINITIONS, type Quote, QUOTE_FORM_DEFINITIONS } from '@accord/domain';
import { type Option, Select, TextArea, TextField } from './fields';
import { optionsFrom } from './options';
import { type FormBinding } from './use-record-form';

const quoteFormOptions = optionsFrom(QUOTE_FORM_DEFINITIONS);
const attributionOptions = optionsFrom(ATTRIBUTION_DEFINITIONS);

/** A quote row as an editor starts it: the enums they must choose start empty. */
export function blankQuote(): Quote {
  return {
    text: '',
    form: 'verbatim',
    source: '',
    attribution: { kind: '' as Quote['attribution']['kind'], who: '', party: null },
  };
}

/**
 * The fields of a short exact quote at `path`, wherever one is kept: a commitment's quotes,
 * a meeting's accounts, a lineage link's words, one side of a dispute. `sources` adds the
 * source select (where the quote names its own); `withForm` the verbatim/reported choice.
 * The speaker's party is whose words these are, so one government's words are never shown
 * as both governments'.
 */
export function QuoteFields({
  form,
  path,
  parties,
  sources,
  withForm = true,
}: {
  form: FormBinding;
  path: string;
  parties: readonly Option[];
  sources?: readonly Option[];
  withForm?: boolean;
}) {
  return (
    <>
      <TextArea
        form={form}
        path={`${path}.text`}
        label="Quoted words"
        required
        rows={3}
        hint="At most 300 characters."
      />
      {withForm ? (
        <Select
          form={form}
          path={`${path}.form`}
          label="Form"
          required
          options={quoteFormOptions}
        />
      ) : null}
      {sources ? (
        <Select
          form={form}
          path={`${path}.source`}
          label="Source"
          required
          placeholder="Choose a source"
          options={sources}
        />
      ) : null}
      <Select
        form={form}
        path={`${path}.attribution.kind`}
        label="Attribution kind"
        required
        placeholder="Choose an attribution kind"
        options={attributionOptions}
      />
      <TextField
        form={form}
        path={`${path}.attribution.who`}
        label="Who said it"
        required
        hint="In the source’s words: “a Japanese official”."
      />
      <Select
        form={form}
        path={`${path}.attribution.party`}
        label="Speaker’s party"
        nullable
        placeholder="Not stated"
        options={parties}
      />
    </>
  );
}
