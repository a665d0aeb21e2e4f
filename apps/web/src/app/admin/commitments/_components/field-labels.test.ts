import { describe, expect, it } from 'vitest';
import { commitmentFieldLabel, commitmentIssueMessage, statusFieldLabel } from './field-labels';

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

  it('names a translation by its language and field, not as quoted words', () => {
    expect(commitmentFieldLabel('translations.ja.title.text')).toBe('Japanese: Title: Text');
    expect(commitmentFieldLabel('translations.ja.summary')).toBe('Japanese: Summary');
    expect(commitmentFieldLabel('translations')).toBe('Translations');
    expect(commitmentFieldLabel('history.1.translations.ja.note.text')).toBe(
      'Status update 2: Japanese: Note: Text',
    );
    expect(statusFieldLabel('translations.ja.note.text')).toBe('Japanese: Note: Text');
    expect(commitmentFieldLabel('disputes.0.claims.1.translations.ja.claim.text')).toBe(
      'Dispute 1: Claim 2: Japanese: What the source claims: Text',
    );
    expect(commitmentFieldLabel('lineage.2.translations.ja.note')).toBe(
      'Lineage link 3: Japanese: Note',
    );
    expect(commitmentFieldLabel('translations.ja.targetNote.text')).toBe(
      'Japanese: Note on the target date: Text',
    );
  });

  it('names the tracking fields: lineage, disputes and their claims, per-party updates', () => {
    expect(commitmentFieldLabel('reviewedOn')).toBe('Last reviewed on');
    expect(commitmentFieldLabel('parent')).toBe('Sub-commitment of');
    expect(commitmentFieldLabel('lineage.0.source')).toBe('Lineage link 1: Source');
    expect(commitmentFieldLabel('lineage.2.quote.text')).toBe('Lineage link 3: Quoted words');
    expect(commitmentFieldLabel('lineage.0.quote.attribution.party')).toBe(
      'Lineage link 1: Speaker’s party',
    );
    expect(commitmentFieldLabel('lineage.0.quote')).toBe('Lineage link 1: Quote');
    expect(commitmentFieldLabel('disputes.0.claims')).toBe('Dispute 1: Claims');
    expect(commitmentFieldLabel('disputes.1.claims.0.claim')).toBe(
      'Dispute 2: Claim 1: What the source claims',
    );
    expect(commitmentFieldLabel('disputes.0.claims.1.quote.attribution.who')).toBe(
      'Dispute 1: Claim 2: Who said it',
    );
    expect(commitmentFieldLabel('history.3.party')).toBe('Status update 4: Assesses party');
    expect(statusFieldLabel('party')).toBe('Assesses party');
    expect(statusFieldLabel('effectiveOn')).toBe('Date');
  });
});

describe('commitmentIssueMessage', () => {
  it('asks for a choice where the slug comes from a list, and leaves typed slugs alone', () => {
    expect(commitmentIssueMessage('meeting', 'A slug cannot be empty')).toBe('Choose one.');
    expect(commitmentIssueMessage('parties.0.party', 'A slug cannot be empty')).toBe('Choose one.');
    expect(commitmentIssueMessage('lineage.1.meeting', 'A slug cannot be empty')).toBe(
      'Choose one.',
    );
    expect(commitmentIssueMessage('disputes.0.claims.1.source', 'A slug cannot be empty')).toBe(
      'Choose one.',
    );
    expect(commitmentIssueMessage('slug', 'A slug cannot be empty')).toBe('A slug cannot be empty');
  });
});
