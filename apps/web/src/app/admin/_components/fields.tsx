'use client';

import {
  textHash,
  type TranslatedText,
  type TranslationLocale,
  translationState,
} from '@accord/domain';
import { type ReactNode, useState } from 'react';
import { useEarlyTyping } from './use-early-typing';
import { type FormBinding } from './use-record-form';

/**
 * Form controls bound to a record form by dotted path. Every control has a visible label;
 * a hint and an error are tied to it with aria-describedby, and an error sets aria-invalid.
 * Every text control keeps what was typed into it before the page hydrated (useEarlyTyping).
 */

export interface Option {
  value: string;
  label: string;
}

interface FieldProps {
  form: FormBinding;
  path: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** How a control names its hint and error and says it is invalid or required. */
function ariaOf(id: string, hint: ReactNode, error: string | undefined, required?: boolean) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    'aria-required': required || undefined,
  } as const;
}

/** A field's hint and error, with the ids its control's aria-describedby names. */
function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="admin-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </>
  );
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  ) : null;
}

function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error: string | undefined;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={error ? 'admin-field has-error' : 'admin-field'}>
      {/* The marker stays outside the label so the control's name is just its label;
          aria-required tells assistive technology. */}
      <label htmlFor={id}>{label}</label>
      {required ? (
        <span className="admin-required" aria-hidden="true">
          {' '}
          (required)
        </span>
      ) : null}
      <FieldNotes id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/**
 * Text an editor is typing that maps to another type (a number, a list). Keeps the raw
 * text while it still reads as the stored value, so "a, " is not snapped back to "a".
 */
function useRawText<V>(value: V, format: (v: V) => string, parse: (text: string) => V) {
  const [text, setText] = useState(() => format(value));
  const shown = JSON.stringify(parse(text)) === JSON.stringify(value) ? text : format(value);
  return [shown, setText] as const;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A string field's text, how to write it (empty as null where `nullable`), and the ref that
 * hands text typed before hydration to the form.
 */
function useTextAt<E extends TextControl>(
  form: FormBinding,
  path: string,
  nullable: boolean,
  adoptEarly = true,
) {
  const value = form.valueAt(path);
  const text = typeof value === 'string' ? value : '';
  const write = (next: string) => form.setAt(path, nullable && next === '' ? null : next);
  const ref = useEarlyTyping<E>(text, (typed) => {
    if (adoptEarly) write(typed);
  });
  return [text, write, ref] as const;
}

export function TextField({
  form,
  path,
  label,
  hint,
  required,
  type = 'text',
  nullable = false,
  autoComplete,
}: FieldProps & {
  type?: 'text' | 'date' | 'url' | 'email' | 'password';
  /** An empty input is stored as null. */
  nullable?: boolean;
  autoComplete?: string;
}) {
  const id = form.fieldId(path);
  const error = form.errorAt(path);
  const [text, write, ref] = useTextAt<HTMLInputElement>(form, path, nullable);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        ref={ref}
        id={id}
        type={type}
        value={text}
        onChange={(e) => write(e.target.value)}
        {...ariaOf(id, hint, error, required)}
        autoComplete={autoComplete ?? 'off'}
      />
    </FieldShell>
  );
}

export function TextArea({
  form,
  path,
  label,
  hint,
  required,
  rows = 4,
  nullable = false,
}: FieldProps & { rows?: number; nullable?: boolean }) {
  const id = form.fieldId(path);
  const error = form.errorAt(path);
  const [text, write, ref] = useTextAt<HTMLTextAreaElement>(form, path, nullable);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        value={text}
        onChange={(e) => write(e.target.value)}
        {...ariaOf(id, hint, error, required)}
      />
    </FieldShell>
  );
}

export function NumberField({ form, path, label, hint, required }: FieldProps) {
  const id = form.fieldId(path);
  const error = form.errorAt(path);
  const value = form.valueAt(path);
  const [text, setText] = useRawText(
    typeof value === 'number' ? value : NaN,
    (v) => (Number.isNaN(v) ? '' : String(v)),
    (t) => (t.trim() === '' ? NaN : Number(t)),
  );
  const write = (typed: string) => {
    setText(typed);
    form.setAt(path, typed.trim() === '' ? NaN : Number(typed));
  };
  const ref = useEarlyTyping<HTMLInputElement>(text, write);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        onChange={(e) => write(e.target.value)}
        {...ariaOf(id, hint, error, required)}
      />
    </FieldShell>
  );
}

