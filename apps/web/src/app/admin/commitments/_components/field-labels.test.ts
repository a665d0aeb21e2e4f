import { describe, expect, it } from 'vitest';
import { commitmentFieldLabel } from './field-labels';

describe('commitmentFieldLabel', () => {
  it('names fields and rows as the form labels them', () => {
    expect(commitmentFieldLabel('title')).toBe('Title');
    expect(commitmentFieldLabel('target.date')).toBe('Target date: Date');
    expect(commitmentFieldLabel('parties.0.party')).toBe('Party 1: Party');
    expect(commitmentFieldLabel('quotes.1.attribution.party')).toBe('Quote 2: Speaker’s party');
    expect(commitmentFieldLabel('quotes.1.attribution.who')).toBe('Quote 2: Who said it');
    expect(commitmentFieldLabel('history.0.sources.1')).toBe('Status update 1: Source 2');
    expect(commitmentFieldLabel('tags.2')).toBe('Tag 3');
  });
});
