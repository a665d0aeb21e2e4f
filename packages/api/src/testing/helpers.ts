/**
 * Shared pieces for the api tests (imported only by *.test.ts files): one seeded test
 * database per test file, callers for each kind of viewer, and a TRPCError matcher.
 */
import { type Database, type DbHandle, users } from '@accord/db';
import {
  type CommitmentDraft,
  type StatusUpdateDraft,
  type Meeting,
  type Party,
  type Source,
  type Theme,
} from '@accord/domain';
import { createTestDb } from '@accord/db/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { encodeWireInput } from '@accord/domain/wire';
import superjson, { type SuperJSONResult } from 'superjson';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  appRouter,
  createCaller,
  createContext,
  type Context,
  handleTrpcRequest,
  type PublicChange,
  type Viewer,
} from '../index';

export type Caller = ReturnType<typeof createCaller>;

export const EDITOR: Viewer = {
  id: 'editor-1',
  name: 'Eda Editor',
  email: 'eda@example.org',
  role: 'editor',
};
export const EDITOR_2: Viewer = {
  id: 'editor-2',
  name: 'Ed Second',
  email: 'ed@example.org',
  role: 'editor',
};
export const ADMIN: Viewer = {
  id: 'admin-1',
  name: 'Ada Admin',
  email: 'ada@example.org',
  role: 'admin',
};

/** Seed facts the tests rely on (packages/db/src/seed/hiroshima-2023.ts). */
export const SEED = {
  meeting: 'kishida-biden-hiroshima-2023',
  summit: 'g7-hiroshima-summit-2023',
  source: 'kishida-biden-tech-cooperation-2023-05-19',
  publishedCommitments: 16,
  /** Made at the Hiroshima meeting; the rest are dated parts of them made later. */
  meetingCommitments: 14,
  subCommitments: [
    'us-japan-minerals-investment-ministerial',
    'us-japan-minerals-project-financing',
  ] as readonly string[],
  themeCounts: { security: 8, chips: 4, minerals: 3, ukraine: 1 } as Record<string, number>,
  themeOrder: ['security', 'chips', 'minerals', 'ukraine'],
  partySlugs: ['jp', 'us', 'kr', 'cn', 'ru', 'kp', 'ua', 'tw', 'mit', 'micron', 'g7'],
} as const;

/** A current Japanese translation, as readers get it. */
const ja = (text: string) => ({ text, stale: false });

/**
 * The seeded parties as a reference to them reads (docs/i18n.md: a named record comes with its
 * names in other languages), and as a quote's attribution names its speaker's party.
 */
export const SEEDED_PARTY = {
  jp: {
    slug: 'jp',
    name: 'Japan',
    shortName: 'Japan',
    translations: { ja: { name: ja('日本'), shortName: ja('日本') } },
  },
  us: {
    slug: 'us',
    name: 'United States',
    shortName: 'US',
    translations: { ja: { name: ja('アメリカ合衆国'), shortName: ja('米国') } },
  },
} as const;
export const SEEDED_SPEAKER = {
  jp: { party: 'jp', partyName: 'Japan', translations: { ja: { partyName: ja('日本') } } },
  us: {
    party: 'us',
    partyName: 'United States',
    translations: { ja: { partyName: ja('アメリカ合衆国') } },
  },
} as const;

const DB_SETUP_TIMEOUT_MS = 600_000;

/**
 * Opens a fresh seeded database before the file's tests and closes it after them.
 * Returns accessors that are valid inside tests and hooks.
 */
export function useTestDb() {
  let handle: DbHandle | undefined;
  // Migrating and seeding a fresh database takes seconds alone but minutes on a loaded
  // machine with every test file doing it at once; a slow start is not a failure.
  beforeAll(async () => {
    handle = await createTestDb();
  }, DB_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await handle?.close();
  }, DB_SETUP_TIMEOUT_MS);
  const current = (): DbHandle => {
    if (!handle) throw new Error('The test database is not open yet');
    return handle;
  };
  return {
    get db() {
      return current().db;
    },
    caller(
      viewer: Viewer | null = null,
      options: { onPublicChange?: Context['onPublicChange'] } = {},
    ): Caller {
      return createCaller(createContext({ db: current().db, viewer, ...options }));
    },
  };
}

