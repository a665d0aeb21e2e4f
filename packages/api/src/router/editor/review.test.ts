import { auditLog, commitments, loadRecord, meetings } from '@accord/db';
import { and, asc, eq } from 'drizzle-orm';
import { todayIso } from '@accord/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleRestRequest } from '../../rest/handler';
import { serveChangeFeed, serveCommitmentsExport } from '../../rest/publish';
import { type PublicChange } from '../../trpc';
import {
  ADMIN,
  callOverHttp,
  EDITOR,
  EDITOR_2,
  type HttpAnswer,
  insertViewers,
  SEED,
  useTestDb,
} from '../../testing/helpers';

// Nothing the editors' assistant accepts for a record readers can see is public before a
// reviewer approves it: a pending account or status update is on no public read, does not move
// the status readers see, and an approval (admins only) makes it public and purges the caches.

const db = useTestDb();
/** The latest day an update may have: after the seeded ones, so it sets the current status. */
const TODAY = todayIso();

/** A seeded, published commitment, and the meeting it was made at. */
const PUBLISHED = 'tokyo-startup-hub-with-mit';

let serial = 0;
/** Words no seeded record has, so finding them on a page means this test's addition. */
const marker = (what: string) => `${what} zq${++serial}x${Date.now().toString(36)}`;

async function commitmentId(slug: string) {
  const [row] = await db.db
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.slug, slug));
  return row!.id;
}

async function meetingIdOf(slug: string) {
  const [row] = await db.db
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.slug, slug));
  return row!.id;
}

function rest(path: string): Promise<Response> {
  return handleRestRequest(new Request(`http://accord.test/api/v1${path}`), () =>
    Promise.resolve(db.db),
  );
}

async function trpc(path: string, input: unknown): Promise<HttpAnswer> {
  const answer = await callOverHttp(db.db, null, path, input);
  expect(answer.status, `${path}: ${answer.text}`).toBe(200);
  return answer;
}

/**
 * Every public read that shows the commitment or its meeting, as readers get them: tRPC,
 * REST, the feeds and the exports (the pages render these same reads).
 */
async function publicTexts(meeting: string): Promise<Record<string, string>> {
  const req = new Request('http://accord.test/x');
  return {
    'trpc commitment.bySlug': (await trpc('commitment.bySlug', { slug: PUBLISHED })).text,
    'trpc commitment.list': (await trpc('commitment.list', { meeting, limit: 100 })).text,
    'trpc meeting.bySlug': (await trpc('meeting.bySlug', { slug: meeting })).text,
    'REST commitment': await (await rest(`/commitments/${PUBLISHED}`)).text(),
    'REST commitments': await (await rest('/commitments?limit=100')).text(),
    'REST meeting': await (await rest(`/meetings/${meeting}`)).text(),
    'atom feed': await (await serveChangeFeed(req, db.db, 'atom')).text(),
    'json feed': await (await serveChangeFeed(req, db.db, 'json')).text(),
    'json export': await (await serveCommitmentsExport(req, db.db, 'json')).text(),
    'csv export': await (await serveCommitmentsExport(req, db.db, 'csv')).text(),
  };
}

async function statusReadersSee(): Promise<string> {
  const res = await rest(`/commitments/${PUBLISHED}`);
  return ((await res.json()) as { status: string }).status;
}

async function auditActions(type: string, id: number) {
  const rows = await db.db
    .select({ action: auditLog.action, actorName: auditLog.actorName })
    .from(auditLog)
    .where(and(eq(auditLog.recordType, type), eq(auditLog.recordId, String(id))))
    .orderBy(asc(auditLog.id));
  return rows;
}

interface Accepted {
  id: number;
  version: number;
  pendingId: number;
}

async function accept(input: unknown): Promise<Accepted> {
  const answer = await callOverHttp(db.db, EDITOR, 'assistant.accept', input);
  expect(answer.status, answer.text).toBe(200);
  return (answer.body as { result: { data: Accepted } }).result.data;
}

function acceptAccount(id: number, quote: string) {
  return accept({
    as: 'account',
    commitmentId: id,
    topic: marker('Hub topic'),
    note: 'The readouts differ on the hub; our words.',
    evidence: {
      sentence: `Tokyo said it ${quote} with a partner.`,
      quote,
      attribution: { kind: 'government_readout', who: 'the Japanese government', party: 'jp' },
      source: SEED.source,
    },
  });
}

function acceptStatus(id: number, note: string) {
  return accept({
    as: 'status',
    commitmentId: id,
    source: SEED.source,
    update: { effectiveOn: TODAY, status: 'abandoned', note, party: null },
  });
}

