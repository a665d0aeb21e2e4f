import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './storable-text';

describe('findUnstorableText', () => {
  it('accepts text PostgreSQL stores as sent: emoji, marks, right-to-left, combining', () => {
    const input = {
      title: '👩‍👩‍👧‍👦 🇯🇵 e\u0301 \u202eevil\u202c \u200f \ufeff',
      quotes: [{ text: '日本語 𝒳' }],
    };
    expect(findUnstorableText(input)).toEqual([]);
  });

  it('names the path of each NUL character and unpaired surrogate, keys included', () => {
    const problems = findUnstorableText({
      data: { name: 'a\u0000b', quotes: [{ text: 'ok' }, { text: 'x\ud800' }] },
      ['bad\udc00key']: 1,
    });
    expect(problems.map((p) => p.path)).toEqual([
      ['data', 'name'],
      ['data', 'quotes', '1', 'text'],
      ['bad\udc00key'],
    ]);
    expect(problems[0]!.message).toMatch(/NUL/);
    expect(problems[1]!.message).toMatch(/surrogate/);
    expect(problems[2]!.message).toMatch(/^In a key/);
  });

  it('finds a low surrogate before a high one (a pair in the wrong order)', () => {
    expect(findUnstorableText('\udc00\ud800')).toHaveLength(1);
  });

  it('walks input nested far deeper than the call stack would allow', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const [problem] = findUnstorableText(deep);
    expect(problem?.path).toHaveLength(100_000);
  });

  it('stops after ten problems', () => {
    expect(findUnstorableText(Array.from({ length: 50 }, () => '\u0000'))).toHaveLength(10);
  });
});
