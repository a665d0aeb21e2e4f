/**
 * Valid inputs for every procedure, for the tests that start from one and change it
 * (imported only by *.test.ts files). Typed by the policy table, so a new procedure needs one.
 */
import { loadRecord } from '@accord/db';
import {
  type CommitmentDraft,
  encodeCursor,
  type Meeting,
  type RecordType,
  type StatusUpdateDraft,
  translate,
} from '@accord/domain';
import { type ProcedurePath } from '../policy';
import {
  acceptedProposal,
  pendingStatus,
  ADMIN,
  EDITOR,
  insertViewers,
  sampleCommitment,
  sampleReference,
  SEED,
  type useTestDb,
} from './helpers';

type TestDb = ReturnType<typeof useTestDb>;

/** Records the sample inputs refer to: a draft with one status update, one of each kind. */
export interface Fixtures {
  draft: number;
  statusUpdate: number;
  meeting: number;
  party: number;
  source: number;
  theme: number;
  user: string;
}

export const STATUS = {
  effectiveOn: '2024-01-10',
  status: 'in_progress',
  note: 'Work has started.',
  sources: [SEED.source],
  party: null,
  translations: {},
} satisfies StatusUpdateDraft;

/** Creates the fixtures (as an admin); `prefix` keeps their slugs apart from other tests'. */
export async function createFixtures(db: TestDb, prefix: string): Promise<Fixtures> {
  await insertViewers(db.db);
  const admin = db.caller(ADMIN);
  const draft = await admin.editor.commitment.create({
    data: sampleCommitment(`${prefix}-draft`),
  });
  await admin.editor.commitment.recordStatus({ id: draft.id, expectedVersion: 1, update: STATUS });
  const { history } = await admin.editor.commitment.get({ id: draft.id });
  const id = async (promise: Promise<{ id: number }>) => (await promise).id;
  return {
    draft: draft.id,
    statusUpdate: history[0]!.id,
    meeting: await id(
      admin.editor.meeting.create({ data: sampleReference.meeting(`${prefix}-meeting`) }),
    ),
    party: await id(admin.editor.party.create({ data: sampleReference.party(`${prefix}-party`) })),
    source: await id(
      admin.editor.source.create({ data: sampleReference.source(`${prefix}-source`) }),
    ),
    theme: await id(admin.editor.theme.create({ data: sampleReference.theme(`${prefix}-theme`) })),
    user: (
      await admin.admin.user.create({
        email: `${prefix}-fixture@example.org`,
        name: 'Fixture User',
        role: 'editor',
        password: 'a long enough password',
      })
    ).id,
  };
}

/** A commitment with every nested list the tracking model added, so fuzzing walks them. */
function trackedCommitment(slug: string, overrides: Partial<CommitmentDraft> = {}) {
  return sampleCommitment(slug, {
    reviewedOn: '2024-02-01',
    lineage: [
      {
        translations: {},
        relation: 'restated_in',
        meeting: SEED.summit,
        on: '2023-05-20',
        source: SEED.source,
        quote: {
          text: 'restated words',
          form: 'verbatim',
          attribution: { kind: 'joint_statement', who: 'the G7 leaders', party: null },
        },
        note: 'Restated a day later.',
      },
    ],
    disputes: [
      {
        translations: {},
        topic: 'A date two sources give differently',
        raisedOn: '2023-06-01',
        note: 'We give both.',
        resolved: false,
        claims: [
          { translations: {}, claim: 'One says the 19th.', source: SEED.source, quote: null },
          {
            translations: {},
            claim: 'One says the 20th.',
            source: SEED.source,
            quote: {
              text: 'on the 20th',
              attribution: { kind: 'press_report', who: 'a wire', party: 'jp' },
            },
          },
        ],
      },
    ],
    ...overrides,
  });
}

/** A meeting with one account row of two governments' words. */
function meetingWithAccounts(slug: string): Meeting {
  return {
    ...sampleReference.meeting(slug),
    accounts: [
      {
        topic: 'China',
        note: 'The two readouts differ.',
        translations: {},
        quotes: [
          {
            text: 'one phrase',
            form: 'verbatim',
            attribution: { kind: 'government_readout', who: 'the White House', party: 'us' },
            source: SEED.source,
          },
          {
            text: 'another phrase',
            form: 'verbatim',
            attribution: { kind: 'government_readout', who: 'the Foreign Ministry', party: 'jp' },
            source: SEED.source,
          },
        ],
      },
    ],
  };
}

