import { describe, expect, it } from 'vitest';
import { type Meeting } from './records';
import { addAccount, addToRecord, PendingEntry, recordTypeOf } from './review';

const quote = (who: string, text: string) => ({
  text,
  form: 'verbatim' as const,
  attribution: { kind: 'government_readout' as const, who, party: null },
  source: 'a-source',
});

const accounts: Meeting['accounts'] = [
  {
    topic: 'Chips',
    note: 'They differ.',
    quotes: [quote('Tokyo', 'one phrase')],
    translations: {},
  },
];

describe('addAccount', () => {
  it('puts a quote beside the same topic’s quotes, whatever its case, and keeps the note', () => {
    const next = addAccount(accounts, {
      kind: 'account',
      topic: 'CHIPS',
      note: 'Another note.',
      quote: quote('Washington', 'another phrase'),
    });
    expect(next).toEqual([
      {
        topic: 'Chips',
        note: 'They differ.',
        quotes: [quote('Tokyo', 'one phrase'), quote('Washington', 'another phrase')],
        translations: {},
      },
    ]);
    // The stored list is not changed in place.
    expect(accounts[0]!.quotes).toHaveLength(1);
  });

  it('starts a row for a new topic', () => {
    const next = addAccount(accounts, {
      kind: 'account',
      topic: 'Minerals',
      note: 'Only one side spoke.',
      quote: quote('Tokyo', 'a third phrase'),
    });
    expect(next.map((a) => a.topic)).toEqual(['Chips', 'Minerals']);
  });
});

describe('addToRecord', () => {
  it('appends a status update to the history and a link to the lineage, nothing else', () => {
    const commitment = { history: [], lineage: [], title: 'T' } as never;
    const update = {
      effectiveOn: '2024-01-01',
      status: 'in_progress' as const,
      note: 'Work began.',
      sources: ['a-source'],
      author: 'An editor',
      party: null,
      translations: {},
    };
    expect(addToRecord({ kind: 'status', update }, commitment)).toEqual({
      history: [update],
      lineage: [],
      title: 'T',
    });
    const link = {
      relation: 'restated_in' as const,
      meeting: 'a-meeting',
      on: '2024-01-02',
      source: 'a-source',
      quote: null,
      note: null,
      translations: {},
    };
    expect(addToRecord({ kind: 'lineage', link }, commitment)).toEqual({
      history: [],
      lineage: [link],
      title: 'T',
    });
  });

  it('names the record each kind is written into', () => {
    expect(recordTypeOf('account')).toBe('meeting');
    expect(recordTypeOf('status')).toBe('commitment');
    expect(recordTypeOf('lineage')).toBe('commitment');
  });
});

describe('PendingEntry', () => {
  it('refuses an unknown kind and unknown keys', () => {
    expect(PendingEntry.safeParse({ kind: 'dispute' }).success).toBe(false);
    expect(
      PendingEntry.safeParse({
        kind: 'account',
        topic: 'Chips',
        note: 'A note.',
        quote: quote('Tokyo', 'words'),
        published: true,
      }).success,
    ).toBe(false);
  });
});