/** Awaits `promise`, expects it to reject with a TRPCError of `code`, and returns the error. */
export async function expectTRPCError(
  promise: Promise<unknown>,
  code: TRPCError['code'],
  message?: string | RegExp,
): Promise<TRPCError> {
  let caught: unknown = undefined;
  let settled = false;
  try {
    await promise;
    settled = true;
  } catch (error) {
    caught = error;
  }
  expect(settled, `expected a ${code} error, but the call succeeded`).toBe(false);
  expect(caught).toBeInstanceOf(TRPCError);
  const error = caught as TRPCError;
  expect(error.code, error.message).toBe(code);
  if (message !== undefined) expect(error.message).toMatch(message);
  return error;
}

/** Rows in `users` for the test viewers, so user-management rules see them as accounts. */
export async function insertViewers(db: Database, viewers: Viewer[] = [EDITOR, EDITOR_2, ADMIN]) {
  await db
    .insert(users)
    .values(
      viewers.map((v) => ({
        id: v.id,
        name: v.name,
        email: v.email,
        role: v.role,
        emailVerified: true,
      })),
    )
    .onConflictDoNothing();
}

/** A complete, valid commitment as an editor writes it, on seeded references. */
export function sampleCommitment(
  slug: string,
  overrides: Partial<CommitmentDraft> = {},
): CommitmentDraft {
  return {
    slug,
    meeting: SEED.meeting,
    theme: 'chips',
    tags: ['test'],
    title: `Test commitment ${slug}`,
    summary: 'Our own summary of a commitment made for a test.',
    strength: 'committed',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'partner' },
    ],
    target: { date: '2030-01-01', precision: 'year', qualifier: 'by', note: null },
    quotes: [
      {
        text: 'first test words',
        form: 'verbatim',
        attribution: { kind: 'joint_statement', who: 'the two leaders', party: null },
        source: SEED.source,
      },
      {
        text: 'second test words',
        form: 'reported',
        attribution: { kind: 'anonymous_official', who: 'a Japanese official', party: 'jp' },
        source: SEED.source,
      },
    ],
    parent: null,
    reviewedOn: null,
    lineage: [],
    disputes: [],
    translations: {},
    ...overrides,
  };
}

/** Our own sentence, as if from a readout, for the assistant's accept tests. */
export const ACCEPT_SENTENCE =
  'Japan and the United States agreed to open a shared chip testing centre by 2027, the two governments said.';

/** A valid `assistant.accept` input: a proposal accepted as a new commitment draft. */
export function acceptedProposal(slug: string) {
  const { quotes: _quotes, ...draft } = sampleCommitment(slug, {
    title: 'A shared chip testing centre',
    summary: 'Japan and the United States plan a joint centre to test chips.',
  });
  return {
    as: 'commitment' as const,
    evidence: {
      sentence: ACCEPT_SENTENCE,
      quote: 'agreed to open a shared chip testing centre by 2027',
      attribution: { kind: 'joint_statement' as const, who: 'the two governments', party: null },
      source: SEED.source,
    },
    draft,
  };
}

/** A valid `assistant.accept` input: a status update on an existing commitment. */
export function acceptedStatus(commitmentId: number, note = 'Work began on the site.') {
  return {
    as: 'status' as const,
    commitmentId,
    source: SEED.source,
    update: { effectiveOn: '2024-03-01', status: 'in_progress' as const, note, party: null },
  };
}

/**
 * A status update waiting for review, on a new draft of its own: the input `assistant.approve`
 * takes for it (the addition's id and its commitment's current version).
 */
