'use client';

import {
  textHash,
  type TranslatedText,
  type TranslationLocale,
  translationState,
} from '@accord/domain';
import { type FormBinding } from './use-record-form';

/**
 * A record's translations beside its English (docs/i18n.md): for each translated field, the
 * English as it is in the form (read-only, for reference) and the translation, with a badge
 * when it is missing or older than the English. Part of the record's own form, so a
 * translation is saved like any field: one save, a revision, the version check.
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

function TranslationRow({
  form,
  field,
  locale,
}: {
  form: FormBinding;
  field: TranslatedField;
  locale: TranslationLocale;
}) {
  const language = LANGUAGES[locale];
  const path = `translations.${locale}.${field.name}`;
  const english = englishOf(form, field.name);
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
  const common = {
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
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
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
}: {
  form: FormBinding;
  fields: readonly TranslatedField[];
  locale?: TranslationLocale;
}) {
  const language = LANGUAGES[locale];
  const states = fields.map((f) =>
    translationState(
      englishOf(form, f.name),
      form.valueAt(`translations.${locale}.${f.name}`) as TranslatedText | undefined,
    ),
  );
  const missing = states.filter((s) => s === 'missing').length;
  const stale = states.filter((s) => s === 'stale').length;
  return (
    <fieldset
      className="admin-fieldset translations"
      aria-describedby={`${form.fieldId('translations')}-status`}
    >
      <legend>{language.name} translation</legend>
      <p id={`${form.fieldId('translations')}-status`} className="admin-hint">
        Our own text in {language.name}, for readers of the /{locale} pages; quotes are never
        translated. {missing} missing, {stale} older than the English.
      </p>
      {fields.map((field) => (
        <TranslationRow key={field.name} form={form} field={field} locale={locale} />
      ))}
    </fieldset>
  );
}