export type SampleInputs = Record<ProcedurePath, (f: Fixtures) => unknown>;

/**
 * A valid input for every procedure, made at call time so an unchanged one succeeds: writes
 * get the current version, creates a fresh slug, deletes a record of their own.
 */
export function sampleInputs(db: TestDb, prefix: string): SampleInputs {
  let serial = 0;
  const fresh = (kind: string) => `${prefix}-${kind}-${++serial}`;
  const versionOf = async (type: RecordType, id: number) =>
    (await loadRecord(db.db, type, id))?.version ?? 1;
  return {
    'theme.list': () => ({ limit: 2, cursor: encodeCursor(1) }),
    'theme.bySlug': () => ({ slug: 'chips', asOf: '2024-01-01' }),
    'commitment.list': () => ({
      theme: 'chips',
      status: 'in_progress',
      party: 'jp',
      meeting: SEED.meeting,
      overdue: false,
      asOf: '2024-01-01',
      limit: 5,
      cursor: encodeCursor(1),
    }),
    'commitment.bySlug': () => ({ slug: 'tokyo-startup-hub-with-mit', asOf: '2024-01-01' }),
    'meeting.list': () => ({ limit: 2 }),
    'meeting.bySlug': () => ({ slug: SEED.meeting, asOf: '2024-01-01' }),
    'party.list': () => ({ limit: 2 }),
    'party.bySlug': () => ({ slug: 'mit', asOf: '2024-01-01' }),
    'source.list': () => ({ limit: 2 }),
    'source.bySlug': () => ({ slug: SEED.source }),
    'vocabulary.all': () => undefined,

    'editor.dashboard': () => undefined,
    'editor.options': () => undefined,
    'editor.tags': () => ({ prefix: 'se' }),
    'editor.commitment.list': () => ({ q: 'chip', state: 'draft', limit: 10 }),
    'editor.commitment.get': (f) => ({ id: f.draft }),
    'editor.preview.commitment': (f) => ({ id: f.draft }),
    'editor.commitment.create': () => ({ data: trackedCommitment(fresh('commitment')) }),
    'editor.commitment.update': async (f) => ({
      id: f.draft,
      expectedVersion: await versionOf('commitment', f.draft),
      data: trackedCommitment(`${prefix}-draft`, {
        target: { date: '2030-04-01', precision: 'quarter', qualifier: 'by', note: 'A note.' },
      }),
    }),
    'editor.commitment.recordStatus': async (f) => ({
      id: f.draft,
      expectedVersion: await versionOf('commitment', f.draft),
      update: { ...STATUS, party: 'us' },
    }),
    'editor.commitment.removeStatus': async (f) => ({
      id: f.draft,
      expectedVersion: await versionOf('commitment', f.draft),
      statusUpdateId: f.statusUpdate,
    }),
    'editor.commitment.translateStatus': async (f) => ({
      id: f.draft,
      expectedVersion: await versionOf('commitment', f.draft),
      statusUpdateId: f.statusUpdate,
      translations: { ja: { note: translate(STATUS.note, '作業が始まった。') } },
    }),
    'editor.commitment.submit': async (f) => ({
      id: f.draft,
      expectedVersion: await versionOf('commitment', f.draft),
    }),
    // Clearing a schedule: valid in any state.
    'editor.commitment.schedule': async (f) => ({
      id: f.draft,
      expectedVersion: await versionOf('commitment', f.draft),
      publishAt: null,
      unpublishAt: null,
    }),
    'editor.commitment.setState': async (f) => ({
      id: f.draft,
      expectedVersion: await versionOf('commitment', f.draft),
      to: 'review',
    }),
    'editor.commitment.bulk': async (f) => ({
      action: 'addTag',
      tag: 'bulk-sample',
      items: [{ id: f.draft, expectedVersion: await versionOf('commitment', f.draft) }],
    }),
    'editor.commitment.bulkMove': async (f) => ({
      to: 'review',
      note: 'Ready for a second look.',
      items: [{ id: f.draft, expectedVersion: await versionOf('commitment', f.draft) }],
    }),

    'editor.meeting.list': () => undefined,
    'editor.meeting.get': (f) => ({ id: f.meeting }),
    'editor.meeting.create': () => ({ data: meetingWithAccounts(fresh('meeting')) }),
    'editor.meeting.update': async (f) => ({
      id: f.meeting,
      expectedVersion: await versionOf('meeting', f.meeting),
      data: meetingWithAccounts(`${prefix}-meeting`),
    }),
    'editor.meeting.delete': async () => ({
      id: (
        await db
          .caller(ADMIN)
          .editor.meeting.create({ data: sampleReference.meeting(fresh('meeting')) })
      ).id,
      expectedVersion: 1,
    }),
    'editor.party.list': () => undefined,
    'editor.party.get': (f) => ({ id: f.party }),
    'editor.party.create': () => ({
      data: { ...sampleReference.party(fresh('party')), countryCode: 'JP', description: 'x' },
    }),
    'editor.party.update': async (f) => ({
      id: f.party,
      expectedVersion: await versionOf('party', f.party),
      data: sampleReference.party(`${prefix}-party`),
    }),
    'editor.party.delete': async () => ({
      id: (
        await db.caller(ADMIN).editor.party.create({ data: sampleReference.party(fresh('party')) })
      ).id,
      expectedVersion: 1,
    }),
    'editor.source.list': () => undefined,
    'editor.source.get': (f) => ({ id: f.source }),
    'editor.source.create': () => ({ data: sampleReference.source(fresh('source')) }),
    'editor.source.update': async (f) => ({
      id: f.source,
      expectedVersion: await versionOf('source', f.source),
      data: sampleReference.source(`${prefix}-source`),
    }),
    'editor.source.delete': async () => ({
      id: (
        await db
          .caller(ADMIN)
          .editor.source.create({ data: sampleReference.source(fresh('source')) })
      ).id,
      expectedVersion: 1,
    }),
    'editor.theme.list': () => undefined,
    'editor.theme.get': (f) => ({ id: f.theme }),
    'editor.theme.create': () => ({ data: sampleReference.theme(fresh('theme')) }),
    'editor.theme.update': async (f) => ({
      id: f.theme,
      expectedVersion: await versionOf('theme', f.theme),
      data: sampleReference.theme(`${prefix}-theme`),
    }),
    'editor.theme.delete': async () => ({
      id: (
        await db.caller(ADMIN).editor.theme.create({ data: sampleReference.theme(fresh('theme')) })
      ).id,
      expectedVersion: 1,
    }),
    'editor.revision.list': (f) => ({ type: 'commitment', id: f.draft }),
    'editor.revision.get': (f) => ({ type: 'commitment', id: f.draft, version: 1 }),
    'editor.revision.restore': async (f) => ({
      type: 'commitment',
      id: f.draft,
      version: 1,
      expectedVersion: await versionOf('commitment', f.draft),
    }),
    'assistant.propose': () => ({ text: 'The two leaders agreed to build a chip plant.' }),
    'assistant.matches': () => ({ texts: ['The two leaders agreed to build a chip plant.'] }),
    'assistant.accept': () => acceptedProposal(fresh('accepted')),
    'assistant.pending': () => ({ commitmentId: 1 }),
    'assistant.approve': () => pendingStatus(db.caller(ADMIN), fresh('pending')),
    'assistant.reject': async () => ({
      id: (await pendingStatus(db.caller(ADMIN), fresh('pending'))).id,
    }),
    // Proposed by the editor, the least-privileged caller it lets in (its proposer).
    'assistant.withdraw': async () => ({
      id: (await pendingStatus(db.caller(EDITOR), fresh('pending'))).id,
    }),

    'admin.user.list': () => undefined,
    'admin.user.create': () => ({
      email: `${fresh('user')}@example.org`,
      name: 'Fuzz User',
      role: 'editor',
      password: 'a long enough password',
    }),
    'admin.user.rename': (f) => ({ id: f.user, name: 'Renamed User' }),
    'admin.user.setRole': (f) => ({ id: f.user, role: 'admin' }),
    'admin.user.disable': (f) => ({ id: f.user }),
    'admin.user.enable': (f) => ({ id: f.user }),
    'admin.user.setPassword': (f) => ({ id: f.user, password: 'another long password' }),
    'admin.user.revokeSessions': (f) => ({ id: f.user }),
    'admin.audit.list': () => ({ q: 'party', limit: 5 }),
    'admin.apiKey.list': () => undefined,
    'admin.apiKey.create': () => ({
      userId: EDITOR.id,
      name: fresh('key'),
      scope: 'editor',
      expiresInDays: 90,
    }),
    'admin.apiKey.revoke': async () => ({
      id: (
        await db.caller(ADMIN).admin.apiKey.create({
          userId: EDITOR.id,
          name: fresh('key'),
          scope: 'editor',
          expiresInDays: null,
        })
      ).id,
    }),
  };
}