let meetingSlug = '';
beforeAll(async () => {
  await insertViewers(db.db);
  meetingSlug = (await loadRecord(db.db, 'commitment', await commitmentId(PUBLISHED)))!.data
    .meeting;
});

describe('an account and a status update accepted for a published commitment', () => {
  it('are on no public read until an admin approves them; approving makes them public and purges', async () => {
    const id = await commitmentId(PUBLISHED);
    const meetingId = await meetingIdOf(meetingSlug);
    const quote = marker('will host a hub');
    const note = marker('Pending status note');
    const statusBefore = await statusReadersSee();
    expect(statusBefore).not.toBe('abandoned');
    const before = await publicTexts(meetingSlug);
    for (const text of Object.values(before)) expect(text).not.toContain(quote);

    const account = await acceptAccount(id, quote);
    const status = await acceptStatus(id, note);

    const pending = await publicTexts(meetingSlug);
    for (const [surface, text] of Object.entries(pending)) {
      expect(text, surface).not.toContain(quote);
      expect(text, surface).not.toContain(note);
    }
    // The status readers see does not move while the update waits.
    expect(await statusReadersSee()).toBe(statusBefore);
    expect(pending['trpc commitment.bySlug']).toBe(before['trpc commitment.bySlug']);

    // Each approval is the ordinary save: the public caches hear of the changed record.
    const changes: PublicChange[] = [];
    const onPublicChange = (more: readonly PublicChange[]) => void changes.push(...more);
    const approveAccount = await callOverHttp(
      db.db,
      ADMIN,
      'assistant.approve',
      { id: account.pendingId, expectedVersion: account.version },
      { onPublicChange },
    );
    expect(approveAccount.status, approveAccount.text).toBe(200);
    const approveStatus = await callOverHttp(
      db.db,
      ADMIN,
      'assistant.approve',
      { id: status.pendingId, expectedVersion: status.version },
      { onPublicChange },
    );
    expect(approveStatus.status, approveStatus.text).toBe(200);
    expect(changes.map((c) => [c.type, c.after?.slug])).toEqual([
      ['meeting', meetingSlug],
      ['commitment', PUBLISHED],
    ]);

    const after = await publicTexts(meetingSlug);
    for (const surface of ['trpc meeting.bySlug', 'REST meeting']) {
      expect(after[surface], surface).toContain(quote);
    }
    for (const surface of [
      'trpc commitment.bySlug',
      'REST commitment',
      'atom feed',
      'json feed',
      'json export',
    ]) {
      expect(after[surface], surface).toContain(note);
    }
    // The CSV carries each update's day and status, not its note.
    expect(pending['csv export']).not.toContain(`${TODAY} abandoned`);
    expect(after['csv export']).toContain(`${TODAY} abandoned`);
    expect(await statusReadersSee()).toBe('abandoned');
    expect(await auditActions('meeting', meetingId)).toEqual(
      expect.arrayContaining([
        { action: 'meeting.propose', actorName: EDITOR.name },
        { action: 'meeting.approve', actorName: ADMIN.name },
      ]),
    );
    // Out of the queue once approved; a second approval finds nothing.
    const queue = await db.caller(EDITOR).assistant.pending({ commitmentId: id });
    expect(queue.map((p) => p.id)).not.toContain(account.pendingId);
    const twice = await callOverHttp(db.db, ADMIN, 'assistant.approve', {
      id: account.pendingId,
      expectedVersion: (approveAccount.body as { result: { data: { version: number } } }).result
        .data.version,
    });
    expect(twice.status).toBe(404);
  });
});

/**
 * An addition that was rejected or withdrawn is gone: dropping it again (`again`: who, how)
 * and approving it are both 404s.
 */
async function expectGone(
  pendingId: number,
  version: number,
  again: [typeof EDITOR, 'assistant.reject' | 'assistant.withdraw'],
) {
  const [viewer, path] = again;
  expect((await callOverHttp(db.db, viewer, path, { id: pendingId })).status, path).toBe(404);
  const approve = { id: pendingId, expectedVersion: version };
  expect((await callOverHttp(db.db, ADMIN, 'assistant.approve', approve)).status).toBe(404);
}

