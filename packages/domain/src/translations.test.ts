import { describe, expect, it } from 'vitest';
import { Commitment, Theme } from './records';
import {
  CommitmentTranslations,
  textHash,
  translatedOr,
  translate,
  translationState,
  translationsView,
} from './translations';

describe('textHash', () => {
  it('is 14 hex digits, the same for the same text and different for a changed one', () => {
    expect(textHash('Cooperate on chips')).toMatch(/^[0-9a-f]{14}$/);
    expect(textHash('Cooperate on chips')).toBe(textHash('Cooperate on chips'));
    expect(textHash('Cooperate on chips')).not.toBe(textHash('Cooperate on chips.'));
    expect(textHash('日本')).not.toBe(textHash('日米'));
  });

  it('ignores the surrounding whitespace the record schemas trim anyway', () => {
    expect(textHash('  words \n')).toBe(textHash('words'));
  });
});

describe('translationState', () => {
  const english = 'The two leaders agreed to cooperate.';

  it('is missing without a translation, unless the English is empty too', () => {
    expect(translationState(english, undefined)).toBe('missing');
    expect(translationState(english, null)).toBe('missing');
    expect(translationState('', undefined)).toBe('current');
  });

  it('is current when translated from the English as it is', () => {
    expect(translationState(english, translate(english, '両首脳は協力で合意した。'))).toBe(
      'current',
    );
  });

  it('is stale once the English changes after the translation', () => {
    const ja = translate(english, '両首脳は協力で合意した。');
    expect(translationState(`${english} In May.`, ja)).toBe('stale');
  });
});

describe('translationsView', () => {
  it('gives readers each translated field with its staleness, and only the fields asked', () => {
    const stored = {
      ja: {
        title: translate('Old title', '古い題'),
        summary: translate('Summary', '要約'),
        brief: translate('Brief', '概要'),
      },
    };
    expect(translationsView({ title: 'New title', summary: 'Summary' }, stored)).toEqual({
      ja: { title: { text: '古い題', stale: true }, summary: { text: '要約', stale: false } },
    });
  });

  it('is empty for no translations or a value that is not one', () => {
    expect(translationsView({ title: 'T' }, {})).toEqual({});
    expect(translationsView({ title: 'T' }, null)).toEqual({});
    expect(translationsView({ title: 'T' }, { ja: { title: 'not a translation' } })).toEqual({});
  });
});

describe('the translations of a record', () => {
  it('default to none, so data saved before translations still parses', () => {
    expect(
      Theme.parse({ slug: 'chips', title: 'Chips', summary: 'S.', brief: '', position: 1 })
        .translations,
    ).toEqual({});
  });

  it('refuse an unknown language, an unknown field, an empty text or a bad fingerprint', () => {
    const ok = translate('T', '題');
    expect(CommitmentTranslations.safeParse({ ja: { title: ok } }).success).toBe(true);
    expect(CommitmentTranslations.safeParse({ fr: { title: ok } }).success).toBe(false);
    expect(CommitmentTranslations.safeParse({ ja: { brief: ok } }).success).toBe(false);
    expect(CommitmentTranslations.safeParse({ ja: { title: { ...ok, text: ' ' } } }).success).toBe(
      false,
    );
    expect(CommitmentTranslations.safeParse({ ja: { title: { ...ok, from: 'x' } } }).success).toBe(
      false,
    );
  });

  it('are bounded like the English fields', () => {
    const long = translate('T', 'あ'.repeat(201));
    expect(Commitment.shape.translations.safeParse({ ja: { title: long } }).success).toBe(false);
    const fits = translate('T', 'あ'.repeat(200));
    expect(Commitment.shape.translations.safeParse({ ja: { title: fits } }).success).toBe(true);
  });
});

describe('translatedOr', () => {
  it('gives the translation and whether it is current or stale, else the English as missing', () => {
    expect(translatedOr('Chips', { text: '半導体', stale: false })).toEqual({
      text: '半導体',
      state: 'current',
    });
    expect(translatedOr('Chips', { text: '半導体', stale: true })).toEqual({
      text: '半導体',
      state: 'stale',
    });
    expect(translatedOr('Chips', undefined)).toEqual({ text: 'Chips', state: 'missing' });
  });
});