export async function pendingStatus(
  caller: Caller,
  slug: string,
): Promise<{ id: number; expectedVersion: number }> {
  const draft = await caller.assistant.accept(acceptedProposal(slug));
  const accepted = await caller.assistant.accept(acceptedStatus(draft.id));
  return { id: accepted.pendingId!, expectedVersion: accepted.version };
}

/**
 * Creates a draft, records its updates one by one as editors do (each defaults to an overall
 * "in progress" of 2023-05-18 without sources), and publishes it. Returns its id.
 */
export async function publishCommitment(
  admin: Caller,
  draft: CommitmentDraft,
  updates: Partial<StatusUpdateDraft>[] = [],
): Promise<number> {
  const created = await admin.editor.commitment.create({ data: draft });
  let version = created.version;
  for (const u of updates) {
    const saved = await admin.editor.commitment.recordStatus({
      id: created.id,
      expectedVersion: version,
      update: {
        effectiveOn: '2023-05-18',
        status: 'in_progress',
        note: 'An update made for a test.',
        sources: [],
        party: null,
        ...u,
      },
    });
    version = saved.version;
  }
  version = (await admin.editor.commitment.submit({ id: created.id, expectedVersion: version }))
    .version;
  await admin.editor.commitment.setState({
    id: created.id,
    expectedVersion: version,
    to: 'published',
  });
  return created.id;
}

/** Counts calls and keeps the changes, for `createContext({ onPublicChange })`. */
export function counter() {
  const fn = (changes: readonly PublicChange[]) => {
    fn.calls++;
    fn.changes.push(...changes);
  };
  fn.calls = 0;
  fn.changes = [] as PublicChange[];
  return fn;
}

/** Valid reference records as an editor writes them. */
export const sampleReference = {
  meeting: (slug: string): Meeting => ({
    slug,
    title: `Test meeting ${slug}`,
    kind: 'bilateral',
    startsOn: '2023-05-18',
    endsOn: '2023-05-18',
    place: 'Hiroshima',
    parentSlug: SEED.summit,
    summary: 'A meeting made for a test.',
    context: 'Some *background*.',
    participants: [{ party: 'jp', name: 'A Person', office: 'Prime Minister', translations: {} }],
    accounts: [],
    translations: {},
  }),
  party: (slug: string): Party => ({
    slug,
    name: `Test party ${slug}`,
    shortName: 'Test',
    kind: 'organisation',
    countryCode: null,
    description: null,
    translations: {},
  }),
  source: (slug: string): Source => ({
    slug,
    title: `Test source ${slug}`,
    publisher: 'Test Wire',
    url: 'https://example.org/story',
    publishedOn: '2023-05-19',
    kind: 'news_report',
    language: 'en',
    description: null,
    reliability: 'standard',
  }),
  theme: (slug: string): Theme => ({
    slug,
    title: `Test theme ${slug}`,
    summary: 'A theme made for a test.',
    brief: 'The *brief*.',
    position: 99,
    translations: {},
  }),
};

/** Whether the procedure at a dotted path is a query (sent as GET) or a mutation (POST). */
export function procedureType(path: string): 'query' | 'mutation' {
  const procedure = (
    appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>
  )[path];
  if (!procedure) throw new Error(`no procedure ${path}`);
  return procedure._def.type === 'query' ? 'query' : 'mutation';
}

export interface HttpAnswer {
  status: number;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  body: unknown;
  headers: Headers;
}

/** tRPC's answer with superjson taken off: {result:{data}} or {error:{message,code,data}}. */
function decodeEnvelope(parsed: unknown): unknown {
  if (typeof parsed !== 'object' || parsed === null) return parsed;
  const envelope = parsed as { result?: { data?: SuperJSONResult }; error?: SuperJSONResult };
  if (envelope.result?.data && 'json' in envelope.result.data) {
    return { ...envelope, result: { data: superjson.deserialize(envelope.result.data) } };
  }
  if (envelope.error && 'json' in envelope.error) {
    return { ...envelope, error: superjson.deserialize(envelope.error) };
  }
  return parsed;
}

