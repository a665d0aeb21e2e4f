'use client';

import {
  type Meeting,
  type MeetingAccount,
  MEETING_KINDS,
  type MeetingParticipant,
  RECORD_SCHEMAS,
} from '@accord/domain';
import { trpc } from '~/lib/trpc';
import {
  type Option,
  RepeatableFieldset,
  Select,
  TextArea,
  TextField,
} from '../_components/fields';
import { MarkdownField } from '../_components/markdown-field';
import { blankQuote, QuoteFields } from '../_components/quote-fields';
import { ReferenceEditor } from '../_components/reference-editor';
import { optionsOfValues } from '../_components/reference-types';

const EMPTY: Meeting = {
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
};

const newParticipant = (): MeetingParticipant => ({ party: '', name: '', office: '' });

/** An account row quotes at least one side, so a new one starts with one quote. */
const newAccount = (): MeetingAccount => ({ topic: '', note: '', quotes: [blankQuote()] });

/** Choices from a list: on a select, a missing one is "Choose one", not a slug's rule. */
function meetingIssueMessage(path: string, message: string): string {
  return /(^|\.)(party|source)$/.test(path) && message === 'A slug cannot be empty'
    ? 'Choose one.'
    : message;
}

export function MeetingForm({
  id = null,
  version = null,
  initial = EMPTY,
  canDelete = false,
  parties,
  meetings,
  sources,
}: {
  id?: number | null;
  version?: number | null;
  initial?: Meeting;
  canDelete?: boolean;
  /** Choices from `editor.options`. */
  parties: Option[];
  meetings: Option[];
  sources: Option[];
}) {
  // A meeting cannot be held alongside itself.
  const parents = meetings.filter((m) => id === null || m.value !== initial.slug);
  return (
    <ReferenceEditor
      type="meeting"
      id={id}
      version={version}
      initial={initial}
      schema={RECORD_SCHEMAS.meeting}
      canDelete={canDelete}
      describeIssue={meetingIssueMessage}
      save={(data, expectedVersion) =>
        id === null
          ? trpc.editor.meeting.create.mutate({ data })
          : trpc.editor.meeting.update.mutate({
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
            hint="Lower-case letters, digits and hyphens; part of the meeting’s public address."
          />
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
            options={parents}
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
                  options={parties}
                />
                <TextField form={form} path={`${itemPath}.name`} label="Name" required />
                <TextField form={form} path={`${itemPath}.office`} label="Office" required />
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
                    <QuoteFields form={form} path={quote} parties={parties} sources={sources} />
                  )}
                </RepeatableFieldset>
              </>
            )}
          </RepeatableFieldset>
        </>
      )}
    </ReferenceEditor>
  );
}
