import { loadRecord } from '@accord/db';
import { type RecordType, type StatusUpdateDraft, translate } from '@accord/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext, type Viewer } from './index';
import { isAllowed, POLICY, type ProcedurePath, ROLES } from './policy';
import { appRouter } from './root';
import {
  acceptedProposal,
  ADMIN,
  type Caller,
  EDITOR,
  expectTRPCError,
  insertViewers,
  pendingStatus,
  sampleCommitment,
  sampleReference,
  SEED,
  useTestDb,
} from './testing/helpers';
import { createCallerFactory, createTRPCRouter, procedure } from './trpc';

const db = useTestDb();

const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const policyPaths = Object.keys(POLICY).sort();

/** Records the sample inputs refer to, made in beforeAll. */
interface Fixtures {
  draft: number;
  meeting: number;
  party: number;
  source: number;
  theme: number;
  user: string;
}

let fixtures: Fixtures | undefined;
let serial = 0;
/** A slug or email no other call has used. */
const fresh = (prefix: string) => `${prefix}-${++serial}`;
const admin = () => db.caller(ADMIN);

async function versionOf(type: RecordType, id: number): Promise<number> {
  const record = await loadRecord(db.db, type, id);
  if (!record) throw new Error(`no ${type} ${id}`);
  return record.version;
}

async function freshDraft(): Promise<{ id: number; expectedVersion: number }> {
  const { id, version } = await admin().editor.commitment.create({
    data: sampleCommitment(fresh('policy-commitment')),
  });
  return { id, expectedVersion: version };
}

async function freshUser(): Promise<string> {
  const { id } = await admin().admin.user.create({
    email: `${fresh('policy-user')}@example.org`,
    name: 'Policy User',
    role: 'editor',
    password: 'a long enough password',
  });
  return id;
}

const STATUS: StatusUpdateDraft = {
  effectiveOn: '2024-01-10',
  status: 'in_progress',
  note: 'Work has started.',
  sources: [],
  party: null,
  translations: {},
};

/**
 * A valid input for every procedure in the policy table (typed: a new entry needs one here).
 * Each is built at call time, so an allowed call succeeds: mutations get the current version
 * or a record of their own.
 */
