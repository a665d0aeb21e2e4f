/**
 * Property-based fuzzing of every procedure over HTTP, as the callers allowed to use it:
 * inputs that start valid and are then broken one node at a time (wrong types, huge or
 * unstorable text, unknown keys, deep nesting, bad numbers, cursors and dates), and REST
 * query strings and paths made the same way. Whatever comes in, the answer is a documented
 * status with no internals, and a refused write leaves every table as it was.
 */
import { encodeCursor } from '@accord/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from './index';
import { isAllowed } from './policy';
import { handleRestRequest } from './rest';
import { appRouter } from './root';
import {
  ADMIN,
  callOverHttp,
  EDITOR,
  type HttpAnswer,
  procedureType,
  sampleCommitment,
  sampleReference,
  SEED,
  snapshotTables,
  useTestDb,
} from './testing/helpers';
import { createFixtures, type Fixtures, sampleInputs } from './testing/samples';

const db = useTestDb();

/** Fixed, so a failure is reproducible; fast-check prints it with the counterexample. */
const FUZZ_SEED = 20_240_611;
// Kept modest so the suite stays quick on two cores (it runs twice in CI, once per engine);
// raise them locally to dig deeper.
const RUNS_PER_PROCEDURE = 15;
const REST_RUNS_PER_ENDPOINT = 12;

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

// ---- hostile values ------------------------------------------------------------------------

/**
 * JSON text spliced into the request as it is, built only when it is sent, and printed short
 * in a counterexample: a megabyte of text, thousands of nested arrays, or what JSON.stringify
 * cannot write (1e999 parses as Infinity) or would refuse (nesting deeper than its stack).
 */
class JsonText {
  constructor(
    readonly label: string,
    readonly build: () => string,
  ) {}
  [fc.toStringMethod]() {
    return this.label;
  }
}
const raw = (json: string) => new JsonText(json, () => json);
const sized = (label: string, build: () => unknown) =>
  new JsonText(label, () => JSON.stringify(build()));

const MEGABYTE = 1_000_000;
const nested = (depth: number, open: string, leaf: string, close: string) =>
  new JsonText(
    `${leaf} nested ${depth} deep in ${open}${close}`,
    () => `${open.repeat(depth)}${leaf}${close.repeat(depth)}`,
  );
const cursorFor = (text: string) => `c1.${btoa(text).replace(/=+$/, '')}`;

const EDGE_STRINGS = [
  '',
  ' ',
  '   padded   ',
  '\u0000',
  'nul\u0000inside',
  '\ud800',
  'lone low \udc00 surrogate',
  'reversed \udc00\ud800 pair',
  '\u202eright-to-left override\u202c',
  '\u200f\u200e marks',
  'zero\u200bwidth',
  '\ufeffbom',
  'e\u0301\u0301\u0301\u0301 combining',
  '👩‍👩‍👧‍👦 family emoji',
  '🇯🇵🇺🇸',
  'Ｆｕｌｌｗｉｄｔｈ',
  'İstanbul ß ǅ',
  'line\r\nbreak\ttab',
  "'; drop table commitments; --",
  '100%_\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  '2023-02-29',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2023-13-01',
  '2023-05-18T00:00:00Z',
  '+275760-09-13',
  'c1.',
  'c1.!!!',
  cursorFor('0'),
  cursorFor('-1'),
  cursorFor('2147483648'),
  cursorFor('9007199254740991'),
  cursorFor('9007199254740993'),
  encodeCursor(1),
  'chips',
  SEED.meeting,
  SEED.source,
  'a'.repeat(120),
  'a'.repeat(121),
];

/** Single characters that are trouble somewhere: storage, comparison, rendering. */
const EDGE_CHARS = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u0301',
  '\u200b',
  '👍',
  'a',
  '-',
  '%',
];

