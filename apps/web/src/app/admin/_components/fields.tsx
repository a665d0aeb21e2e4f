'use client';

import { type ReactNode, useState } from 'react';
import { type FormBinding } from './use-record-form';

/**
 * Form controls bound to a record form by dotted path. Every control has a visible label;
 * a hint and an error are tied to it with aria-describedby, and an error sets aria-invalid.
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
      {hint ? (
        <p id={`${id}-hint`} className="admin-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
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
  const value = form.valueAt(path);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        type={type}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) =>
          form.setAt(path, nullable && e.target.value === '' ? null : e.target.value)
        }
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
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
  const value = form.valueAt(path);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        rows={rows}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) =>
          form.setAt(path, nullable && e.target.value === '' ? null : e.target.value)
        }
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
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
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          form.setAt(path, e.target.value.trim() === '' ? NaN : Number(e.target.value));
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
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
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        type="text"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          form.setAt(path, parse(e.target.value));
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
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
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) =>
          form.setAt(path, nullable && e.target.value === '' ? null : e.target.value)
        }
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
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
      {hint ? (
        <p id={`${id}-hint`} className="admin-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
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
      {hint ? (
        <p id={`${id}-hint`} className="admin-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
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
      {hint ? (
        <p id={`${id}-hint`} className="admin-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
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
      {hint ? (
        <p id={`${id}-hint`} className="admin-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
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
