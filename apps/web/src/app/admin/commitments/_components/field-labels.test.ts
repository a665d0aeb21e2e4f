import { describe, expect, it } from 'vitest';
import { commitmentFieldLabel, commitmentIssueMessage } from './field-labels';

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

describe('commitmentIssueMessage', () => {
  it('asks for a choice where the slug comes from a list, and leaves typed slugs alone', () => {
    expect(commitmentIssueMessage('meeting', 'A slug cannot be empty')).toBe('Choose one.');
    expect(commitmentIssueMessage('parties.0.party', 'A slug cannot be empty')).toBe('Choose one.');
    expect(commitmentIssueMessage('slug', 'A slug cannot be empty')).toBe('A slug cannot be empty');
  });
});