/**
 * Calls a procedure through the HTTP handler the web app mounts at /api/trpc, as `viewer`:
 * what a client sees, status and body. `json` replaces the encoded input, for input
 * JSON.stringify cannot write (1e999, a duplicate key) or text that is not JSON at all.
 */
export async function callOverHttp(
  database: Database,
  viewer: Viewer | null,
  path: string,
  input: unknown,
  options: {
    json?: string;
    envelope?: string;
    headers?: Record<string, string>;
    onPublicChange?: Context['onPublicChange'];
  } = {},
): Promise<HttpAnswer> {
  // The wire format is superjson: {"json": <input>}. A raw `json` text is wrapped as it is,
  // so a malformed one stays malformed; a raw `envelope` is sent whole (meta included).
  const json =
    options.envelope !== undefined
      ? options.envelope
      : options.json !== undefined
        ? `{"json":${options.json}}`
        : input === undefined
          ? undefined
          : JSON.stringify(encodeWireInput(input));
  const url = `http://localhost/api/trpc/${path}`;
  const request =
    procedureType(path) === 'query'
      ? new Request(json === undefined ? url : `${url}?input=${encodeURIComponent(json)}`, {
          headers: options.headers,
        })
      : new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...options.headers },
          body: json,
        });
  const response = await handleTrpcRequest(request, {
    getDb: () => Promise.resolve(database),
    getViewer: () => Promise.resolve(viewer),
    onPublicChange: options.onPublicChange,
  });
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = decodeEnvelope(JSON.parse(text));
  } catch {
    // Left undefined: the caller's assertions say whether a non-JSON body is acceptable.
  }
  return { status: response.status, text, body, headers: response.headers };
}

let tableNames: string[] | undefined;

/**
 * Every row of every table in the database, each table in a stable order: compare two
 * snapshots to prove a refused write changed nothing. Tables are found at run time, so a
 * new table is covered without changing this. `digest` gives one hash per table instead,
 * for comparisons made thousands of times.
 */
export async function snapshotTables(
  database: Database,
  options: { digest?: boolean } = {},
): Promise<Record<string, unknown>> {
  const rowsOf = (result: unknown) =>
    (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
      string,
      unknown
    >[];
  tableNames ??= rowsOf(
    await database.execute(
      sql`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
          order by table_name`,
    ),
  ).map((row) => String(row.name));
  const parts = tableNames.map((name) => {
    const table = `"${name.replace(/"/g, '""')}"`;
    const rows = options.digest
      ? `md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))`
      : `coalesce(json_agg(t order by t::text), '[]'::json)::text`;
    return `select '${name.replace(/'/g, "''")}' as name, ${rows} as rows from ${table} t`;
  });
  const result = rowsOf(await database.execute(sql.raw(parts.join(' union all '))));
  return Object.fromEntries(
    result.map((row) => [
      String(row.name),
      options.digest ? row.rows : (JSON.parse(String(row.rows)) as unknown),
    ]),
  );
}

/**
 * Counts the statements `database` sends while `fn` runs, by wrapping its driver client
 * (PGlite's `query`/`exec`, postgres.js's `unsafe`) for that time: a list page whose query
 * count grows with its rows is an N+1. Statements inside a transaction are not counted.
 */
export async function countQueries<T>(
  database: Database,
  fn: () => Promise<T>,
): Promise<{ result: T; queries: number }> {
  const client = (database as unknown as { $client: Record<string, unknown> }).$client;
  const methods = ['query', 'exec', 'unsafe'].filter((m) => typeof client[m] === 'function');
  if (methods.length === 0) throw new Error('countQueries: no driver method to wrap');
  let queries = 0;
  const originals = methods.map((m) => [m, client[m]] as const);
  for (const [m, original] of originals) {
    client[m] = function (this: unknown, ...args: unknown[]) {
      queries++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  try {
    const result = await fn();
    return { result, queries };
  } finally {
    for (const [m, original] of originals) client[m] = original;
  }
}
