/**
 * What a write is refused for, over HTTP: fields the caller may not set, changes only an admin
 * may make, versions ahead of the stored one; and what an unknown, foreign or deleted id or
 * slug gets: a 404, never another record. Every refused write leaves every table as it was.
 * The procedures come from the router, so a new one is covered without changing this file.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { accounts } from '@accord/db';
import { RECORD_TYPES, type RecordType } from '@accord/domain';
import { eq, sql } from 'drizzle-orm';
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
const SAMPLE = sampleInputs(db, 'refusal') as Record<string, (f: Fixtures) => unknown>;
let fixtures: Fixtures | undefined;

beforeAll(async () => {
  fixtures = await createFixtures(db, 'refusal');
});

const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const writePaths = procedurePaths.filter((path) => procedureType(path) === 'mutation');
const admin = () => db.caller(ADMIN);

/** The least-privileged caller a procedure lets in. */
function callerFor(path: string): Viewer | null {
  if (isAllowed(path, null)) return null;
  return isAllowed(path, 'editor') ? EDITOR : ADMIN;
}

async function validInput(path: string): Promise<Record<string, unknown>> {
  return (await SAMPLE[path]!(fixtures!)) as Record<string, unknown>;
}

interface ErrorBody {
  error: {
    message: string;
    data: { code: string; fieldErrors: { path: string[]; message: string }[] | null };
  };
}

const errorOf = (answer: HttpAnswer) => (answer.body as ErrorBody).error;
const show = (answer: HttpAnswer) => `${answer.status} ${answer.text.slice(0, 400)}`;

/** Calls a write, expects the refusal, and checks that no table changed. */
async function expectRefusedWrite(
  viewer: Viewer | null,
  path: string,
  input: unknown,
  status: number,
): Promise<HttpAnswer> {
  const before = await snapshotTables(db.db, { digest: true });
  const answer = await callOverHttp(db.db, viewer, path, input);
  expect(answer.status, show(answer)).toBe(status);
  expect(await snapshotTables(db.db, { digest: true }), `${path} changed a table`).toEqual(before);
  return answer;
}

/**
 * A bulk write (editor.commitment.bulk, bulkMove) answers 200 with one outcome per record: a
 * record it refuses is reported with the single action's code, and nothing is written for it.
 */
async function expectRefusedInBulk(
  viewer: Viewer | null,
  path: string,
  input: Record<string, unknown>,
  code: string,
): Promise<HttpAnswer> {
  const before = await snapshotTables(db.db, { digest: true });
  const answer = await callOverHttp(db.db, viewer, path, input);
  expect(answer.status, show(answer)).toBe(200);
  const { outcomes } = (answer.body as { result: { data: { outcomes: { code?: string }[] } } })
    .result.data;
  expect(outcomes, show(answer)).toHaveLength(1);
  expect(outcomes[0]!.code, show(answer)).toBe(code);
  expect(await snapshotTables(db.db, { digest: true }), `${path} changed a table`).toEqual(before);
  return answer;
}

/** The one record a bulk sample names, with `change` applied. */
function withBulkItem(input: Record<string, unknown>, change: Record<string, unknown>) {
  const [item] = input.items as Record<string, unknown>[];
  return { ...input, items: [{ ...item, ...change }] };
}

// ---- fields the caller may not set ------------------------------------------------------------

/** Keys that are the server's to set: workflow state, authorship, versions, ids, timestamps. */
const NOT_SETTABLE = [
  'state',
  'editorialState',
  'status',
  'history',
  'author',
  'authorId',
  'role',
  'version',
  'id',
  'createdAt',
  'updatedAt',
  'publishedAt',
];

/** The path of every plain object in a JSON value, the root first. */
function objectPaths(value: unknown, at: string[] = []): string[][] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => objectPaths(item, [...at, String(i)]));
  if (value === null || typeof value !== 'object') return [];
  return [at, ...Object.entries(value).flatMap(([key, inner]) => objectPaths(inner, [...at, key]))];
}

function objectAt(root: unknown, path: string[]): Record<string, unknown> {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string, unknown>)[key],
    root,
  ) as Record<string, unknown>;
}

describe('fields the caller may not set are refused with a 400 naming them, not ignored', () => {
  it('there are writes to check', () => {
    expect(writePaths).toContain('editor.commitment.update');
  });

  for (const path of writePaths) {
    it(`${path}: each object in the input refuses the keys it does not declare`, async () => {
      const valid = await validInput(path);
      const objects = objectPaths(valid);
      expect(objects.length).toBeGreaterThan(0);
      for (const at of objects) {
        const input = structuredClone(valid);
        const target = objectAt(input, at);
        const added = NOT_SETTABLE.filter((key) => !Object.hasOwn(target, key));
        for (const key of added) target[key] = key === 'version' ? 99 : 'admin';
        const answer = await expectRefusedWrite(callerFor(path), path, input, 400);
        const named = (errorOf(answer).data.fieldErrors ?? [])
          .filter((e) => e.path.join('.') === at.join('.'))
          .map((e) => e.message)
          .join(' ');
        for (const key of added) expect(named, `${key} at ${at.join('.')}`).toContain(`"${key}"`);
      }
    });
  }
});

