'use client';

import {
  type Meeting,
  type MeetingAccount,
  MEETING_KINDS,
  type MeetingParticipant,
  PARTY_KINDS,
  type RecordData,
  type ReferenceType,
  SOURCE_KINDS,
  type SourceReliability,
} from '@accord/domain';
import { type ReactNode } from 'react';
import {
  NumberField,
  type Option,
  RepeatableFieldset,
  Select,
  TextArea,
  TextField,
  TranslationFields,
} from './fields';
import { MarkdownField } from './markdown-field';
import { blankQuote, QuoteFields } from './quote-fields';
import { optionsOfValues } from './reference-types';

import { type FormBinding } from './use-record-form';

/** The choices a reference form offers, loaded by its page (reference-load.ts). */
export interface ReferenceFormOptions {
  parties: Option[];
  meetings: Option[];
  sources: Option[];
  /** Where a new theme goes: after the existing ones. */
  nextPosition: number;
}

export interface ReferenceFormContext<T extends ReferenceType> {
  /** Null for a record not created yet. */
  id: number | null;
  initial: RecordData[T] | null;
  options: ReferenceFormOptions;
}

/** One reference type's form: its empty value, its fields, and how it rewords the schema. */
export interface ReferenceFormDescription<T extends ReferenceType> {
  empty: (options: ReferenceFormOptions) => RecordData[T];
  fields: (form: FormBinding, context: ReferenceFormContext<T>) => ReactNode;
  /** Rewords a schema's message for one of this form's fields (see useRecordForm). */
  describeIssue?: (path: string, message: string) => string;
}

/** Every reference record's slug: the end of its public address. */
function SlugField({ form, of }: { form: FormBinding; of: string }) {
  return (
    <TextField
      form={form}
      path="slug"
      label="Slug"
      required
      hint={`Lower-case letters, digits and hyphens; part of the ${of}’s public address.`}
    />
  );
}

const newParticipant = (): MeetingParticipant => ({
  party: '',
  name: '',
  office: '',
  translations: {},
});

/** A participant's name and office, as a Japanese reader knows them. */
const PARTICIPANT_TRANSLATION_FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'office', label: 'Office' },
] as const;

/** An account row quotes at least one side, so a new one starts with one quote. */
const newAccount = (): MeetingAccount => ({
  topic: '',
  note: '',
  quotes: [blankQuote()],
  translations: {},
});

/** An account's topic and note have translations; its quotes are never translated. */
const ACCOUNT_TRANSLATION_FIELDS = [
  { name: 'topic', label: 'Topic' },
  { name: 'note', label: 'What differs', rows: 2 },
] as const;

/** A meeting cannot be held alongside itself. */
function parentsOf(meetings: Option[], id: number | null, initial: Meeting | null): Option[] {
  return meetings.filter((m) => id === null || m.value !== initial?.slug);
}

const RELIABILITY_LABELS: Record<SourceReliability, string> = {
  standard: 'Standard',
  unreliable: 'Unreliable',
};
const reliabilityOptions = Object.entries(RELIABILITY_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** A meeting's and a party's fields that have translations, beside their English. */
const MEETING_TRANSLATION_FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'place', label: 'Place' },
  { name: 'summary', label: 'Summary', rows: 3 },
  { name: 'context', label: 'Context', rows: 8 },
] as const;
const PARTY_TRANSLATION_FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'shortName', label: 'Short name' },
  { name: 'description', label: 'Description', rows: 3 },
] as const;

/** The theme's fields that have translations, beside their English. */
const THEME_TRANSLATION_FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'summary', label: 'Summary', rows: 2 },
  { name: 'brief', label: 'Brief', rows: 14 },
] as const;

