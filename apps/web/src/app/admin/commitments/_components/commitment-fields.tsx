'use client';

import {
  ATTRIBUTION_DEFINITIONS,
  type CommitmentDraft,
  DATE_PRECISIONS,
  PARTY_ROLE_DEFINITIONS,
  QUOTE_FORM_DEFINITIONS,
  STRENGTH_DEFINITIONS,
  TARGET_QUALIFIER_LABELS,
} from '@accord/domain';
import { useRef } from 'react';
import {
  ListField,
  RepeatableFieldset,
  Select,
  TextArea,
  TextField,
} from '../../_components/fields';
import { optionsFrom, optionsOf } from '../../_components/options';
import { type RecordFormState } from '../../_components/use-record-form';
import { type EditorOptions } from './labels';

export type CommitmentFormData = CommitmentDraft;

/** A new commitment's starting point: enums chosen by the editor, so they start empty. */
export function blankCommitment(): CommitmentFormData {
  return {
    slug: '',
    meeting: '',
    theme: '',
    tags: [],
    title: '',
    summary: '',
    strength: '' as CommitmentDraft['strength'],
    parties: [{ party: '', role: 'committer' }],
    target: null,
    quotes: [],
  };
}

const PRECISION_LABELS: Record<(typeof DATE_PRECISIONS)[number], string> = {
  day: 'Day',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

const strengthOptions = optionsFrom(STRENGTH_DEFINITIONS);
const roleOptions = optionsFrom(PARTY_ROLE_DEFINITIONS);
const quoteFormOptions = optionsFrom(QUOTE_FORM_DEFINITIONS);
const attributionOptions = optionsFrom(ATTRIBUTION_DEFINITIONS);
const precisionOptions = DATE_PRECISIONS.map((p) => ({ value: p, label: PRECISION_LABELS[p] }));
const qualifierOptions = Object.entries(TARGET_QUALIFIER_LABELS).map(([value, label]) => ({
  value,
  label: label.charAt(0).toUpperCase() + label.slice(1),
}));

/** The commitment's fields, for both the new-commitment page and the editor. */
export function CommitmentFields({
  form,
  options,
}: {
  form: RecordFormState<CommitmentFormData>;
  options: EditorOptions;
}) {
  const target = form.data.target;
  const lastTarget = useRef<CommitmentFormData['target']>(null);
  const themes = optionsOf(options.themes);
  const meetings = optionsOf(options.meetings);
  const parties = optionsOf(options.parties);
  const sources = optionsOf(options.sources);
  return (
    <>
      <TextField form={form} path="title" label="Title" required />
      <TextField
        form={form}
        path="slug"
        label="Slug"
        required
        hint="The address on the site: lower-case words joined by hyphens, like japan-us-chip-fund."
      />
      <TextArea
        form={form}
        path="summary"
        label="Summary"
        required
        rows={5}
        hint="In our own words; never copied text."
      />
      <Select
        form={form}
        path="strength"
        label="Strength"
        required
        placeholder="Choose a strength"
        options={strengthOptions}
        hint="How firm the language is, from “Committed” (firmest) to “Considering”."
      />
      <Select
        form={form}
        path="meeting"
        label="Meeting"
        required
        placeholder="Choose a meeting"
        options={meetings}
      />
      <Select
        form={form}
        path="theme"
        label="Theme"
        required
        placeholder="Choose a theme"
        options={themes}
      />
      <ListField
        form={form}
        path="tags"
        label="Tags"
        hint="Slugs separated by commas, like semiconductors, supply-chains. At most 20."
      />

      <RepeatableFieldset
        form={form}
        path="parties"
        legend="Parties"
        itemName="party"
        hint="At least one party; the first committer is named first on the site."
        newItem={() => ({ party: '', role: 'committer' })}
      >
        {(row) => (
          <>
            <Select
              form={form}
              path={`${row}.party`}
              label="Party"
              required
              placeholder="Choose a party"
              options={parties}
            />
            <Select form={form} path={`${row}.role`} label="Role" required options={roleOptions} />
          </>
        )}
      </RepeatableFieldset>

      <fieldset className="admin-fieldset" id={form.fieldId('target')}>
        <legend>Target date</legend>
        <div className="admin-check-list">
          <label className="admin-check">
            <input
              type="radio"
              name={`${form.formId}-has-target`}
              checked={target === null}
              onChange={() => {
                lastTarget.current = target;
                form.setAt('target', null);
              }}
            />
            No target date
          </label>
          <label className="admin-check">
            <input
              type="radio"
              name={`${form.formId}-has-target`}
              checked={target !== null}
              onChange={() =>
                form.setAt(
                  'target',
                  lastTarget.current ?? {
                    date: '',
                    precision: 'year',
                    qualifier: 'by',
                    note: null,
                  },
                )
              }
            />
            A target date
          </label>
        </div>
        {target !== null ? (
          <>
            <TextField
              form={form}
              path="target.date"
              label="Date"
              type="date"
              required
              hint="For a month, quarter or year, its first day: 2028 is 2028-01-01."
            />
            <Select
              form={form}
              path="target.precision"
              label="Precision"
              required
              options={precisionOptions}
            />
            <Select
              form={form}
              path="target.qualifier"
              label="Qualifier"
              required
              options={qualifierOptions}
              hint="“At the earliest” targets are never overdue."
            />
            <TextField
              form={form}
              path="target.note"
              label="Note on the date"
              nullable
              hint="The source’s own wording, when the qualifier alone does not say it."
            />
          </>
        ) : null}
      </fieldset>

      <RepeatableFieldset
        form={form}
        path="quotes"
        legend="Quotes"
        itemName="quote"
        hint="Short, exact words from a source, with who said them."
        newItem={() => ({
          text: '',
          form: 'verbatim',
          source: '',
          attribution: { kind: '', who: '', party: null },
        })}
      >
        {(row) => (
          <>
            <TextArea
              form={form}
              path={`${row}.text`}
              label="Quoted words"
              required
              rows={3}
              hint="At most 300 characters."
            />
            <Select
              form={form}
              path={`${row}.form`}
              label="Form"
              required
              options={quoteFormOptions}
            />
            <Select
              form={form}
              path={`${row}.source`}
              label="Source"
              required
              placeholder="Choose a source"
              options={sources}
            />
            <Select
              form={form}
              path={`${row}.attribution.kind`}
              label="Attribution kind"
              required
              placeholder="Choose an attribution kind"
              options={attributionOptions}
            />
            <TextField
              form={form}
              path={`${row}.attribution.who`}
              label="Who said it"
              required
              hint="In the source’s words: “a Japanese official”."
            />
            <Select
              form={form}
              path={`${row}.attribution.party`}
              label="Speaker’s party"
              nullable
              placeholder="Not stated"
              options={parties}
            />
          </>
        )}
      </RepeatableFieldset>
    </>
  );
}