// ---- admin-only changes ---------------------------------------------------------------------

async function publishedCommitment(): Promise<{ id: number; version: number }> {
  const { id } = await admin().editor.commitment.create({
    data: sampleCommitment(`refusal-published-${randomInt(1e9)}`),
  });
  await admin().editor.commitment.submit({ id, expectedVersion: 1 });
  const { version } = await admin().editor.commitment.setState({
    id,
    expectedVersion: 2,
    to: 'published',
  });
  return { id, version };
}

describe('changes only an admin may make are a 403 for editors, and change nothing', () => {
  const adminOnly = writePaths.filter((path) => !isAllowed(path, 'editor'));

  it('there are admin-only writes, publishing and roles among them', () => {
    expect(adminOnly).toEqual(
      expect.arrayContaining(['editor.commitment.setState', 'admin.user.setRole']),
    );
  });

  for (const path of adminOnly) {
    it(`${path}: an editor with a valid input gets 403`, async () => {
      const answer = await expectRefusedWrite(EDITOR, path, await validInput(path), 403);
      expect(errorOf(answer).data.code).toBe('FORBIDDEN');
    });
  }

  it('an editor cannot publish by any route: setState, or update with a state', async () => {
    const { id, version } = await admin().editor.commitment.create({
      data: sampleCommitment(`refusal-publish-${randomInt(1e9)}`),
    });
    await expectRefusedWrite(
      EDITOR,
      'editor.commitment.setState',
      { id, expectedVersion: version, to: 'published' },
      403,
    );
    await expectRefusedWrite(
      EDITOR,
      'editor.commitment.update',
      {
        id,
        expectedVersion: version,
        data: { ...sampleCommitment('x'), editorialState: 'published' },
      },
      400,
    );
  });

  it('an editor changing, or restoring an old version of, a published commitment gets 403', async () => {
    const { id, version } = await publishedCommitment();
    const { data } = await admin().editor.commitment.get({ id });
    await expectRefusedWrite(
      EDITOR,
      'editor.commitment.update',
      { id, expectedVersion: version, data: { ...data, title: 'Changed by an editor' } },
      403,
    );
    await expectRefusedWrite(
      EDITOR,
      'editor.revision.restore',
      { type: 'commitment', id, version: 1, expectedVersion: version },
      403,
    );
  });

  it('an editor restoring an old version of a theme gets 403', async () => {
    const { id } = await admin().editor.theme.create({
      data: sampleReference.theme(`refusal-theme-${randomInt(1e9)}`),
    });
    await admin().editor.theme.update({
      id,
      expectedVersion: 1,
      data: { ...sampleReference.theme(`refusal-theme-${randomInt(1e9)}`), title: 'Second' },
    });
    await expectRefusedWrite(
      EDITOR,
      'editor.revision.restore',
      { type: 'theme', id, version: 1, expectedVersion: 2 },
      403,
    );
  });
});

// ---- versions ahead of the stored one ----------------------------------------------------------

describe('an expectedVersion ahead of the stored one is a 409, and changes nothing', () => {
  const versioned = writePaths.filter((path) => path !== 'admin.user.create');

  for (const path of versioned) {
    it(`${path}: a version jump is a conflict, not accepted`, async () => {
      const valid = await validInput(path);
      if (Array.isArray(valid.items)) {
        const stored = (valid.items as { expectedVersion: number }[])[0]!.expectedVersion;
        for (const expectedVersion of [stored + 1, 2_147_483_647]) {
          await expectRefusedInBulk(
            callerFor(path),
            path,
            withBulkItem(valid, { expectedVersion }),
            'CONFLICT',
          );
        }
        return;
      }
      if (!('expectedVersion' in valid)) {
        // Writes without a version (user accounts, API keys) have nothing to jump, nor has the
        // assistant: propose and matches are mutations only so that long texts travel in the
        // body, and accept creates a draft or appends (an account, a status update).
        expect(path).toMatch(/^admin\.(user|apiKey)\.|\.create$|^assistant\./);
        return;
      }
      const stored = valid.expectedVersion as number;
      for (const expectedVersion of [stored + 1, stored + 1000, 2_147_483_647]) {
        const answer = await expectRefusedWrite(
          callerFor(path),
          path,
          { ...valid, expectedVersion },
          409,
        );
        expect(errorOf(answer).data.code).toBe('CONFLICT');
      }
    });
  }
});