const hostileString: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  {
    weight: 4,
    arbitrary: fc.string({
      unit: fc.oneof(
        fc.constantFrom(...EDGE_CHARS),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 40,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      sized('1 MB of "a"', () => 'a'.repeat(MEGABYTE)),
      sized('1 MB of emoji', () => '👍'.repeat(MEGABYTE / 4)),
      sized('1 MB of NUL', () => '\u0000'.repeat(MEGABYTE)),
    ),
  },
);

const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    -0.5,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    2 ** 53 + 2,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    // JSON has no NaN or Infinity: JSON.stringify sends null, 1e999 parses as Infinity.
    Number.NaN,
    raw('1e999'),
    raw('-1e999'),
    raw('-0'),
    raw('1.0e2'),
  ),
  fc.integer(),
  fc.double(),
);

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileLeaf, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      nested(5000, '[', '1', ']'),
      nested(5000, '{"a":', '"x"', '}'),
      sized('10000 strings', () => Array.from({ length: 10_000 }, () => 'chips')),
      sized('10000 keys', () =>
        Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])),
      ),
      raw('{"__proto__":{"role":"admin","editorialState":"published"}}'),
      raw('{"constructor":{"prototype":{"polluted":true}}}'),
      raw('{"limit":1,"limit":1000}'),
    ),
  },
);

/** Keys no input declares: fields a caller may not set, and names that are trouble in JS. */
const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'state',
    'editorialState',
    'author',
    'authorId',
    'role',
    'version',
    'createdAt',
    'updatedAt',
    'publishedAt',
    'id',
    '__proto__',
    'constructor',
    'prototype',
    '',
    '\u0000',
    '\ud800',
    'k'.repeat(10_000),
  ),
  fc.string({ maxLength: 12 }),
);

// ---- breaking a valid input ------------------------------------------------------------------

type Mutation =
  | { kind: 'keep' }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'edit text'; at: number; how: 'prefix' | 'suffix' | 'replace'; text: string }
  | { kind: 'edit number'; at: number; value: unknown }
  | { kind: 'add key'; at: number; key: string; value: unknown }
  | { kind: 'remove key'; at: number };

/**
 * Kinds of change, each to one node of a valid input. Replacing a node with anything finds
 * gaps in validation; editing a string or number in place keeps the rest valid, so the
 * input gets past validation and the odd text or number reaches the database.
 */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'keep' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit text' as const),
      at: fc.nat(),
      how: fc.constantFrom('prefix' as const, 'suffix' as const, 'replace' as const),
      text: fc.oneof(
        fc.constantFrom(...EDGE_CHARS, ...EDGE_STRINGS),
        fc.string({ unit: fc.constantFrom(...EDGE_CHARS), minLength: 1, maxLength: 8 }),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('edit number' as const),
      at: fc.nat(),
      value: hostileNumber,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: hostileValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add key' as const),
      at: fc.nat(),
      key: hostileKey,
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove key' as const), at: fc.nat() }) },
);

type Container = Record<string, unknown> | unknown[];
interface Slot {
  parent: Container | null;
  key: string | number | null;
  value: unknown;
}

/** Every node of a JSON value, the root first, with where it sits. */
function slotsOf(root: unknown): Slot[] {
  const slots: Slot[] = [];
  const visit = (value: unknown, parent: Container | null, key: string | number | null) => {
    slots.push({ parent, key, value });
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, value, i));
    else if (value !== null && typeof value === 'object') {
      for (const [k, inner] of Object.entries(value)) visit(inner, value as Container, k);
    }
  };
  visit(root, null, null);
  return slots;
}