/** A list of short words (tags), typed separated by commas or spaces. */
export function ListField({ form, path, label, hint, required }: FieldProps) {
  const id = form.fieldId(path);
  const error = form.errorAt(path) ?? firstErrorUnder(form, path);
  const value = form.valueAt(path);
  const list = Array.isArray(value) ? (value as string[]) : [];
  const parse = (t: string) => t.split(/[\s,]+/).filter(Boolean);
  const [text, setText] = useRawText(list, (v) => v.join(', '), parse);
  const write = (typed: string) => {
    setText(typed);
    form.setAt(path, parse(typed));
  };
  const ref = useEarlyTyping<HTMLInputElement>(text, write);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        ref={ref}
        id={id}
        type="text"
        value={text}
        onChange={(e) => write(e.target.value)}
        {...ariaOf(id, hint, error)}
        autoComplete="off"
      />
    </FieldShell>
  );
}

function firstErrorUnder(form: FormBinding, path: string): string | undefined {
  for (let i = 0; i < 50; i++) {
    const message = form.errorAt(`${path}.${i}`);
    if (message) return `Item ${i + 1}: ${message}`;
  }
  return undefined;
}

export function Select({
  form,
  path,
  label,
  hint,
  required,
  options,
  placeholder,
  nullable = false,
}: FieldProps & {
  options: readonly Option[];
  /** A first, empty choice ("Choose a theme"); with `nullable` it stands for null. */
  placeholder?: string;
  nullable?: boolean;
}) {
  const id = form.fieldId(path);
  const error = form.errorAt(path);
  const value = form.valueAt(path);
  // Without an empty choice, an empty value shows the first option: that is not a choice made
  // before hydration, so only a value the select can show is compared.
  const showable = value !== '' || placeholder !== undefined || nullable;
  const [, write, ref] = useTextAt<HTMLSelectElement>(form, path, nullable, showable);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <select
        ref={ref}
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => write(e.target.value)}
        {...ariaOf(id, hint, error, required)}
      >
        {placeholder !== undefined || nullable ? (
          <option value="">{placeholder ?? '—'}</option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {/* A value the choices no longer offer (a record deleted or not listed) stays visible
            rather than the select silently showing another one. */}
        {typeof value === 'string' && value !== '' && !options.some((o) => o.value === value) ? (
          <option value={value}>{value} (not in the list)</option>
        ) : null}
      </select>
    </FieldShell>
  );
}

