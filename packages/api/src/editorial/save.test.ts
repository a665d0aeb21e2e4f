import {
  auditLog,
  commitmentParties,
  commitments,
  meetingParticipants,
  quotes,
  revisions,
  statusUpdates,
} from '@accord/db';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { InputProblem } from '../errors';
import {
  counter,
  EDITOR,
  expectTRPCError,
  sampleCommitment,
  sampleReference,
  SEED,
  useTestDb,
} from '../testing/helpers';

/**
 * A save is one transaction: when any step fails after the record is written, the record,
 * its child rows, its revisions and the audit log are as they were.
 */

const db = useTestDb();
const editor = () => db.caller(EDITOR);

let serial = 0;
const freshSlug = () => `save-test-${++serial}`;

/** Everything a commitment save touches, for before/after comparison. */
async function commitmentState(id: number) {
  const [row, parties, quoteRows, updates, revs, audit] = await Promise.all([
    db.db.select().from(commitments).where(eq(commitments.id, id)),
    db.db
      .select()
      .from(commitmentParties)
      .where(eq(commitmentParties.commitmentId, id))
      .orderBy(asc(commitmentParties.position)),
    db.db.select().from(quotes).where(eq(quotes.commitmentId, id)).orderBy(asc(quotes.id)),
    db.db
      .select()
      .from(statusUpdates)
      .where(eq(statusUpdates.commitmentId, id))
      .orderBy(asc(statusUpdates.id)),
    db.db
      .select()
      .from(revisions)
      .where(and(eq(revisions.recordType, 'commitment'), eq(revisions.recordId, id)))
      .orderBy(asc(revisions.id)),
    db.db.select().from(auditLog).orderBy(asc(auditLog.id)),
  ]);
  return { row, parties, quoteRows, updates, revs, audit };
}

async function draftWithHistory() {
  const data = sampleCommitment(freshSlug());
  const { id } = await editor().editor.commitment.create({ data });
  await editor().editor.commitment.recordStatus({
    id,
    expectedVersion: 1,
    update: { effectiveOn: '2024-01-01', status: 'in_progress', note: 'Started.', sources: [] },
  });
  return { id, data, version: 2 };
}

describe('a save that fails part-way leaves nothing behind', () => {
  it('when the revision insert clashes with an existing revision row', async () => {
    const { id, data, version } = await draftWithHistory();
    // A row already holding the next version: the revision insert will violate its unique index.
    await db.db.insert(revisions).values({
      recordType: 'commitment',
      recordId: id,
      version: version + 1,
      snapshot: {},
      action: 'planted',
      actorName: 'test',
    });
    const before = await commitmentState(id);
    const onPublicChange = counter();

    const error = await expectTRPCError(
      db.caller(EDITOR, { onPublicChange }).editor.commitment.update({
        id,
        expectedVersion: version,
        data: {
          ...data,
          title: 'Never saved',
          parties: [{ party: 'kr', role: 'beneficiary' }],
          quotes: [{ ...data.quotes[0]!, text: 'never saved words' }],
        },
      }),
      'INTERNAL_SERVER_ERROR',
    );
    // Not mistaken for a taken slug: that would tell the editor to fix the wrong thing.
    expect(error.cause).not.toBeInstanceOf(InputProblem);
    expect(await commitmentState(id)).toEqual(before);
    expect(onPublicChange.calls).toBe(0);
  });

  it('when a reference is unknown after the record row was written', async () => {
    const { id, data, version } = await draftWithHistory();
    const before = await commitmentState(id);
    // The commitment row and its parties are written before the quotes' sources are resolved.
    const error = await expectTRPCError(
      editor().editor.commitment.update({
        id,
        expectedVersion: version,
        data: {
          ...data,
          title: 'Never saved',
          parties: [{ party: 'kr', role: 'beneficiary' }],
          quotes: [data.quotes[0]!, { ...data.quotes[1]!, source: 'no-such-source' }],
        },
      }),
      'BAD_REQUEST',
    );
    expect((error.cause as InputProblem).problems[0]!.path).toEqual(['quotes', '1', 'source']);
    expect(await commitmentState(id)).toEqual(before);
  });

  it('when a status update names an unknown source after the updates were rewritten', async () => {
    const { id, version } = await draftWithHistory();
    const before = await commitmentState(id);
    await expectTRPCError(
      editor().editor.commitment.recordStatus({
        id,
        expectedVersion: version,
        update: {
          effectiveOn: '2024-02-01',
          status: 'stalled',
          note: 'Stalled.',
          sources: [SEED.source, 'no-such-source'],
        },
      }),
      'BAD_REQUEST',
    );
    expect(await commitmentState(id)).toEqual(before);
  });

  it('when a meeting participant names an unknown party after the meeting row was written', async () => {
    const meeting = sampleReference.meeting(freshSlug());
    const { id } = await editor().editor.meeting.create({ data: meeting });
    const participants = () =>
      db.db.select().from(meetingParticipants).where(eq(meetingParticipants.meetingId, id));
    const beforeRows = await participants();
    const beforeMeeting = await editor().editor.meeting.get({ id });
    await expectTRPCError(
      editor().editor.meeting.update({
        id,
        expectedVersion: 1,
        data: {
          ...meeting,
          title: 'Never saved',
          participants: [{ party: 'atlantis', name: 'Nobody', office: 'None' }],
        },
      }),
      'BAD_REQUEST',
    );
    expect(await participants()).toEqual(beforeRows);
    expect(await editor().editor.meeting.get({ id })).toEqual(beforeMeeting);
  });

  it('when creating a record fails after its row was inserted', async () => {
    const slug = freshSlug();
    const auditBefore = await db.db.select().from(auditLog);
    await expectTRPCError(
      editor().editor.commitment.create({
        data: sampleCommitment(slug, {
          quotes: [{ ...sampleCommitment(slug).quotes[0]!, source: 'no-such-source' }],
        }),
      }),
      'BAD_REQUEST',
    );
    expect(await db.db.select().from(commitments).where(eq(commitments.slug, slug))).toEqual([]);
    expect(await db.db.select().from(auditLog)).toEqual(auditBefore);
  });
});
