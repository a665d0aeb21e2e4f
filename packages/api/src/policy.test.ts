import { describe, expect, it } from 'vitest';
import { createContext, type Viewer } from './index';
import { isAllowed, POLICY, type ProcedurePath, ROLES } from './policy';
import { appRouter } from './root';
import { ADMIN, type Caller, EDITOR, expectTRPCError, SEED, useTestDb } from './test-helpers';
import { createCallerFactory, createTRPCRouter, procedure } from './trpc';

const db = useTestDb();

const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const policyPaths = Object.keys(POLICY).sort();

/** A valid input for every procedure in the policy table (typed: a new entry needs one here). */
const VALID_INPUT: Record<ProcedurePath, unknown> = {
  'theme.list': undefined,
  'theme.bySlug': { slug: 'chips' },
  'commitment.list': {},
  'commitment.bySlug': { slug: 'tokyo-startup-hub-with-mit' },
  'meeting.list': undefined,
  'meeting.bySlug': { slug: SEED.meeting },
  'party.list': undefined,
  'party.bySlug': { slug: 'mit' },
  'source.list': undefined,
  'source.bySlug': { slug: SEED.source },
  'vocabulary.all': undefined,
};

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
        const input = (VALID_INPUT as Record<string, unknown>)[path];
        const call = callByPath(db.caller(viewer), path, input);
        if (allowed) {
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
