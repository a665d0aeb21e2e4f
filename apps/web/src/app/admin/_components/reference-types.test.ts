import { describe, expect, it } from 'vitest';
import { referenceFieldLabel } from './reference-types';

describe('referenceFieldLabel', () => {
  it('names a translation by its language and field, in a meeting account and in a theme', () => {
    expect(referenceFieldLabel('meeting', 'accounts.0.translations.ja.note.text')).toBe(
      'Account 1 › Japanese › What differs › Text',
    );
    expect(referenceFieldLabel('meeting', 'accounts.2.translations.ja.topic')).toBe(
      'Account 3 › Japanese › Topic',
    );
    expect(referenceFieldLabel('meeting', 'accounts.0.note')).toBe('Account 1 › What differs');
    expect(referenceFieldLabel('theme', 'translations.ja.brief.text')).toBe(
      'Japanese › Brief › Text',
    );
  });

  it("names a participant's translated name and office by the participant's place", () => {
    expect(referenceFieldLabel('meeting', 'participants.1.office')).toBe('Participant 2 › Office');
    expect(referenceFieldLabel('meeting', 'participants.0.translations.ja.name.text')).toBe(
      'Participant 1 › Japanese › Name › Text',
    );
    expect(referenceFieldLabel('meeting', 'participants.0.translations.ja.office.from')).toBe(
      'Participant 1 › Japanese › Office › Translated from',
    );
  });
});
