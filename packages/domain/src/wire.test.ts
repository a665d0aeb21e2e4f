import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import {
  assertBoundedTree,
  decodeWireInput,
  encodeWireInput,
  WIRE_LIMITS,
  WireInputError,
  wireTransformer,
} from './wire';

/** Nested `levels` arrays deep: [[[...]]]. */
function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

function refusal(payload: unknown): string {
  try {
    decodeWireInput(payload);
  } catch (error) {
    expect(error).toBeInstanceOf(WireInputError);
    return (error as Error).message;
  }
  throw new Error('expected the input to be refused');
}

describe('decodeWireInput', () => {
  it('refuses the probe that froze the server: a self-reference through meta', () => {
    const payload = { json: { a: {} }, meta: { referentialEqualities: { a: ['a.b'] } } };
    expect(refusal(payload)).toMatch(/referentialEqualities is not accepted/);
  });

  it('refuses reference metadata of every shape, cyclic or only shared', () => {
    // Root self-reference, and a shared (acyclic) graph that doubles at every level.
    expect(refusal({ json: {}, meta: { referentialEqualities: [['a']] } })).toMatch(/referential/);
    const levels = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`l${i}.a`, [`l${i}.b`]]),
    );
    expect(refusal({ json: {}, meta: { referentialEqualities: levels, v: 1 } })).toMatch(
      /referential/,
    );
  });

  it('allows only dates and undefined among value annotations', () => {
    for (const type of ['map', 'set', 'bigint', 'regexp', 'Error', 'number', 'URL']) {
      expect(refusal({ json: { a: [] }, meta: { values: { a: [type] }, v: 1 } })).toMatch(
        /may only mark Date and undefined/,
      );
    }
    for (const type of [
      ['class', 'X'],
      ['custom', 'X'],
      ['symbol', 'X'],
      ['typed-array', 'Uint8Array'],
    ]) {
      expect(refusal({ json: { a: 'x' }, meta: { values: { a: [type] }, v: 1 } })).toMatch(
        /may only mark/,
      );
    }
  });

  it('refuses a malformed envelope with a message that says what is wrong', () => {
    expect(refusal('text')).toMatch(/must be an object/);
    expect(refusal([1])).toMatch(/must be an object/);
    expect(refusal({ json: 1, extra: 2 })).toMatch(/unknown keys/);
    expect(refusal({ json: 1, meta: 'x' })).toMatch(/meta must be an object/);
    expect(refusal({ json: 1, meta: { other: 1 } })).toMatch(/may only hold/);
    expect(refusal({ json: 1, meta: { v: 2 } })).toMatch(/meta.v must be 1/);
    expect(refusal({ json: { a: 1 }, meta: { values: 'Date' } })).toMatch(/malformed/);
    expect(refusal({ json: { a: 1 }, meta: { values: { a: ['Date', 'x'] } } })).toMatch(
      /malformed/,
    );
    expect(refusal({ json: {}, meta: { values: { constructor: ['Date'] } } })).toMatch(
      /does not match/,
    );
  });

  it('refuses input nested deeper than the limit, in json and in meta.values', () => {
    expect(() => decodeWireInput({ json: nested(WIRE_LIMITS.maxDepth - 1) })).not.toThrow();
    expect(refusal({ json: nested(WIRE_LIMITS.maxDepth + 1) })).toMatch(/nested more than/);
    expect(refusal({ json: nested(100_000) })).toMatch(/nested more than/);
    expect(refusal({ json: 1, meta: { values: nested(1000) } })).toMatch(/nested more than/);
  });

  it('refuses input with more values than the limit, before walking them one by one', () => {
    expect(refusal({ json: new Array(WIRE_LIMITS.maxNodes + 1).fill(0) })).toMatch(
      /more than 50000 values/,
    );
    const wide = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i]));
    expect(refusal({ json: wide })).toMatch(/more than/);
  });

  it('passes ordinary input through, dates and undefined revived', () => {
    const input = {
      slug: 'x',
      since: new Date('2024-01-02T03:04:05Z'),
      list: [1, undefined, 'a'],
      nested: { deeper: { deepest: [new Date(0)] } },
    };
    expect(decodeWireInput(superjson.serialize(input))).toEqual(input);
    expect(decodeWireInput({ json: { limit: 5 } })).toEqual({ limit: 5 });
    expect(decodeWireInput({ json: null })).toBeNull();
    // A missing json is undefined, as superjson has it: the procedure's schema decides.
    expect(decodeWireInput({})).toBeUndefined();
  });
});

describe('encodeWireInput', () => {
  it('leaves out reference metadata: shared values travel in full', () => {
    const shared = { party: 'jp' };
    const input = { a: shared, b: shared, when: new Date(5) };
    const plain = superjson.serialize(input);
    expect(plain.meta?.referentialEqualities).toBeDefined();
    const encoded = encodeWireInput(input);
    expect(encoded.meta).not.toHaveProperty('referentialEqualities');
    expect(decodeWireInput(JSON.parse(JSON.stringify(encoded)))).toEqual(input);
  });

  it('sends no meta at all for plain JSON input', () => {
    const shared = [1, 2];
    expect(encodeWireInput({ a: shared, b: shared })).toEqual({ json: { a: [1, 2], b: [1, 2] } });
  });

  it('is what the clients use for inputs', () => {
    expect(wireTransformer.input.serialize).toBe(encodeWireInput);
  });
});

describe('assertBoundedTree', () => {
  it('refuses a cycle built in memory instead of walking it forever', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => assertBoundedTree(cyclic, 'Input')).toThrow(/holds one object twice/);
  });

  it('stops an exponentially shared graph at the value limit', () => {
    let graph: unknown = 'leaf';
    for (let i = 0; i < 60; i++) graph = { a: graph, b: graph };
    expect(() => assertBoundedTree(graph, 'Input', { maxDepth: 1000, maxNodes: 10_000 })).toThrow(
      WireInputError,
    );
  });
});