describe('reviewing additions', () => {
  it('an editor may list them but not approve or reject them (403), and nobody signed out may see them (401)', async () => {
    const id = await commitmentId(PUBLISHED);
    const note = marker('Editor may not approve');
    const status = await acceptStatus(id, note);
    const record = await loadRecord(db.db, 'commitment', id);

    const list = await callOverHttp(db.db, EDITOR, 'assistant.pending', {});
    expect(list.status).toBe(200);
    expect(list.text).toContain(note);
    for (const [path, input] of [
      ['assistant.approve', { id: status.pendingId, expectedVersion: status.version }],
      ['assistant.reject', { id: status.pendingId }],
    ] as const) {
      expect((await callOverHttp(db.db, EDITOR, path, input)).status, path).toBe(403);
      expect((await callOverHttp(db.db, null, path, input)).status, path).toBe(401);
    }
    expect((await callOverHttp(db.db, null, 'assistant.pending', {})).status).toBe(401);
    expect(await loadRecord(db.db, 'commitment', id)).toEqual(record);
    expect(
      (await db.caller(EDITOR).assistant.pending({ commitmentId: id })).map((p) => p.id),
    ).toContain(status.pendingId);
    await db.caller(ADMIN).assistant.reject({ id: status.pendingId });
  });

  it('rejecting removes the addition, writes nothing into the record, and is audited', async () => {
    const id = await commitmentId(PUBLISHED);
    const note = marker('Rejected status note');
    const status = await acceptStatus(id, note);
    const record = (await loadRecord(db.db, 'commitment', id))!;

    const rejected = await callOverHttp(db.db, ADMIN, 'assistant.reject', { id: status.pendingId });
    expect(rejected.status, rejected.text).toBe(200);
    expect(await loadRecord(db.db, 'commitment', id)).toEqual(record);
    const queue = await db.caller(ADMIN).assistant.pending({ commitmentId: id });
    expect(queue.map((p) => p.id)).not.toContain(status.pendingId);
    expect((await auditActions('commitment', id)).at(-1)).toEqual({
      action: 'commitment.reject',
      actorName: ADMIN.name,
    });
    for (const text of Object.values(await publicTexts(meetingSlug)))
      expect(text).not.toContain(note);
    await expectGone(status.pendingId, record.version, [ADMIN, 'assistant.reject']);
  });

  it('its proposer withdraws an addition: out of the queue, nothing written, audited; nobody else may (403)', async () => {
    const id = await commitmentId(PUBLISHED);
    const note = marker('Withdrawn status note');
    const status = await acceptStatus(id, note);
    const record = (await loadRecord(db.db, 'commitment', id))!;

    // The queue says whose it is: the proposer's own, nobody else's.
    const mine = async (viewer: typeof EDITOR) =>
      (await db.caller(viewer).assistant.pending({ commitmentId: id })).find(
        (p) => p.id === status.pendingId,
      )?.mine;
    expect(await mine(EDITOR)).toBe(true);
    expect(await mine(EDITOR_2)).toBe(false);
    expect(await mine(ADMIN)).toBe(false);

    // Another editor, and an admin (who rejects instead), may not withdraw it; anonymous is 401.
    for (const viewer of [EDITOR_2, ADMIN]) {
      const refused = await callOverHttp(db.db, viewer, 'assistant.withdraw', {
        id: status.pendingId,
      });
      expect(refused.status, refused.text).toBe(403);
      expect(refused.text).toContain(`Only ${EDITOR.name}, who proposed it`);
    }
    expect(
      (await callOverHttp(db.db, null, 'assistant.withdraw', { id: status.pendingId })).status,
    ).toBe(401);
    expect(await mine(EDITOR)).toBe(true);

    const withdrawn = await callOverHttp(db.db, EDITOR, 'assistant.withdraw', {
      id: status.pendingId,
    });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(await loadRecord(db.db, 'commitment', id)).toEqual(record);
    expect(await mine(EDITOR)).toBeUndefined();
    expect((await auditActions('commitment', id)).at(-1)).toEqual({
      action: 'commitment.withdraw',
      actorName: EDITOR.name,
    });
    for (const text of Object.values(await publicTexts(meetingSlug)))
      expect(text).not.toContain(note);
    await expectGone(status.pendingId, record.version, [EDITOR, 'assistant.withdraw']);
  });

  it('approving against a record that changed since is a 409, and the addition stays in the queue', async () => {
    const id = await commitmentId(PUBLISHED);
    const status = await acceptStatus(id, marker('Stale approval'));
    const record = (await loadRecord(db.db, 'commitment', id))!;
    const stale = await callOverHttp(db.db, ADMIN, 'assistant.approve', {
      id: status.pendingId,
      expectedVersion: record.version - 1,
    });
    expect(stale.status, stale.text).toBe(409);
    expect(await loadRecord(db.db, 'commitment', id)).toEqual(record);
    const queue = await db.caller(ADMIN).assistant.pending({ commitmentId: id });
    expect(queue.map((p) => p.id)).toContain(status.pendingId);
    await db.caller(ADMIN).assistant.reject({ id: status.pendingId });
  });
});
