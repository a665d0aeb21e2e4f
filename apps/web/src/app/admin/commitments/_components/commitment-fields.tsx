'use client';

import {
  type CommitmentDraft,
  DATE_PRECISIONS,
  type Dispute,
  type DisputeClaim,
  LINEAGE_DEFINITIONS,
  type LineageLink,
  PARTY_ROLE_DEFINITIONS,
  slugFromTitle,
  STRENGTH_DEFINITIONS,
  TARGET_QUALIFIER_LABELS,
  todayIso,
} from '@accord/domain';
import {
  Checkbox,
  type Option,
  OptionalFieldset,
  RepeatableFieldset,
  Select,
  TextArea,
  TextField,
  TranslationFields,
} from '../../_components/fields';
import { optionsFrom, optionsOf } from '../../_components/options';
import { blankQuote, QuoteFields } from '../../_components/quote-fields';
import { type FormBinding, type RecordFormState } from '../../_components/use-record-form';
import { type EditorOptions } from './labels';
import { ParentField, PartyField } from './parent-field';
import { TagsField } from './tags-field';

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
    parent: null,
    reviewedOn: null,
    lineage: [],
    disputes: [],
    translations: {},
  };
}

/** The commitment's fields that have translations (the editor's side-by-side section). */
export const COMMITMENT_TRANSLATION_FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'summary', label: 'Summary', rows: 5 },
  { name: 'targetNote', label: 'Note on the target date', english: 'target.note' },
] as const;

/** A lineage link's, a dispute's and a claim's translated fields, inside each row. */
const LINEAGE_TRANSLATION_FIELDS = [{ name: 'note', label: 'Note', rows: 2 }] as const;
const DISPUTE_TRANSLATION_FIELDS = [
  { name: 'topic', label: 'Topic' },
  { name: 'note', label: 'Note', rows: 3 },
] as const;
const CLAIM_TRANSLATION_FIELDS = [
  { name: 'claim', label: 'What the source claims', rows: 2 },
] as const;

const PRECISION_LABELS: Record<(typeof DATE_PRECISIONS)[number], string> = {
  day: 'Day',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

const strengthOptions = optionsFrom(STRENGTH_DEFINITIONS);
const roleOptions = optionsFrom(PARTY_ROLE_DEFINITIONS);
const relationOptions = optionsFrom(LINEAGE_DEFINITIONS);
const precisionOptions = DATE_PRECISIONS.map((p) => ({ value: p, label: PRECISION_LABELS[p] }));
const qualifierOptions = Object.entries(TARGET_QUALIFIER_LABELS).map(([value, label]) => ({
  value,
  label: label.charAt(0).toUpperCase() + label.slice(1),
}));

type LineageQuote = NonNullable<LineageLink['quote']>;
type ClaimQuote = NonNullable<DisputeClaim['quote']>;

const blankLink = (): LineageLink => ({
  relation: '' as LineageLink['relation'],
  meeting: '',
  on: '',
  source: '',
  quote: null,
  note: null,
  translations: {},
});

const blankLinkQuote = (): LineageQuote => {
  const { text, attribution } = blankQuote();
  return { text, form: 'verbatim', attribution };
};

const blankClaim = (): DisputeClaim => ({ claim: '', source: '', quote: null, translations: {} });

const blankClaimQuote = (): ClaimQuote => {
  const { text, attribution } = blankQuote();
  return { text, attribution };
};

/** A dispute has at least two sides, so a new one starts with two. */
const blankDispute = (): Dispute => ({
  topic: '',
  raisedOn: todayIso(),
  claims: [blankClaim(), blankClaim()],
  note: '',
  resolved: false,
  translations: {},
});

/** The commitment's fields, for both the new-commitment page and the editor. */
export function CommitmentFields({
  form,
  options,
  commitments,
  suggestSlug = false,
}: {
  form: RecordFormState<CommitmentFormData>;
  options: EditorOptions;
  /** The commitments this one may be a part of (itself left out). */
  commitments: readonly Option[];
  /** Offer a slug made from the title while the slug is empty (a new commitment only). */
  suggestSlug?: boolean;
}) {
  const themes = optionsOf(options.themes);
  const meetings = optionsOf(options.meetings);
  const parties = optionsOf(options.parties);
  const sources = optionsOf(options.sources);
  const title = form.valueAt('title');
  // Offered, never filled in by itself: a suggestion that wrote into the field raced with the
  // editor typing their own slug. It changes nothing until they press the button.
  const suggestion =
    suggestSlug && !form.valueAt('slug') && typeof title === 'string' ? slugFromTitle(title) : '';
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
      {suggestion ? (
        <p className="slug-suggestion">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              if (!form.valueAt('slug')) form.setAt('slug', suggestion);
            }}
          >
            Use the slug {suggestion}
          </button>
        </p>
      ) : null}
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
      <ParentField form={form} initial={commitments} />
      <TagsField form={form} />

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
            <PartyField form={form} path={`${row}.party`} initial={parties} />
            <Select form={form} path={`${row}.role`} label="Role" required options={roleOptions} />
          </>
        )}
      </RepeatableFieldset>

      <OptionalFieldset
        form={form}
        path="target"
        legend="Target date"
        noneLabel="No target date"
        someLabel="A target date"
        blank={() => ({ date: '', precision: 'year', qualifier: 'by', note: null })}
      >
        {(target) => (
          <>
            <TextField
              form={form}
              path={`${target}.date`}
              label="Date"
              type="date"
              required
              hint="For a month, quarter or year, its first day: 2028 is 2028-01-01."
            />
            <Select
              form={form}
              path={`${target}.precision`}
              label="Precision"
              required
              options={precisionOptions}
            />
            <Select
              form={form}
              path={`${target}.qualifier`}
              label="Qualifier"
              required
              options={qualifierOptions}
              hint="“At the earliest” targets are never overdue."
            />
            <TextField
              form={form}
              path={`${target}.note`}
              label="Note on the date"
              nullable
              hint="The source’s own wording, when the qualifier alone does not say it."
            />
          </>
        )}
      </OptionalFieldset>

      <ReviewedOn form={form} />

      <RepeatableFieldset
        form={form}
        path="quotes"
        legend="Quotes"
        itemName="quote"
        hint="Short, exact words from a source, with who said them."
        newItem={blankQuote}
      >
        {(row) => <QuoteFields form={form} path={row} parties={parties} sources={sources} />}
      </RepeatableFieldset>

      <RepeatableFieldset
        form={form}
        path="lineage"
        legend="Lineage"
        itemName="lineage link"
        hint="Earlier meetings this commitment builds on, and later ones that restated it, each with its date and source."
        newItem={blankLink}
      >
        {(row) => (
          <>
            <Select
              form={form}
              path={`${row}.relation`}
              label="Relation"
              required
              placeholder="Choose a relation"
              options={relationOptions}
              hint={`${LINEAGE_DEFINITIONS.builds_on.label}: an earlier root. ${LINEAGE_DEFINITIONS.restated_in.label}: a later restatement.`}
            />
            <Select
              form={form}
              path={`${row}.meeting`}
              label="Meeting"
              required
              placeholder="Choose a meeting"
              options={meetings}
            />
            <TextField
              form={form}
              path={`${row}.on`}
              label="Date"
              type="date"
              required
              hint="When the linked statement was made."
            />
            <Select
              form={form}
              path={`${row}.source`}
              label="Source"
              required
              placeholder="Choose a source"
              options={sources}
            />
            <OptionalFieldset
              form={form}
              path={`${row}.quote`}
              legend="Quote"
              noneLabel="No quote"
              someLabel="Quote the statement"
              blank={blankLinkQuote}
            >
              {(quote) => <QuoteFields form={form} path={quote} parties={parties} />}
            </OptionalFieldset>
            <TextArea
              form={form}
              path={`${row}.note`}
              label="Note"
              nullable
              rows={2}
              hint="What the link shows, in our words (optional)."
            />
            <TranslationFields form={form} fields={LINEAGE_TRANSLATION_FIELDS} at={row} />
          </>
        )}
      </RepeatableFieldset>

      <RepeatableFieldset
        form={form}
        path="disputes"
        legend="Disputes"
        itemName="dispute"
        hint="Sources that disagree on a fact. Readers see every side with its source and our note; no side is stated as fact."
        newItem={blankDispute}
      >
        {(row, index) => (
          <DisputeFields
            form={form}
            path={row}
            name={`dispute ${index + 1}`}
            parties={parties}
            sources={sources}
          />
        )}
      </RepeatableFieldset>
    </>
  );
}