/** Choose any number of options (a list of slugs), as a group of checkboxes. */
export function CheckboxGroup({
  form,
  path,
  legend,
  hint,
  options,
}: {
  form: FormBinding;
  path: string;
  legend: string;
  hint?: ReactNode;
  options: readonly Option[];
}) {
  const id = form.fieldId(path);
  const error = form.errorAt(path) ?? firstErrorUnder(form, path);
  const value = form.valueAt(path);
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const toggle = (slug: string, on: boolean) =>
    form.setAt(path, on ? [...chosen, slug] : chosen.filter((s) => s !== slug));
  return (
    <fieldset
      id={id}
      className={error ? 'admin-fieldset admin-checks has-error' : 'admin-fieldset admin-checks'}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {options.length === 0 ? <p className="admin-hint">Nothing to choose from yet.</p> : null}
      <div className="admin-check-list">
        {options.map((o) => (
          <label key={o.value} className="admin-check">
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A yes/no field (a dispute is resolved), stored as a boolean. */
export function Checkbox({ form, path, label, hint }: Omit<FieldProps, 'required'>) {
  const id = form.fieldId(path);
  const error = form.errorAt(path);
  return (
    <div className={error ? 'admin-field has-error' : 'admin-field'}>
      <label className="admin-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={form.valueAt(path) === true}
          onChange={(e) => form.setAt(path, e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/**
 * A part of a record that is either absent (null) or a group of fields: a target date, a
 * quote that may or may not be given. Two radio buttons choose; switching to "none" and back
 * brings the earlier input back rather than starting from blank.
 */
export function OptionalFieldset<Value>({
  form,
  path,
  legend,
  noneLabel,
  someLabel,
  blank,
  hint,
  children,
}: {
  form: FormBinding;
  path: string;
  legend: string;
  /** "No target date". */
  noneLabel: string;
  /** "A target date". */
  someLabel: string;
  blank: () => Value;
  hint?: ReactNode;
  /** The fields, shown while the value is not null; `path` is where they live. */
  children: (path: string) => ReactNode;
}) {
  const id = form.fieldId(path);
  const error = form.errorAt(path);
  const value = form.valueAt(path);
  const present = value !== null && value !== undefined;
  const [last, setLast] = useState<Value | null>(null);
  return (
    <fieldset
      id={id}
      className={error ? 'admin-fieldset has-error' : 'admin-fieldset'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="admin-check-list">
        <label className="admin-check">
          <input
            type="radio"
            name={`${id}-present`}
            checked={!present}
            onChange={() => {
              setLast(value as Value);
              form.setAt(path, null);
            }}
          />
          {noneLabel}
        </label>
        <label className="admin-check">
          <input
            type="radio"
            name={`${id}-present`}
            checked={present}
            onChange={() => form.setAt(path, last ?? blank())}
          />
          {someLabel}
        </label>
      </div>
      {present ? children(path) : null}
    </fieldset>
  );
}

/**
 * Rows of the same shape (a commitment's parties, its quotes): each row is a fieldset
 * named "<Item> <n>", with Up, Down and Remove buttons whose accessible names say which
 * row they act on ("Move party 2 up", "Remove party 2"), and an "Add <item>" button.
 * Rows inside a row (a dispute's claims) name their owner too: "Remove claim 2 of dispute 1".
 */
export function RepeatableFieldset<Item>({
  form,
  path,
  legend,
  itemName,
  of,
  newItem,
  hint,
  children,
}: {
  form: FormBinding;
  path: string;
  legend: string;
  /** Lower-case name of one row: "party", "quote". */
  itemName: string;
  /** The row this list belongs to, for the buttons' names: "dispute 1". */
  of?: string;
  newItem: () => Item;
  hint?: ReactNode;
  children: (itemPath: string, index: number) => ReactNode;
}) {
  const id = form.fieldId(path);
  const error = form.errorAt(path);
  const value = form.valueAt(path);
  const items = Array.isArray(value) ? (value as Item[]) : [];
  const title = itemName.charAt(0).toUpperCase() + itemName.slice(1);
  const owner = of ? ` of ${of}` : '';
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as Item);
    form.setAt(path, next);
  };
  return (
    <fieldset
      id={id}
      className={error ? 'admin-fieldset has-error' : 'admin-fieldset'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {items.length === 0 ? <p className="admin-hint">None yet.</p> : null}
      {items.map((_, index) => {
        const n = index + 1;
        return (
          // Rows have no stable id; the index is what the paths and errors use too.
          <fieldset key={index} className="admin-row">
            <legend>
              {title} {n}
            </legend>
            {children(`${path}.${index}`, index)}
            <div className="admin-row-actions">
              <button
                type="button"
                className="secondary"
                aria-label={`Move ${itemName} ${n}${owner} up`}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                Up
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Move ${itemName} ${n}${owner} down`}
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
              >
                Down
              </button>
              <button
                type="button"
                className="danger"
                aria-label={`Remove ${itemName} ${n}${owner}`}
                onClick={() =>
                  form.setAt(
                    path,
                    items.filter((__, i) => i !== index),
                  )
                }
              >
                Remove
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => form.setAt(path, [...items, newItem()])}
      >
        Add {itemName}
        {of ? <span className="visually-hidden"> to {of}</span> : null}
      </button>
    </fieldset>
  );
}

// ---- translations (docs/i18n.md) --------------------------------------------------------

/**
 * A record's translations beside its English: for each translated field, the English as it
 * is in the form (read-only, for reference) and the translation, with a badge when it is
 * missing or older than the English. Part of the record's own form, so a translation is
 * saved like any field: one save, a revision, the version check.
 *
 * Typing a translation records the English it was made from (its `textHash`); changing the
 * English afterwards makes it "older than the English" until it is edited again or an editor
 * confirms it still fits.
 */

export interface TranslatedField {
  name: string;
  label: string;
  /** A multi-line field (a summary, a brief). */
  rows?: number;
  /** Where its English is, when not at `name` (a target's note: `target.note`). */
  english?: string;
}

const LANGUAGES: Record<TranslationLocale, { name: string; lang: string }> = {
  ja: { name: 'Japanese', lang: 'ja' },
};

/** The English of a field as the form holds it (a string, or nothing yet). */
function englishOf(form: FormBinding, name: string): string {
  const value = form.valueAt(name);
  return typeof value === 'string' ? value : '';
}

const BADGES = {
  missing: { text: 'missing', className: 'badge translation-missing' },
  stale: { text: 'older than the English', className: 'badge translation-stale' },
  current: null,
} as const;

/** One translated field: its English for reference, the translation, and its state. */
export function TranslationField({
  form,
  field,
  locale,
  at,
}: {
  form: FormBinding;
  field: TranslatedField;
  locale: TranslationLocale;
  /** Where the translated item is in the form (an account), when it is not the record. */
  at?: string;
}) {
  const language = LANGUAGES[locale];
  const prefix = at ? `${at}.` : '';
  const path = `${prefix}translations.${locale}.${field.name}`;
  const english = englishOf(form, `${prefix}${field.english ?? field.name}`);
  const stored = form.valueAt(path) as TranslatedText | undefined;
  const state = translationState(english, stored);
  const badge = BADGES[state];
  const id = form.fieldId(`${path}.text`);
  const englishId = form.fieldId(`${path}.english`);
  const error = form.errorAt(`${path}.text`) ?? form.errorAt(path);
  const badgeId = `${id}-state`;
  const describedBy = [englishId, badge ? badgeId : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const write = (text: string) =>
    // An empty translation is none: the field is left out, so the English shows.
    form.setAt(path, text === '' ? undefined : { text, from: textHash(english) });
  const ref = useEarlyTyping<HTMLInputElement & HTMLTextAreaElement>(stored?.text ?? '', write);
  const common = {
    ref,
    id,
    lang: language.lang,
    value: stored?.text ?? '',
    disabled: form.pending,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    // One group per field, named by it; inside, "English" and the language: the controls'
    // own names never repeat the field's ("Title"), which the record's own field has.
    <fieldset
      className={error ? 'translation-row admin-field has-error' : 'translation-row admin-field'}
      data-field={field.name}
      data-state={state}
    >
      <legend>{field.label} translation</legend>
      <div className="translation-english">
        <p className="admin-label">English</p>
        <p id={englishId} className="translation-reference" lang="en">
          {english || <em>No English text yet.</em>}
        </p>
      </div>
      <div className="translation-target">
        <label htmlFor={id}>{language.name}</label>{' '}
        {badge ? (
          <span id={badgeId} className={badge.className}>
            {badge.text}
          </span>
        ) : null}
        <FieldError id={id} error={error} />
        {field.rows ? (
          <textarea {...common} rows={field.rows} onChange={(e) => write(e.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            autoComplete="off"
            onChange={(e) => write(e.target.value)}
          />
        )}
        {state === 'stale' && stored ? (
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() => form.setAt(path, { text: stored.text, from: textHash(english) })}
            >
              Mark as up to date with the English
            </button>
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}

export function TranslationFields({
  form,
  fields,
  locale = 'ja',
  at,
}: {
  form: FormBinding;
  fields: readonly TranslatedField[];
  locale?: TranslationLocale;
  /** Where the translated item is in the form (an account), when it is not the record. */
  at?: string;
}) {
  const language = LANGUAGES[locale];
  const prefix = at ? `${at}.` : '';
  const states = fields.map((f) =>
    translationState(
      englishOf(form, `${prefix}${f.english ?? f.name}`),
      form.valueAt(`${prefix}translations.${locale}.${f.name}`) as TranslatedText | undefined,
    ),
  );
  const missing = states.filter((s) => s === 'missing').length;
  const stale = states.filter((s) => s === 'stale').length;
  const statusId = `${form.fieldId(`${prefix}translations`)}-status`;
  return (
    <fieldset className="admin-fieldset translations" aria-describedby={statusId}>
      <legend>{language.name} translation</legend>
      <p id={statusId} className="admin-hint">
        Our own text in {language.name}, for readers of the /{locale} pages; quotes are never
        translated. {missing} missing, {stale} older than the English.
      </p>
      {fields.map((field) => (
        <TranslationField key={field.name} form={form} field={field} locale={locale} at={at} />
      ))}
    </fieldset>
  );
}