/** A copy of `input` with one change; returns the new root. */
function applyMutation(input: unknown, change: Mutation): unknown {
  const root = structuredClone(input);
  if (change.kind === 'keep') return root;
  const slots = slotsOf(root);
  const put = (slot: Slot, value: unknown) => {
    if (slot.parent === null) return value;
    (slot.parent as Record<string | number, unknown>)[slot.key!] = value;
    return root;
  };
  if (change.kind === 'replace') return put(slots[change.at % slots.length]!, change.value);
  if (change.kind === 'edit text' || change.kind === 'edit number') {
    const type = change.kind === 'edit text' ? 'string' : 'number';
    const leaves = slots.filter((s) => typeof s.value === type);
    if (leaves.length === 0) return root;
    const slot = leaves[change.at % leaves.length]!;
    if (change.kind === 'edit number') return put(slot, change.value);
    const text = slot.value as string;
    return put(
      slot,
      { prefix: change.text + text, suffix: text + change.text, replace: change.text }[change.how],
    );
  }
  const objects = slots.filter(
    (s) => s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value),
  );
  if (objects.length === 0) {
    return change.kind === 'add key' ? { [change.key]: change.value } : root;
  }
  const target = objects[change.at % objects.length]!.value as Record<string, unknown>;
  if (change.kind === 'add key') {
    // defineProperty, so "__proto__" becomes an own key as JSON.parse would make it.
    Object.defineProperty(target, change.key, {
      value: change.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    const keys = Object.keys(target);
    if (keys.length > 0) delete target[keys[change.at % keys.length]!];
  }
  return root;
}

/** JSON text for a value that may hold JsonText placeholders. */
function encode(value: unknown): string | undefined {
  if (value instanceof JsonText) return value.build();
  const spliced: JsonText[] = [];
  const json = JSON.stringify(value, (_key, inner: unknown) => {
    if (!(inner instanceof JsonText)) return inner;
    spliced.push(inner);
    return `\u0001json${spliced.length - 1}\u0001`;
  });
  // JSON.stringify writes U+0001 as an escape, so the marker cannot come from other text.
  return json?.replace(/"\\u0001json(\d+)\\u0001"/g, (_m, i: string) =>
    spliced[Number(i)]!.build(),
  );
}

// ---- what every answer must be ---------------------------------------------------------------

/** Signs that an answer leaks internals: stack frames, file paths, SQL and driver errors. */
const INTERNALS =
  /(\n|\\n)\s+at |\bat [^\s]+ \(|node_modules|\.ts:\d+|\/work\/|file:\/\/|Failed query|DrizzleQueryError|\bparams:|SQLSTATE|violates|relation "|column "|syntax error at/i;

const TRPC_STATUSES: Record<number, string> = {
  200: 'OK',
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
};

interface TrpcErrorBody {
  error: {
    message: string;
    data: {
      code: string;
      httpStatus: number;
      fieldErrors: { path: string[]; message: string }[] | null;
    };
  };
}

function describeAnswer(answer: HttpAnswer): string {
  return `${answer.status} ${answer.text.slice(0, 500)}`;
}

/** A documented tRPC answer: a result, or an error with its code, fields and no internals. */
function expectDocumentedTrpcAnswer(answer: HttpAnswer): void {
  const what = describeAnswer(answer);
  expect(answer.status, what).not.toBe(500);
  expect(Object.keys(TRPC_STATUSES).map(Number), what).toContain(answer.status);
  expect(answer.body, what).toBeTypeOf('object');
  if (answer.status === 200) {
    expect(answer.body, what).toHaveProperty('result');
    return;
  }
  expect(answer.text, what).not.toMatch(INTERNALS);
  const { error } = answer.body as TrpcErrorBody;
  expect(error.data.code, what).toBe(TRPC_STATUSES[answer.status]);
  expect(error.data.httpStatus, what).toBe(answer.status);
  expect(error.message, what).toBeTypeOf('string');
  expect(JSON.stringify(error), what).not.toContain('"stack"');
  if (answer.status === 400) {
    // Bad input always says which field, so a form or client can point at it.
    expect(error.data.fieldErrors?.length, what).toBeGreaterThan(0);
    for (const field of error.data.fieldErrors ?? []) {
      expect(Array.isArray(field.path), what).toBe(true);
      expect(field.message.length, what).toBeGreaterThan(0);
    }
  }
}

const VIEWERS: (Viewer | null)[] = [null, EDITOR, ADMIN];
/** The callers a procedure lets in: fuzzing as anyone else only meets the policy check. */
const allowedViewers = (path: string) =>
  VIEWERS.filter((viewer) => isAllowed(path, viewer?.role ?? null));

// ---- the properties ---------------------------------------------------------------------------

let fixtures: Fixtures | undefined;
const SAMPLE_INPUT = sampleInputs(db, 'fuzz');

beforeAll(async () => {
  console.info(`hostile-input: fast-check seed ${FUZZ_SEED}`);
  fixtures = await createFixtures(db, 'fuzz');
});

describe('fuzz coverage', () => {
  it('every procedure of the router has a sample input to fuzz from', () => {
    const missing = procedurePaths.filter((path) => !Object.hasOwn(SAMPLE_INPUT, path));
    expect(missing, `procedures without fuzz coverage: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('tRPC over HTTP: any input gets a documented answer, never a 500 or internals', () => {
  for (const path of procedurePaths) {
    const isWrite = procedureType(path) === 'mutation';
    const title = isWrite
      ? `${path}: a documented answer, and a refused write changes no table`
      : `${path}: a documented answer`;
    it(title, async () => {
      const makeInput = (SAMPLE_INPUT as Record<string, (f: Fixtures) => unknown>)[path];
      expect(makeInput, `no sample input for ${path}`).toBeDefined();
      await fc.assert(
        fc.asyncProperty(
          mutation,
          fc.constantFrom(...allowedViewers(path)),
          async (change, viewer) => {
            const input = applyMutation(await makeInput!(fixtures!), change);
            const json = encode(input);
            const before = isWrite ? await snapshotTables(db.db, { digest: true }) : null;
            const answer = await callOverHttp(db.db, viewer, path, input, { json });
            expectDocumentedTrpcAnswer(answer);
            if (before && answer.status !== 200) {
              expect(await snapshotTables(db.db, { digest: true })).toEqual(before);
            }
          },
        ),
        { seed: FUZZ_SEED, numRuns: RUNS_PER_PROCEDURE },
      );
    });
  }
});

describe('hostile Authorization headers (API keys): a documented 401, never a 500, nothing written', () => {
  const headerValue = fc.oneof(
    fc.stringMatching(/^[\x20-\x7e]{0,120}$/),
    fc.stringMatching(/^[A-Za-z0-9_-]{0,60}$/).map((tail) => `Bearer acc_${tail}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((tail) => `bearer acc_${tail}`),
  );
  for (const path of ['theme.list', 'editor.commitment.create', 'admin.user.list']) {
    it(`${path}: any Authorization value without a key we issued is a 401`, async () => {
      const makeInput = (SAMPLE_INPUT as Record<string, (f: Fixtures) => unknown>)[path]!;
      await fc.assert(
        fc.asyncProperty(headerValue, fc.constantFrom(...VIEWERS), async (value, viewer) => {
          const before =
            procedureType(path) === 'mutation'
              ? await snapshotTables(db.db, { digest: true })
              : null;
          // Whoever the cookie says is signed in: a bad key is never a fall back to them.
          const answer = await callOverHttp(db.db, viewer, path, await makeInput(fixtures!), {
            headers: { authorization: value },
          });
          expectDocumentedTrpcAnswer(answer);
          expect(answer.status, describeAnswer(answer)).toBe(401);
          if (before) expect(await snapshotTables(db.db, { digest: true })).toEqual(before);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS_PER_PROCEDURE },
      );
    });
  }
});

describe('inputs fuzzing found answered with a 500: now a 400 naming the field', () => {
  /** Sends one input, expects a 400 whose field errors name `field`, and no table changed. */
  async function expectRefusedField(
    viewer: Viewer,
    path: string,
    input: unknown,
    field: string[],
    message: RegExp,
  ) {
    const before = await snapshotTables(db.db, { digest: true });
    const answer = await callOverHttp(db.db, viewer, path, input);
    expectDocumentedTrpcAnswer(answer);
    expect(answer.status, describeAnswer(answer)).toBe(400);
    const { fieldErrors } = (answer.body as TrpcErrorBody).error.data;
    expect(fieldErrors, describeAnswer(answer)).toContainEqual({
      path: field,
      message: expect.stringMatching(message) as string,
    });
    expect(await snapshotTables(db.db, { digest: true })).toEqual(before);
  }

  it('a NUL character in a party name (text columns cannot hold it)', async () => {
    await expectRefusedField(
      EDITOR,
      'editor.party.create',
      { data: { ...sampleReference.party('nul-party'), name: 'Nul\u0000Party' } },
      ['data', 'name'],
      /NUL/,
    );
  });

  it('an unpaired surrogate in a quote (the revision snapshot, jsonb, refuses it)', async () => {
    const data = sampleCommitment('surrogate-quote');
    data.quotes[1] = { ...data.quotes[1]!, text: 'broken \ud800 text' };
    await expectRefusedField(
      EDITOR,
      'editor.commitment.create',
      { data },
      ['data', 'quotes', '1', 'text'],
      /surrogate/,
    );
  });

  it('a NUL character in the editors’ search', async () => {
    await expectRefusedField(
      EDITOR,
      'editor.commitment.list',
      { query: 'chip\u0000' },
      ['query'],
      /NUL/,
    );
  });

  it('a NUL character in a user id', async () => {
    await expectRefusedField(
      ADMIN,
      'admin.user.setRole',
      { id: 'user\u0000', role: 'admin' },
      ['id'],
      /NUL/,
    );
  });

  it('a theme position beyond a PostgreSQL integer (2^31)', async () => {
    await expectRefusedField(
      ADMIN,
      'editor.theme.create',
      { data: { ...sampleReference.theme('huge-position'), position: 2 ** 31 } },
      ['data', 'position'],
      /2147483647/,
    );
  });

  it('a meeting on 0000-01-01 (there is no year 0; PostgreSQL refuses it)', async () => {
    await expectRefusedField(
      EDITOR,
      'editor.meeting.create',
      { data: { ...sampleReference.meeting('year-zero'), startsOn: '0000-01-01' } },
      ['data', 'startsOn'],
      /year 0/,
    );
  });

  it('REST: a query parameter named after an Object.prototype property', async () => {
    for (const query of ['constructor=1', '__proto__=0', 'toString=x&limit=2']) {
      const res = await handleRestRequest(
        new Request(`http://accord.test/api/v1/themes?${query}`),
        () => Promise.resolve(db.db),
      );
      const text = await res.text();
      expect(res.status, `${query}: ${text}`).toBe(400);
      const { error } = JSON.parse(text) as RestErrorBody;
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.fieldErrors?.[0]?.message).toContain(query.split('=')[0]);
    }
  });
});

// ---- REST -----------------------------------------------------------------------------------

interface OpenApiRoute {
  path: string;
  method: string;
}

const restRoutes = procedurePaths.flatMap((path) => {
  const meta = (
    appRouter._def.procedures as unknown as Record<
      string,
      { _def: { meta?: { openapi?: OpenApiRoute } } }
    >
  )[path]!._def.meta?.openapi;
  return meta ? [{ procedure: path, route: meta }] : [];
});

/** Percent-encodes text, writing unpaired surrogates as their WTF-8 bytes. */
function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    // An unpaired surrogate: encodeURIComponent refuses it, a hand-made URL need not.
  }
  return text.replace(/[\s\S]/gu, (char) => {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    }
    return encodeURIComponent(char);
  });
}

/** Path segments and query values: text, and percent-encoding that does not decode. */
const restText: fc.Arbitrary<string> = fc.oneof(
  hostileString.map((s) =>
    percentEncode(s instanceof JsonText ? String(JSON.parse(s.build())) : String(s)),
  ),
  fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '%2F..%2F', '%C0%AF', '%ED%A0%80', '1e999', '-1'),
  hostileNumber.map((n) => percentEncode(n instanceof JsonText ? n.build() : String(n))),
);

const queryKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'limit',
    'cursor',
    'theme',
    'status',
    'party',
    'meeting',
    'overdue',
    'asOf',
    'slug',
    'state',
    '__proto__',
    'limit[]',
    'cursor[0]',
  ),
  hostileKey.map(percentEncode),
);

const restRequest = fc.record({
  pathParam: restText,
  query: fc.array(fc.tuple(queryKey, restText), { maxLength: 4 }),
});

interface RestErrorBody {
  error: {
    code: string;
    status: number;
    message: string;
    fieldErrors: { path: string[]; message: string }[] | null;
  };
}

const REST_STATUSES: Record<number, string> = {
  200: 'OK',
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
};

describe('REST: any query string or path gets a documented answer, never a 500 or internals', () => {
  it('covers every public procedure', () => {
    const publicPaths = procedurePaths.filter((path) => isAllowed(path, null));
    expect(restRoutes.map((r) => r.procedure).sort()).toEqual(publicPaths);
  });

  for (const { procedure, route } of restRoutes) {
    it(`GET ${route.path} (${procedure})`, async () => {
      await fc.assert(
        fc.asyncProperty(restRequest, async ({ pathParam, query }) => {
          const path = route.path.replace(/\{[^}]+\}/g, pathParam);
          const search = query.map(([k, v]) => `${k}=${v}`).join('&');
          const res = await handleRestRequest(
            new Request(`http://accord.test/api/v1${path}${search ? `?${search}` : ''}`),
            () => Promise.resolve(db.db),
          );
          const text = await res.text();
          const what = `${res.status} ${path}?${search} ${text.slice(0, 500)}`;
          expect(res.status, what).not.toBe(500);
          expect(Object.keys(REST_STATUSES).map(Number), what).toContain(res.status);
          if (res.status === 200) return;
          expect(text, what).not.toMatch(INTERNALS);
          const { error } = JSON.parse(text) as RestErrorBody;
          expect(error.code, what).toBe(REST_STATUSES[res.status]);
          expect(error.status, what).toBe(res.status);
          if (res.status === 400 && !/percent-encoded/.test(error.message)) {
            expect(error.fieldErrors?.length, what).toBeGreaterThan(0);
          }
        }),
        { seed: FUZZ_SEED, numRuns: REST_RUNS_PER_ENDPOINT },
      );
    });
  }
});

