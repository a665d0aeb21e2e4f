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

  it('stops at input nested deeper than any procedure takes, without overflowing the stack', () => {
    let deep: unknown = 'ok';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problems = findUnstorableText(deep);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/too large or too deeply nested/);
    expect(problems[0]!.path.length).toBeLessThanOrEqual(101);
  });

  it('visits a cyclic object once instead of walking it forever (the F1 probe)', () => {
    const a: Record<string, unknown> = { name: 'x\u0000' };
    a.b = a;
    const problems = findUnstorableText({ a });
    expect(problems).toEqual([
      { path: ['a', 'name'], message: expect.stringMatching(/NUL/) as string },
    ]);
  });

  it('walks a shared graph once per object, not once per path (2^60 paths)', () => {
    let graph: unknown = 'leaf';
    for (let i = 0; i < 60; i++) graph = { left: graph, right: graph };
    expect(findUnstorableText(graph)).toEqual([]);
  });

  it('stops at more values than any procedure takes', () => {
    const problems = findUnstorableText({ list: new Array(200_000).fill('a') });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/too large/);
  });

  it('stops after ten problems', () => {
    expect(findUnstorableText(Array.from({ length: 50 }, () => '\u0000'))).toHaveLength(10);
  });
});
