/**
 * Who may call each procedure. Every procedure must have a line here: the middleware in
 * trpc.ts denies any procedure that is missing (deny by default), and policy.test.ts fails
 * when a procedure in the router has no entry or an entry names no procedure.
 */
export const ROLES = ['public', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const POLICY = {
  'theme.list': 'public',
  'theme.bySlug': 'public',
  'commitment.list': 'public',
  'commitment.bySlug': 'public',
  'meeting.list': 'public',
  'meeting.bySlug': 'public',
  'party.list': 'public',
  'party.bySlug': 'public',
  'source.list': 'public',
  'source.bySlug': 'public',
  'vocabulary.all': 'public',
} as const satisfies Record<string, Role>;

export type ProcedurePath = keyof typeof POLICY;

const RANK: Record<Role, number> = { public: 0, editor: 1, admin: 2 };

/** Whether a caller with `role` (null when signed out) may call `path`. */
export function isAllowed(path: string, role: Exclude<Role, 'public'> | null): boolean {
  if (!Object.hasOwn(POLICY, path)) return false;
  const required = (POLICY as Record<string, Role>)[path]!;
  return RANK[role ?? 'public'] >= RANK[required];
}