describe('superjson envelopes with meta: references, cycles, nesting and size, for every procedure', () => {
  /** The whole request input as sent: `json` (a valid sample) beside a hostile `meta`. */
  const deepTree = (depth: number) => `${'{"a":'.repeat(depth)}["Date"]${'}'.repeat(depth)}`;
  const sharedLevels = (levels: number) =>
    JSON.stringify(
      Object.fromEntries(Array.from({ length: levels }, (_, i) => [`l${i}`, [`l${i + 1}`]])),
    );
  const hostileMeta: fc.Arbitrary<JsonText> = fc.constantFrom(
    // The probe that froze the server: json.a.b = json.a, a cycle.
    raw('{"referentialEqualities":{"a":["a.b"]},"v":1}'),
    raw('{"referentialEqualities":[["a"]],"v":1}'),
    raw('{"referentialEqualities":[["",".a"],{"a":["a.b","a.c"]}],"v":1}'),
    // Acyclic but shared: each level points at the next twice, 2^40 paths when walked.
    new JsonText('40 shared levels', () => `{"referentialEqualities":${sharedLevels(40)},"v":1}`),
    raw('{"values":{"a":["map"]},"v":1}'),
    raw('{"values":{"a":["set"]},"v":1}'),
    raw('{"values":{"a":["bigint"]},"v":1}'),
    raw('{"values":{"a":["regexp"]},"v":1}'),
    raw('{"values":{"a":[["class","X"]]},"v":1}'),
    raw('{"values":{"a":[["custom","X"]]},"v":1}'),
    raw('{"values":{"__proto__":["Date"]},"v":1}'),
    raw('{"values":"Date"}'),
    raw('{"v":99}'),
    raw('"meta"'),
    new JsonText('meta.values nested 10000 deep', () => `{"values":${deepTree(10_000)}}`),
    new JsonText('meta.values with 100000 paths', () =>
      JSON.stringify({
        values: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`p${i}`, ['Date']])),
      }),
    ),
    sized('meta of 1 MB text', () => ({ values: { a: ['Date'] }, note: 'a'.repeat(MEGABYTE) })),
  );
  const hostileJson: fc.Arbitrary<JsonText | null> = fc.constantFrom(
    null, // the procedure's own valid sample input
    nested(100_000, '[', '1', ']'),
    nested(100_000, '{"a":', '1', '}'),
    sized('200000 zeros', () => new Array<number>(200_000).fill(0)),
    sized('1 MB string', () => 'x'.repeat(MEGABYTE)),
  );

  for (const path of procedurePaths) {
    it(`${path}: refused with a 400 in well under a second of CPU, and nothing written`, async () => {
      const makeInput = (SAMPLE_INPUT as Record<string, (f: Fixtures) => unknown>)[path]!;
      const isWrite = procedureType(path) === 'mutation';
      await fc.assert(
        fc.asyncProperty(
          hostileMeta,
          hostileJson,
          fc.constantFrom(...allowedViewers(path)),
          async (meta, json, viewer) => {
            const jsonText = json ? json.build() : (encode(await makeInput(fixtures!)) ?? 'null');
            const envelope = `{"json":${jsonText},"meta":${meta.build()}}`;
            const before = isWrite ? await snapshotTables(db.db, { digest: true }) : null;
            // The issue's bound for a hostile request is on the work it costs the process, so
            // it is measured in CPU time: wall-clock time on a loaded two-core machine (CI
            // beside a build) stretched a 40 ms refusal past 2.6 s. A walk that does not stop
            // (a cycle followed, a depth not bounded) still burns far more than a second of CPU.
            const cpu = process.cpuUsage();
            const answer = await callOverHttp(db.db, viewer, path, undefined, { envelope });
            const { user, system } = process.cpuUsage(cpu);
            const cpuMs = (user + system) / 1000;
            expectDocumentedTrpcAnswer(answer);
            expect(answer.status, describeAnswer(answer)).toBe(400);
            // Refusals here never reach the database.
            expect(cpuMs, `${path} cost ${Math.round(cpuMs)} ms of CPU`).toBeLessThan(1000);
            if (before) expect(await snapshotTables(db.db, { digest: true })).toEqual(before);
          },
        ),
        { seed: FUZZ_SEED, numRuns: 6 },
      );
    });
  }
});