// ---- unknown, foreign and deleted ids and slugs ------------------------------------------------

const TABLES: Record<RecordType, string> = {
  commitment: 'commitments',
  meeting: 'meetings',
  party: 'parties',
  source: 'sources',
  theme: 'themes',
};

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
    string,
    unknown
  >[];
}

interface OtherRecord {
  id: number;
  slug: string;
  type: RecordType;
}

/**
 * A record of another type whose id no `type` record has, nor ever had (no revisions): the
 * id a confused client might send. Creates meetings or parties until one exists.
 */
async function foreignRecord(type: RecordType): Promise<OtherRecord> {
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const other of RECORD_TYPES.filter((t) => t !== type)) {
      const [row] = rowsOf(
        await db.db.execute(
          sql.raw(`select o.id, o.slug from ${TABLES[other]} o
            where o.id not in (select id from ${TABLES[type]})
            and not exists (select 1 from revisions r
              where r.record_type = '${type}' and r.record_id = o.id)
            order by o.id desc limit 1`),
        ),
      );
      if (row) return { id: Number(row.id), slug: String(row.slug), type: other };
    }
    const filler = type === 'meeting' ? 'party' : 'meeting';
    // Start the filler's ids past every id of `type` (the seed has 129 sources, far more
    // than meetings), so the next filler is foreign at once.
    await db.db.execute(
      sql.raw(`select setval(pg_get_serial_sequence('${TABLES[filler]}', 'id'),
        greatest((select max(id) from ${TABLES[type]}), (select max(id) from ${TABLES[filler]})))`),
    );
    await admin().editor[filler].create({
      data: sampleReference[filler](`refusal-filler-${randomInt(1e9)}`) as never,
    });
  }
  throw new Error(`no foreign id for ${type}`);
}

type ReferenceType = Exclude<RecordType, 'commitment'>;

/** A record made and then deleted, so its id and slug once existed. */
async function deletedRecord(type: ReferenceType): Promise<OtherRecord> {
  const slug = `refusal-deleted-${type}-${randomInt(1e9)}`;
  const { id } = await admin().editor[type].create({ data: sampleReference[type](slug) as never });
  await admin().editor[type].delete({ id, expectedVersion: 1 });
  return { id, slug, type };
}

/** The record type a procedure's `id` names. */
function recordTypeOf(path: string, input: Record<string, unknown>): RecordType {
  if (typeof input.type === 'string') return input.type as RecordType;
  // editor.<type>.<verb>, or editor.preview.<type>.
  const type = path.split('.')[path.startsWith('editor.preview.') ? 2 : 1];
  expect(RECORD_TYPES, path).toContain(type);
  return type as RecordType;
}

/** Procedures listing a record's history answer an unknown id with no history (revision.test). */
const LISTS_BY_ID = new Set(['editor.revision.list']);

function expectNotFoundAndNoOtherRecord(answer: HttpAnswer, other: OtherRecord | null) {
  expect(answer.status, show(answer)).toBe(404);
  expect(errorOf(answer).data.code).toBe('NOT_FOUND');
  if (other) expect(answer.text).not.toContain(other.slug);
}

/** Procedures whose `id` is an addition waiting for review (router/editor/assistant.ts). */
const PENDING_BY_ID = ['assistant.approve', 'assistant.reject', 'assistant.withdraw'];

