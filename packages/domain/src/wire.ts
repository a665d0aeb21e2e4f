import superjson from 'superjson';

/**
 * How procedure inputs travel over HTTP: superjson's `{ json, meta }` envelope, restricted.
 *
 * superjson can rebuild shared and cyclic references from `meta.referentialEqualities`
 * (`{"a":["a.b"]}` makes `a.b = a`), and revive Maps, Sets, BigInts, RegExps and registered
 * classes from `meta.values`. No procedure needs any of that: inputs are trees of JSON values
 * and Dates. Left open, one anonymous request could hand the server a cycle (an endless walk)
 * or a shared graph that grows exponentially when walked. So the server accepts only:
 * - `json`: at most {@link WIRE_LIMITS}.maxDepth levels deep and maxNodes values;
 * - `meta.values` annotations of the types in {@link ALLOWED_VALUE_TYPES}, within the same bounds;
 * - `meta.v`: superjson's format version;
 * and refuses everything else, `meta.referentialEqualities` included, before any walk.
 * Clients send each value in full (with dedupe off, superjson's `json` already holds every
 * copy, so leaving out the reference metadata loses nothing).
 */
export const WIRE_LIMITS = { maxDepth: 64, maxNodes: 50_000 } as const;

/** Value annotations an input may carry: dates, and `undefined` inside arrays. */
const ALLOWED_VALUE_TYPES: ReadonlySet<string> = new Set(['Date', 'undefined']);

/** Input the server refuses; the message says why, for a 400. */
export class WireInputError extends Error {
  override readonly name = 'WireInputError';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Counts every value of a JSON tree without recursion and refuses one nested deeper than
 * `maxDepth` or holding more than `maxNodes` values. The tree comes from JSON.parse, so it has
 * no cycles; the visited set is there for callers that pass objects built in memory.
 */
export function assertBoundedTree(
  root: unknown,
  what: string,
  limits: { maxDepth: number; maxNodes: number } = WIRE_LIMITS,
): void {
  const seen = new Set<object>();
  const pending: [unknown, number][] = [[root, 0]];
  let nodes = 0;
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (++nodes > limits.maxNodes) {
      throw new WireInputError(`${what} holds more than ${limits.maxNodes} values.`);
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) {
      throw new WireInputError(`${what} is nested more than ${limits.maxDepth} levels deep.`);
    }
    if (seen.has(value))
      throw new WireInputError(`${what} holds one object twice (a shared or cyclic reference).`);
    seen.add(value);
    const children = Array.isArray(value) ? value : Object.values(value);
    if (nodes + pending.length + children.length > limits.maxNodes) {
      throw new WireInputError(`${what} holds more than ${limits.maxNodes} values.`);
    }
    for (const child of children) pending.push([child, depth + 1]);
  }
}

/**
 * A superjson value-annotation tree is either `[type, children?]` (this path is annotated)
 * or `{ key: tree }`. Every type must be allowed; shapes superjson does not write are refused.
 */
function assertAllowedAnnotations(values: unknown): void {
  assertBoundedTree(values, 'meta.values');
  const pending: unknown[] = [values];
  while (pending.length > 0) {
    const tree = pending.pop();
    if (Array.isArray(tree)) {
      const [type, children, ...rest] = tree as unknown[];
      if (rest.length > 0 || (children !== undefined && !isPlainObject(children))) {
        throw new WireInputError('meta.values is malformed.');
      }
      if (typeof type !== 'string' || !ALLOWED_VALUE_TYPES.has(type)) {
        throw new WireInputError(
          `meta.values may only mark ${[...ALLOWED_VALUE_TYPES].join(' and ')} values.`,
        );
      }
      if (children) pending.push(...Object.values(children));
    } else if (isPlainObject(tree)) {
      pending.push(...Object.values(tree));
    } else {
      throw new WireInputError('meta.values is malformed.');
    }
  }
}

/**
 * The input a client sent, decoded: the envelope checked as above, then handed to superjson.
 * Throws {@link WireInputError} for anything outside the contract.
 */
export function decodeWireInput(payload: unknown): unknown {
  if (!isPlainObject(payload)) {
    throw new WireInputError('Input must be an object of the form {"json": ...}.');
  }
  const { json, meta, ...rest } = payload;
  const stray = Object.keys(rest);
  if (stray.length > 0) {
    throw new WireInputError(
      `Input has unknown keys beside "json" and "meta": ${stray[0]!.slice(0, 40)}.`,
    );
  }
  assertBoundedTree(json, 'Input');
  if (meta === undefined) return json;
  if (!isPlainObject(meta)) throw new WireInputError('meta must be an object.');
  const { values, v, referentialEqualities, ...other } = meta;
  if (referentialEqualities !== undefined) {
    throw new WireInputError(
      'meta.referentialEqualities is not accepted: send every value in full, without references.',
    );
  }
  if (Object.keys(other).length > 0) {
    throw new WireInputError('meta may only hold "values" and "v".');
  }
  if (v !== undefined && v !== 1) throw new WireInputError('meta.v must be 1.');
  if (values === undefined) return json;
  assertAllowedAnnotations(values);
  try {
    return superjson.deserialize({ json: json as never, meta: { values: values as never, v: 1 } });
  } catch {
    // A path that names nothing in `json`, or a value that is not a valid date.
    throw new WireInputError('meta.values does not match the input.');
  }
}

/** superjson's envelope for `value`, without reference metadata (see above). */
export function encodeWireInput(value: unknown): { json: unknown; meta?: object } {
  const { json, meta } = superjson.serialize(value);
  if (!meta) return { json };
  const { referentialEqualities: _dropped, ...kept } = meta;
  return kept.values ? { json, meta: kept } : { json };
}

/** The transformer for tRPC clients of Accord (the web app's forms, @accord/client). */
export const wireTransformer = {
  input: { serialize: encodeWireInput, deserialize: decodeWireInput },
  output: superjson,
};
