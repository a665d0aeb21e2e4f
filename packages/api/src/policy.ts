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

  'editor.dashboard': 'editor',
  'editor.options': 'editor',
  'editor.tags': 'editor',
  'editor.commitment.list': 'editor',
  'editor.commitment.get': 'editor',
  'editor.commitment.create': 'editor',
  // Editors change drafts and items in review; the procedure refuses published ones to them.
  'editor.commitment.update': 'editor',
  'editor.commitment.recordStatus': 'editor',
  'editor.commitment.removeStatus': 'editor',
  'editor.commitment.translateStatus': 'editor',
  'editor.commitment.submit': 'editor',
  // Submit, tag or untag many at once; each record gets the single action's checks.
  'editor.commitment.bulk': 'editor',
  // Review, publish, unpublish, archive.
  'editor.commitment.setState': 'admin',
  // setState for many records at once.
  'editor.commitment.bulkMove': 'admin',
  // Scheduled publish and unpublish of an approved commitment; the scheduler publishes it.
  'editor.commitment.schedule': 'admin',
  // A record as readers would see it, in any editorial state: the admin's preview pages.
  'editor.preview.commitment': 'editor',
  'editor.meeting.list': 'editor',
  'editor.meeting.get': 'editor',
  'editor.meeting.create': 'editor',
  'editor.meeting.update': 'editor',
  'editor.meeting.delete': 'admin',
  'editor.party.list': 'editor',
  'editor.party.get': 'editor',
  'editor.party.create': 'editor',
  'editor.party.update': 'editor',
  'editor.party.delete': 'admin',
  'editor.source.list': 'editor',
  'editor.source.get': 'editor',
  'editor.source.create': 'editor',
  'editor.source.update': 'editor',
  'editor.source.delete': 'admin',
  'editor.theme.list': 'editor',
  'editor.theme.get': 'editor',
  'editor.theme.create': 'admin',
  'editor.theme.update': 'admin',
  'editor.theme.delete': 'admin',
  'editor.revision.list': 'editor',
  'editor.revision.get': 'editor',
  // Restoring a theme needs an admin; the procedure checks it.
  'editor.revision.restore': 'editor',
  // Reads only the text it is given; editors only, as it costs CPU and serves the admin.
  'assistant.propose': 'editor',
  // Existing commitments like a proposal, drafts included: editors only.
  'assistant.matches': 'editor',
  // Saves a proposal as a draft, or an account, status update or lineage link waiting for
  // review; never publishes.
  'assistant.accept': 'editor',
  // The additions waiting for review (editors' queue; nothing public reads them).
  'assistant.pending': 'editor',
  // Approving writes an addition into a record readers may see: whoever publishes (admins).
  'assistant.approve': 'admin',
  // Dropping an addition is a review decision too.
  'assistant.reject': 'admin',
  // Its proposer may take an addition back before review (the procedure checks who asks).
  'assistant.withdraw': 'editor',

  'admin.user.list': 'admin',
  'admin.user.create': 'admin',
  'admin.user.rename': 'admin',
  'admin.user.setRole': 'admin',
  'admin.user.disable': 'admin',
  'admin.user.enable': 'admin',
  'admin.user.setPassword': 'admin',
  'admin.user.revokeSessions': 'admin',
  'admin.audit.list': 'admin',
  'admin.apiKey.list': 'admin',
  'admin.apiKey.create': 'admin',
  'admin.apiKey.revoke': 'admin',
} as const satisfies Record<string, Role>;

export type ProcedurePath = keyof typeof POLICY;

const RANK: Record<Role, number> = { public: 0, editor: 1, admin: 2 };

/** Whether a caller with `role` (null when signed out) may call `path`. */
export function isAllowed(path: string, role: Exclude<Role, 'public'> | null): boolean {
  if (!Object.hasOwn(POLICY, path)) return false;
  const required = (POLICY as Record<string, Role>)[path]!;
  return RANK[role ?? 'public'] >= RANK[required];
}