const VALID_INPUT: Record<ProcedurePath, (f: Fixtures, viewer: Viewer | null) => unknown> = {
  'theme.list': () => undefined,
  'theme.bySlug': () => ({ slug: 'chips' }),
  'commitment.list': () => ({}),
  'commitment.bySlug': () => ({ slug: 'tokyo-startup-hub-with-mit' }),
  'meeting.list': () => undefined,
  'meeting.bySlug': () => ({ slug: SEED.meeting }),
  'party.list': () => undefined,
  'party.bySlug': () => ({ slug: 'mit' }),
  'source.list': () => undefined,
  'source.bySlug': () => ({ slug: SEED.source }),
  'vocabulary.all': () => undefined,

  'editor.dashboard': () => undefined,
  'editor.options': () => undefined,
  'editor.tags': () => ({ prefix: 'se' }),
  'editor.commitment.list': () => ({}),
  'editor.commitment.get': (f) => ({ id: f.draft }),
  'editor.preview.commitment': (f) => ({ id: f.draft }),
  'editor.commitment.create': () => ({ data: sampleCommitment(fresh('policy-commitment')) }),
  'editor.commitment.update': async (f) => ({
    id: f.draft,
    expectedVersion: await versionOf('commitment', f.draft),
    data: sampleCommitment('policy-draft', { title: fresh('Edited title') }),
  }),
  'editor.commitment.recordStatus': async () => ({ ...(await freshDraft()), update: STATUS }),
  'editor.commitment.removeStatus': async () => {
    const { id, expectedVersion } = await freshDraft();
    const saved = await admin().editor.commitment.recordStatus({
      id,
      expectedVersion,
      update: STATUS,
    });
    const { history } = await admin().editor.commitment.get({ id });
    return { id, expectedVersion: saved.version, statusUpdateId: history[0]!.id };
  },
  'editor.commitment.translateStatus': async () => {
    const { id, expectedVersion } = await freshDraft();
    const saved = await admin().editor.commitment.recordStatus({
      id,
      expectedVersion,
      update: STATUS,
    });
    const { history } = await admin().editor.commitment.get({ id });
    return {
      id,
      expectedVersion: saved.version,
      statusUpdateId: history[0]!.id,
      translations: { ja: { note: translate(STATUS.note, '作業が始まった。') } },
    };
  },
  'editor.commitment.submit': freshDraft,
  'editor.commitment.setState': async () => ({ ...(await freshDraft()), to: 'review' }),
  'editor.commitment.bulk': async () => ({ action: 'submit', items: [await freshDraft()] }),
  'editor.commitment.bulkMove': async () => ({ to: 'review', items: [await freshDraft()] }),
  'editor.commitment.schedule': async () => {
    const draft = await freshDraft();
    const { version } = await admin().editor.commitment.submit(draft);
    return {
      id: draft.id,
      expectedVersion: version,
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
      unpublishAt: null,
    };
  },

  'editor.meeting.list': () => undefined,
  'editor.meeting.get': (f) => ({ id: f.meeting }),
  'editor.meeting.create': () => ({ data: sampleReference.meeting(fresh('policy-meeting')) }),
  'editor.meeting.update': async (f) => ({
    id: f.meeting,
    expectedVersion: await versionOf('meeting', f.meeting),
    data: sampleReference.meeting('policy-meeting'),
  }),
  'editor.meeting.delete': async () => {
    const { id, version } = await admin().editor.meeting.create({
      data: sampleReference.meeting(fresh('policy-meeting')),
    });
    return { id, expectedVersion: version };
  },
  'editor.party.list': () => undefined,
  'editor.party.get': (f) => ({ id: f.party }),
  'editor.party.create': () => ({ data: sampleReference.party(fresh('policy-party')) }),
  'editor.party.update': async (f) => ({
    id: f.party,
    expectedVersion: await versionOf('party', f.party),
    data: sampleReference.party('policy-party'),
  }),
  'editor.party.delete': async () => {
    const { id, version } = await admin().editor.party.create({
      data: sampleReference.party(fresh('policy-party')),
    });
    return { id, expectedVersion: version };
  },
  'editor.source.list': () => undefined,
  'editor.source.get': (f) => ({ id: f.source }),
  'editor.source.create': () => ({ data: sampleReference.source(fresh('policy-source')) }),
  'editor.source.update': async (f) => ({
    id: f.source,
    expectedVersion: await versionOf('source', f.source),
    data: sampleReference.source('policy-source'),
  }),
  'editor.source.delete': async () => {
    const { id, version } = await admin().editor.source.create({
      data: sampleReference.source(fresh('policy-source')),
    });
    return { id, expectedVersion: version };
  },
  'editor.theme.list': () => undefined,
  'editor.theme.get': (f) => ({ id: f.theme }),
  'editor.theme.create': () => ({ data: sampleReference.theme(fresh('policy-theme')) }),
  'editor.theme.update': async (f) => ({
    id: f.theme,
    expectedVersion: await versionOf('theme', f.theme),
    data: sampleReference.theme('policy-theme'),
  }),
  'editor.theme.delete': async () => {
    const { id, version } = await admin().editor.theme.create({
      data: sampleReference.theme(fresh('policy-theme')),
    });
    return { id, expectedVersion: version };
  },
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
  'assistant.accept': () => acceptedProposal(fresh('policy-accepted')),
  'assistant.pending': () => ({}),
  'assistant.approve': () => pendingStatus(admin(), fresh('policy-pending')),
  'assistant.reject': async () => ({
    id: (await pendingStatus(admin(), fresh('policy-pending'))).id,
  }),
  // Only its proposer may withdraw an addition: the caller's own (the editor's, when anonymous).
  'assistant.withdraw': async (_f, viewer) => ({
    id: (await pendingStatus(db.caller(viewer ?? EDITOR), fresh('policy-pending'))).id,
  }),

  'admin.user.list': () => undefined,
  'admin.user.create': () => ({
    email: `${fresh('policy-user')}@example.org`,
    name: 'Policy User',
    role: 'editor',
    password: 'a long enough password',
  }),
  'admin.user.rename': async () => ({ id: await freshUser(), name: 'Renamed User' }),
  'admin.user.setRole': async () => ({ id: await freshUser(), role: 'admin' }),
  'admin.user.disable': async () => ({ id: await freshUser() }),
  'admin.user.enable': (f) => ({ id: f.user }),
  'admin.user.setPassword': (f) => ({ id: f.user, password: 'another long password' }),
  'admin.user.revokeSessions': (f) => ({ id: f.user }),
  'admin.audit.list': () => ({ limit: 5 }),
  'admin.apiKey.list': () => undefined,
  'admin.apiKey.create': () => ({
    userId: EDITOR.id,
    name: fresh('policy-key'),
    scope: 'editor',
    expiresInDays: 30,
  }),
  'admin.apiKey.revoke': async () => ({
    id: (
      await admin().admin.apiKey.create({
        userId: EDITOR.id,
        name: fresh('policy-key'),
        scope: 'editor',
        expiresInDays: null,
      })
    ).id,
  }),
};

beforeAll(async () => {
  await insertViewers(db.db);
  const create = async <T extends { id: number }>(promise: Promise<T>) => (await promise).id;
  fixtures = {
    draft: await create(
      admin().editor.commitment.create({ data: sampleCommitment('policy-draft') }),
    ),
    meeting: await create(
      admin().editor.meeting.create({ data: sampleReference.meeting('policy-meeting') }),
    ),
    party: await create(
      admin().editor.party.create({ data: sampleReference.party('policy-party') }),
    ),
    source: await create(
      admin().editor.source.create({ data: sampleReference.source('policy-source') }),
    ),
    theme: await create(
      admin().editor.theme.create({ data: sampleReference.theme('policy-theme') }),
    ),
    user: await freshUser(),
  };
});