/** Every reference form, described once; ReferenceEditor renders them. */
export const REFERENCE_FORMS: { [T in ReferenceType]: ReferenceFormDescription<T> } = {
  meeting: {
    empty: () => ({
      slug: '',
      title: '',
      kind: 'summit',
      startsOn: '',
      endsOn: '',
      place: '',
      parentSlug: null,
      summary: '',
      context: '',
      participants: [],
      accounts: [],
      translations: {},
    }),
    // Choices from a list: on a select, a missing one is "Choose one", not a slug's rule.
    describeIssue: (path, message) =>
      /(^|\.)(party|source)$/.test(path) && message === 'A slug cannot be empty'
        ? 'Choose one.'
        : message,
    fields: (form, { id, initial, options }) => (
      <>
        <SlugField form={form} of="meeting" />
        <TextField form={form} path="title" label="Title" required />
        <Select
          form={form}
          path="kind"
          label="Kind"
          required
          options={optionsOfValues(MEETING_KINDS)}
        />
        <TextField form={form} path="startsOn" label="Starts on" type="date" required />
        <TextField form={form} path="endsOn" label="Ends on" type="date" required />
        <TextField form={form} path="place" label="Place" required />
        <Select
          form={form}
          path="parentSlug"
          label="Held alongside"
          nullable
          placeholder="None (a meeting in its own right)"
          options={parentsOf(options.meetings, id, initial)}
          hint="The summit this meeting took place on the sidelines of, if any."
        />
        <TextArea form={form} path="summary" label="Summary" required rows={3} />
        <MarkdownField
          form={form}
          path="context"
          label="Context"
          rows={8}
          hint="Background that explains the meeting but records no commitment."
        />
        <RepeatableFieldset
          form={form}
          path="participants"
          legend="Participants"
          itemName="participant"
          newItem={newParticipant}
          hint="Who represented each party, with their office."
        >
          {(itemPath) => (
            <>
              <Select
                form={form}
                path={`${itemPath}.party`}
                label="Party"
                required
                placeholder="Choose a party"
                options={options.parties}
              />
              <TextField form={form} path={`${itemPath}.name`} label="Name" required />
              <TextField form={form} path={`${itemPath}.office`} label="Office" required />
              <TranslationFields
                form={form}
                fields={PARTICIPANT_TRANSLATION_FIELDS}
                at={itemPath}
              />
            </>
          )}
        </RepeatableFieldset>
        <RepeatableFieldset
          form={form}
          path="accounts"
          legend="How each side described it"
          itemName="account"
          newItem={newAccount}
          hint="One row per topic: each government’s own short, exact words, side by side, and a note on what differs. Name the speaker’s party on every quote, so one government’s words are never shown as both’s."
        >
          {(account, index) => (
            <>
              <TextField
                form={form}
                path={`${account}.topic`}
                label="Topic"
                required
                hint="A few words: China, extended deterrence, Taiwan."
              />
              <TextArea
                form={form}
                path={`${account}.note`}
                label="What differs"
                required
                rows={2}
                hint="In our words, one or two sentences."
              />
              <RepeatableFieldset
                form={form}
                path={`${account}.quotes`}
                legend="Quotes"
                itemName="quote"
                of={`account ${index + 1}`}
                newItem={blankQuote}
              >
                {(quote) => (
                  <QuoteFields
                    form={form}
                    path={quote}
                    parties={options.parties}
                    sources={options.sources}
                  />
                )}
              </RepeatableFieldset>
              <TranslationFields form={form} fields={ACCOUNT_TRANSLATION_FIELDS} at={account} />
            </>
          )}
        </RepeatableFieldset>
        <TranslationFields form={form} fields={MEETING_TRANSLATION_FIELDS} />
      </>
    ),
  },
  party: {
    empty: () => ({
      slug: '',
      name: '',
      shortName: '',
      kind: 'country',
      countryCode: null,
      description: null,
      translations: {},
    }),
    fields: (form) => (
      <>
        <SlugField form={form} of="party" />
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
        <TranslationFields form={form} fields={PARTY_TRANSLATION_FIELDS} />
      </>
    ),
  },
  source: {
    empty: () => ({
      slug: '',
      title: '',
      publisher: null,
      url: null,
      publishedOn: null,
      kind: 'news_report',
      language: 'en',
      description: null,
      reliability: 'standard',
    }),
    fields: (form) => (
      <>
        <SlugField form={form} of="source" />
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
    ),
  },
  theme: {
    empty: ({ nextPosition }) => ({
      slug: '',
      title: '',
      summary: '',
      brief: '',
      position: nextPosition,
      translations: {},
    }),
    fields: (form) => (
      <>
        <SlugField form={form} of="brief" />
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
    ),
  },
};
