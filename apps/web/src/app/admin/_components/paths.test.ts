import { describe, expect, it } from 'vitest';
import { getAt, humanizePath, labelPath, setAt, showValue } from './paths';

describe('form paths', () => {
  const data = { title: 'A', quotes: [{ text: 'x', attribution: { who: 'a' } }], target: null };

  it('reads and writes the paths the schemas report, sharing untouched branches', () => {
    expect(getAt(data, 'quotes.0.attribution.who')).toBe('a');
    expect(getAt(data, 'target.date')).toBeUndefined();
    const next = setAt(data, 'quotes.0.attribution.who', 'b');
    expect(getAt(next, 'quotes.0.attribution.who')).toBe('b');
    expect(data.quotes[0]!.attribution.who).toBe('a');
    expect(Array.isArray(next.quotes)).toBe(true);
    expect(setAt(data, 'title', 'B').quotes).toBe(data.quotes);
  });

  it('names a path for people, counting rows from 1', () => {
    expect(humanizePath('quotes.0.attribution.who')).toBe('Quotes 1 › Attribution › Who');
    expect(humanizePath('target.date')).toBe('Target › Date');
    expect(humanizePath('effectiveOn')).toBe('Effective on');
  });

  it('uses a form’s own words for fields, rows and fields inside rows', () => {
    const words = {
      names: { 'attribution.party': 'Speaker’s party', 'accounts.note': 'What differs' },
      rows: { accounts: 'Account', quotes: 'Quote' },
      silent: ['attribution'],
    };
    expect(labelPath('accounts.0.quotes.1.attribution.party', words)).toBe(
      'Account 1 › Quote 2 › Speaker’s party',
    );
    expect(labelPath('accounts.2.note', words)).toBe('Account 3 › What differs');
    expect(labelPath('participants.1.note', words)).toBe('Participants 2 › Note');
    expect(labelPath('', words)).toBe('Record');
  });

  it('shows empty values as such', () => {
    expect(showValue(null)).toBe('(empty)');
    expect(showValue([])).toBe('(none)');
    expect(showValue('text')).toBe('text');
    expect(showValue(3)).toBe('3');
    expect(showValue(true)).toBe('Yes');
    expect(showValue(false)).toBe('No');
  });
});