describe('unknown, foreign and deleted ids are a 404, never another record', () => {
  // By name, as tests are made before the fixtures exist; the first test checks the list.
  const byNumericId = procedurePaths.filter(
    (path) =>
      path.startsWith('editor.') &&
      !/^editor\.(dashboard|options|tags|\w+\.create|(commitment|meeting|party|source|theme)\.list)$/.test(
        path,
      ),
  );

  it('covers every procedure whose input has a numeric id', async () => {
    const withId: string[] = [];
    for (const path of procedurePaths) {
      const input = await validInput(path);
      const item = Array.isArray(input?.items) ? (input.items as { id?: unknown }[])[0] : input;
      if (item && typeof item === 'object' && typeof item.id === 'number') withId.push(path);
    }
    expect(withId.sort()).toEqual([...byNumericId, ...PENDING_BY_ID].sort());
  });

  // Reviewing an addition names the addition, not a record: unknown or already reviewed is 404.
  for (const path of PENDING_BY_ID) {
    it(`${path}: an unknown id, or one already approved or rejected, is a 404`, async () => {
      const valid = await validInput(path);
      const unknown = { ...valid, id: randomInt(1_000_000, 2_147_483_647) };
      expectNotFoundAndNoOtherRecord(await expectRefusedWrite(ADMIN, path, unknown, 404), null);
      await admin().assistant.reject({ id: valid.id as number });
      expectNotFoundAndNoOtherRecord(await expectRefusedWrite(ADMIN, path, valid, 404), null);
    });
  }

  for (const path of byNumericId) {
    it(`${path}: an unknown id, another type's id, a deleted record's id`, async () => {
      const valid = await validInput(path);
      const type = recordTypeOf(path, valid);
      const cases: { label: string; id: number; other: OtherRecord | null }[] = [
        { label: 'unknown', id: randomInt(1_000_000, 2_147_483_647), other: null },
      ];
      const foreign = await foreignRecord(type);
      cases.push({ label: `a ${foreign.type}'s id`, id: foreign.id, other: foreign });
      if (type !== 'commitment') {
        const deleted = await deletedRecord(type);
        cases.push({ label: `a deleted ${type}'s id`, id: deleted.id, other: null });
      }
      for (const { label, id, other } of cases) {
        const viewer = callerFor(path);
        if (Array.isArray(valid.items)) {
          const answer = await expectRefusedInBulk(
            viewer,
            path,
            withBulkItem(valid, { id }),
            'NOT_FOUND',
          );
          if (other) expect(answer.text, label).not.toContain(other.slug);
          continue;
        }
        const input = { ...valid, id };
        const answer =
          procedureType(path) === 'mutation'
            ? await expectRefusedWrite(viewer, path, input, 404)
            : await callOverHttp(db.db, viewer, path, input);
        if (LISTS_BY_ID.has(path) && label !== `a deleted ${type}'s id`) {
          expect(answer.body, `${label}: ${show(answer)}`).toEqual({ result: { data: [] } });
          continue;
        }
        if (LISTS_BY_ID.has(path)) continue; // A deleted record keeps its history, by design.
        expectNotFoundAndNoOtherRecord(answer, other);
      }
    });
  }

  it('admin.user.*: a random UUID, a commitment id, an account id are each a 404', async () => {
    const [account] = await db.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.userId, fixtures!.user));
    expect(account).toBeDefined();
    const userPaths = writePaths.filter(
      (p) => p.startsWith('admin.user.') && p !== 'admin.user.create',
    );
    expect(userPaths.length).toBeGreaterThan(0);
    for (const path of userPaths) {
      for (const id of [randomUUID(), String(fixtures!.draft), account!.id]) {
        const answer = await expectRefusedWrite(
          ADMIN,
          path,
          { ...(await validInput(path)), id },
          404,
        );
        expectNotFoundAndNoOtherRecord(answer, null);
      }
    }
  });
});

describe('unknown, foreign, unpublished and deleted slugs are a 404 over tRPC and REST', () => {
  const bySlug = procedurePaths.filter((path) => path.endsWith('.bySlug'));
  const REST_PATH: Record<string, string> = {
    'commitment.bySlug': '/commitments/',
    'meeting.bySlug': '/meetings/',
    'party.bySlug': '/parties/',
    'source.bySlug': '/sources/',
    'theme.bySlug': '/themes/',
  };
  const SLUG_OF_ANOTHER: Record<string, string> = {
    'commitment.bySlug': SEED.meeting,
    'meeting.bySlug': 'chips',
    'party.bySlug': SEED.source,
    'source.bySlug': 'mit',
    'theme.bySlug': 'tokyo-startup-hub-with-mit',
  };

  it('covers every by-slug procedure', () => {
    expect(bySlug.sort()).toEqual(Object.keys(REST_PATH).sort());
  });

  for (const path of bySlug) {
    it(`${path}: no record of that kind with the slug is a 404`, async () => {
      const type = path.split('.')[0] as RecordType;
      const slugs = [`no-such-${type}-${randomInt(1e9)}`, SLUG_OF_ANOTHER[path]!];
      if (type === 'commitment') {
        slugs.push('refusal-draft'); // The fixtures' draft: not published, so not for readers.
      } else {
        slugs.push((await deletedRecord(type)).slug);
      }
      for (const slug of slugs) {
        const answer = await callOverHttp(db.db, null, path, { slug });
        expectNotFoundAndNoOtherRecord(answer, null);
        const res = await handleRestRequest(
          new Request(`http://accord.test/api/v1${REST_PATH[path]!}${slug}`),
          () => Promise.resolve(db.db),
        );
        const text = await res.text();
        expect(res.status, `${slug}: ${text}`).toBe(404);
        expect(JSON.parse(text)).toMatchObject({ error: { code: 'NOT_FOUND', status: 404 } });
      }
    });
  }

  it('commitment.list filtered by a slug of another kind is a 404 naming the filter', async () => {
    for (const [field, slug] of [
      ['theme', SEED.meeting],
      ['meeting', 'chips'],
      ['party', SEED.source],
    ] as const) {
      const answer = await callOverHttp(db.db, null, 'commitment.list', { [field]: slug });
      expectNotFoundAndNoOtherRecord(answer, null);
      expect(errorOf(answer).message).toContain(`${field}:`);
    }
  });
});