const VIEWERS: { name: string; viewer: Viewer | null }[] = [
  { name: 'anonymous', viewer: null },
  { name: 'editor', viewer: EDITOR },
  { name: 'admin', viewer: ADMIN },
];

/** Calls a procedure by its dotted path through the in-process caller. */
function callByPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return fn(input);
}

describe('policy table', () => {
  it('the router has procedures to check', () => {
    expect(procedurePaths.length).toBeGreaterThan(0);
    expect(procedurePaths).toContain('commitment.list');
  });

  it('every procedure of appRouter has a POLICY entry', () => {
    const missing = procedurePaths.filter((path) => !(path in POLICY));
    expect(missing, `procedures without a POLICY entry: ${missing.join(', ')}`).toEqual([]);
  });

  it('every POLICY entry names a procedure of appRouter', () => {
    const stale = policyPaths.filter((path) => !procedurePaths.includes(path));
    expect(stale, `POLICY entries that name no procedure: ${stale.join(', ')}`).toEqual([]);
  });

  it('every POLICY entry is a known role', () => {
    for (const [path, role] of Object.entries(POLICY)) {
      expect(ROLES, path).toContain(role);
    }
  });

  it('every POLICY entry has a valid input in this test', () => {
    expect(Object.keys(VALID_INPUT).sort()).toEqual(policyPaths);
  });
});

describe('isAllowed', () => {
  const roles = [null, 'editor', 'admin'] as const;

  it('denies a path that is not in the table, for every role', () => {
    for (const path of [
      'theme.delete',
      'admin.users.list',
      '',
      'theme',
      'theme.list.extra',
      'THEME.LIST',
    ]) {
      for (const role of roles)
        expect(isAllowed(path, role), `${path} as ${role ?? 'anonymous'}`).toBe(false);
    }
  });

  it('denies names inherited from Object.prototype', () => {
    for (const path of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      for (const role of roles)
        expect(isAllowed(path, role), `${path} as ${role ?? 'anonymous'}`).toBe(false);
    }
  });

  it('allows public procedures to everyone', () => {
    for (const [path, required] of Object.entries(POLICY)) {
      if (required !== 'public') continue;
      for (const role of roles)
        expect(isAllowed(path, role), `${path} as ${role ?? 'anonymous'}`).toBe(true);
    }
  });

  it('ranks roles: anonymous < editor < admin', () => {
    const rank = { public: 0, editor: 1, admin: 2 } as const;
    for (const [path, required] of Object.entries(POLICY)) {
      expect(isAllowed(path, null)).toBe(required === 'public');
      expect(isAllowed(path, 'editor')).toBe(rank[required] <= rank.editor);
      expect(isAllowed(path, 'admin')).toBe(true);
    }
  });
});

describe('policy matrix: every procedure x every caller', () => {
  for (const path of procedurePaths) {
    for (const { name, viewer } of VIEWERS) {
      const allowed = isAllowed(path, viewer?.role ?? null);
      it(`${path} as ${name} is ${allowed ? 'allowed' : 'denied'}`, async () => {
        const makeInput = (
          VALID_INPUT as Record<string, (f: Fixtures, viewer: Viewer | null) => unknown>
        )[path];
        expect(makeInput, `no sample input for ${path}`).toBeDefined();
        const input = await makeInput!(fixtures!, viewer);
        const call = callByPath(db.caller(viewer), path, input);
        if (allowed) {
          // The sample input is valid, so an allowed call succeeds outright.
          await expect(call).resolves.toBeDefined();
        } else {
          await expectTRPCError(call, viewer ? 'FORBIDDEN' : 'UNAUTHORIZED');
        }
      });
    }
  }
});

describe('deny by default', () => {
  // A procedure that goes through the policy middleware but has no POLICY entry.
  const unlisted = createTRPCRouter({
    secret: createTRPCRouter({ peek: procedure.query(() => 'leaked') }),
  });
  const createUnlistedCaller = createCallerFactory(unlisted);

  it('answers UNAUTHORIZED to anonymous callers', async () => {
    const caller = createUnlistedCaller(createContext({ db: db.db }));
    await expectTRPCError(caller.secret.peek(), 'UNAUTHORIZED', /sign in/i);
  });

  it('answers FORBIDDEN to signed-in editors and admins', async () => {
    for (const viewer of [EDITOR, ADMIN]) {
      const caller = createUnlistedCaller(createContext({ db: db.db, viewer }));
      await expectTRPCError(caller.secret.peek(), 'FORBIDDEN', /not allowed/i);
    }
  });
});