/** The review date, with a one-click "today" for an editor who has just checked the record. */
function ReviewedOn({ form }: { form: FormBinding }) {
  return (
    <div className="admin-review">
      <TextField
        form={form}
        path="reviewedOn"
        label="Last reviewed on"
        type="date"
        nullable
        hint="The last day an editor checked this record against new sources. A status update counts as a review too."
      />
      <button
        type="button"
        className="secondary"
        onClick={() => form.setAt('reviewedOn', todayIso())}
      >
        Mark reviewed today
      </button>
    </div>
  );
}

function DisputeFields({
  form,
  path,
  name,
  parties,
  sources,
}: {
  form: FormBinding;
  path: string;
  /** "dispute 2", for the claims' buttons. */
  name: string;
  parties: readonly Option[];
  sources: readonly Option[];
}) {
  return (
    <>
      <TextField
        form={form}
        path={`${path}.topic`}
        label="Topic"
        required
        hint="What the sources disagree on: a figure, a date, a denied report."
      />
      <TextField form={form} path={`${path}.raisedOn`} label="Raised on" type="date" required />
      <RepeatableFieldset
        form={form}
        path={`${path}.claims`}
        legend="Claims"
        itemName="claim"
        of={name}
        hint="At least two sides, each with its source. An unreliable source can only be one side."
        newItem={blankClaim}
      >
        {(claim) => (
          <>
            <TextArea
              form={form}
              path={`${claim}.claim`}
              label="What the source claims"
              required
              rows={2}
              hint="In our words, never as fact: “The WSJ reported that …”."
            />
            <Select
              form={form}
              path={`${claim}.source`}
              label="Source"
              required
              placeholder="Choose a source"
              options={sources}
            />
            <OptionalFieldset
              form={form}
              path={`${claim}.quote`}
              legend="Quote"
              noneLabel="No quote"
              someLabel="Quote their words"
              blank={blankClaimQuote}
            >
              {(quote) => (
                <QuoteFields form={form} path={quote} parties={parties} withForm={false} />
              )}
            </OptionalFieldset>
            <TranslationFields form={form} fields={CLAIM_TRANSLATION_FIELDS} at={claim} />
          </>
        )}
      </RepeatableFieldset>
      <TextArea
        form={form}
        path={`${path}.note`}
        label="Note"
        required
        rows={3}
        hint="Which reading we use, if any, and why."
      />
      <Checkbox
        form={form}
        path={`${path}.resolved`}
        label="Resolved"
        hint="Later or better sources settled it; the note says how."
      />
      <TranslationFields form={form} fields={DISPUTE_TRANSLATION_FIELDS} at={path} />
    </>
  );
}
