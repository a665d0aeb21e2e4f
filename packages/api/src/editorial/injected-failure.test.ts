/**
 * A multi-row write (the record, its parties, quotes and status updates, its revision, its
 * audit entry) that fails at any step leaves the database exactly as it was. The failure is a
 * real database error: a trigger, created here, that raises when the step's table is written.
 * The client gets the generic 500 message and nothing of the error; the server logs it.
 */
import { log } from '@accord/log';
import { sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Viewer } from '../index';
import {
  ADMIN,
  callOverHttp,
  EDITOR,
  insertViewers,
  sampleCommitment,
  sampleReference,
  SEED,
  snapshotTables,
  useTestDb,
} from '../testing/helpers';

const db = useTestDb();
const admin = () => db.caller(ADMIN);
let serial = 0;
const freshSlug = () => `injected-${++serial}`;

beforeAll(async () => {
  await insertViewers(db.db);
  await db.db.execute(sql`
    create function accord_test_injected_failure() returns trigger language plpgsql as $$
    begin
      raise exception 'injected failure writing %', tg_table_name;
    end $$`);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs `action` while every write of the given kinds to `table` raises. */
async function whileWritesFail<T>(
  table: string,
  events: string,
  action: () => Promise<T>,
): Promise<T> {
  const trigger = sql.raw(`"accord_test_fail_${table}"`);
  const target = sql.raw(`"${table}"`);
  await db.db.execute(sql`
    create trigger ${trigger} before ${sql.raw(events)} on ${target}
    for each row execute function accord_test_injected_failure()`);
  try {
    return await action();
  } finally {
    await db.db.execute(sql`drop trigger ${trigger} on ${target}`);
  }
}

/**
 * A draft with a status update citing a source, then edited: version 3, and every child
 * table has rows, so each step of a save has something to rewrite.
 */
async function draftWithHistory() {
  const data = sampleCommitment(freshSlug());
  const { id } = await admin().editor.commitment.create({ data });
  await admin().editor.commitment.recordStatus({
    id,
    expectedVersion: 1,
    update: {
      effectiveOn: '2024-01-01',
      status: 'in_progress',
      note: 'Started.',
      sources: [SEED.source],
    },
  });
  await admin().editor.commitment.update({
    id,
    expectedVersion: 2,
    data: { ...data, title: 'Edited once' },
  });
  return { id, data, version: 3 };
}

interface Write {
  path: string;
  viewer: Viewer;
  input: () => Promise<unknown>;
}

const WRITES: Write[] = [
  {
    path: 'editor.commitment.create',
    viewer: EDITOR,
    input: () => Promise.resolve({ data: sampleCommitment(freshSlug()) }),
  },
  {
    path: 'editor.commitment.update',
    viewer: EDITOR,
    input: async () => {
      const { id, data, version } = await draftWithHistory();
      return {
        id,
        expectedVersion: version,
        data: {
          ...data,
          title: 'Never saved',
          parties: [{ party: 'kr', role: 'beneficiary' }],
          quotes: [...data.quotes, { ...data.quotes[0]!, text: 'never saved words' }],
        },
      };
    },
  },
  {
    path: 'editor.commitment.recordStatus',
    viewer: EDITOR,
    input: async () => {
      const { id, version } = await draftWithHistory();
      return {
        id,
        expectedVersion: version,
        update: {
          effectiveOn: '2024-02-01',
          status: 'stalled',
          note: 'Never saved.',
          sources: [SEED.source],
        },
      };
    },
  },
  {
    path: 'editor.revision.restore',
    viewer: EDITOR,
    // Version 2 has the status update and its source, so restoring rewrites every table.
    input: async () => {
      const { id, version } = await draftWithHistory();
      return { type: 'commitment', id, version: 2, expectedVersion: version };
    },
  },
];

/** Where a save can fail, in the order it writes; `skip` names writes that never get there. */
const STEPS: { table: string; events: string; what: string; skip?: string[] }[] = [
  { table: 'commitment_parties', events: 'insert', what: 'just after the record row' },
  { table: 'quotes', events: 'insert or update or delete', what: 'mid-record, at the quotes' },
  {
    table: 'status_update_sources',
    events: 'insert',
    what: 'mid-record, at the status updates’ sources',
    // A new record has no status updates yet.
    skip: ['editor.commitment.create'],
  },
  { table: 'revisions', events: 'insert', what: 'at the revision' },
  { table: 'audit_log', events: 'insert', what: 'at the audit entry, the last step' },
];

describe('a write that fails at any step leaves every table as it was', () => {
  for (const write of WRITES) {
    for (const step of STEPS) {
      if (step.skip?.includes(write.path)) continue;
      it(`${write.path} failing ${step.what} (${step.table})`, async () => {
        const input = await write.input();
        // Every failure is logged through the one logger; the spy also keeps the stacks out of the
        // test output.
        const logged = vi.spyOn(log, 'error').mockImplementation(() => {});
        const before = await snapshotTables(db.db);

        const answer = await whileWritesFail(step.table, step.events, () =>
          callOverHttp(db.db, write.viewer, write.path, input),
        );

        expect(answer.status, answer.text).toBe(500);
        expect(answer.body).toMatchObject({
          error: {
            message: 'Something went wrong on our side. Please try again later.',
            data: { code: 'INTERNAL_SERVER_ERROR', fieldErrors: null, conflict: null },
          },
        });
        expect(answer.text).not.toMatch(
          /injected|trigger|insert into|update "|delete from|audit_log|status_update_sources|commitment_parties|"quotes"/i,
        );
        expect(logged).toHaveBeenCalledWith(expect.anything(), `tRPC ${write.path} failed`);
        expect(await snapshotTables(db.db)).toEqual(before);
      });
    }
  }

  it('the same write succeeds once the failure is gone (the injection is what failed it)', async () => {
    for (const write of WRITES) {
      const answer = await callOverHttp(db.db, write.viewer, write.path, await write.input());
      expect(answer.status, `${write.path}: ${answer.text}`).toBe(200);
    }
  });

  it('an admin deleting a record that fails at the audit entry keeps the record', async () => {
    const { id } = await admin().editor.party.create({
      data: sampleReference.party(freshSlug()),
    });
    vi.spyOn(log, 'error').mockImplementation(() => {});
    const before = await snapshotTables(db.db);
    const answer = await whileWritesFail('audit_log', 'insert', () =>
      callOverHttp(db.db, ADMIN, 'editor.party.delete', { id, expectedVersion: 1 }),
    );
    expect(answer.status, answer.text).toBe(500);
    expect(await snapshotTables(db.db)).toEqual(before);
  });
});
