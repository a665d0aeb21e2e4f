import { z } from 'zod';
import { Commitment, Meeting, Party, Slug, Source, StatusUpdate, Theme } from './records';
import { IsoDate } from './dates';
import { CommitmentStatus } from './status';
import { StatusUpdateTranslations } from './translations';
import { EditorialState } from './vocabulary';

/**
 * What editors send and receive on the admin side. Forms validate with these same schemas
 * before they send, and the API validates again; unknown keys are refused, so a field the
 * caller may not set (state, author, version) is an error rather than silently ignored.
 */

// ---- people -------------------------------------------------------------------------------

export const USER_ROLES = ['editor', 'admin'] as const;
export const UserRole = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRole>;

export const ROLE_DEFINITIONS: Record<UserRole, string> = {
  editor: 'Creates and edits drafts, submits them for review and records status updates.',
  admin:
    'Everything an editor does, and reviews, publishes, unpublishes and archives; manages themes and users.',
};

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Enter an email address like name@example.org' }));

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const Password = z
  .string()
  .min(12, 'A password has at least 12 characters')
  .max(128, 'A password has at most 128 characters');

/**
 * Control characters (NUL, newlines, tabs...), half a surrogate pair and the bidi overrides
 * that can reorder what a reader sees: none belongs in a one-line name.
 */
const NOT_IN_A_NAME = /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u;

/**
 * A user's name, which readers see as the author of status updates: set only by admins
 * (admin.user.create and admin.user.rename, both audited), never by the user.
 */
export const PersonName = z
  .string()
  .trim()
  .min(1, 'Enter a name')
  .max(100, 'A name has at most 100 characters')
  .refine((name) => !NOT_IN_A_NAME.test(name), {
    error: 'A name is one line of text, without control characters',
  });

export const SignInInput = z.strictObject({ email: Email, password: z.string().min(1).max(128) });

export const UserView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: UserRole,
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
  activeSessions: z.number().int().min(0),
});
export type UserView = z.infer<typeof UserView>;

export const UserCreateInput = z.strictObject({
  email: Email,
  name: PersonName,
  role: UserRole,
  password: Password,
});
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserIdInput = z.strictObject({ id: z.string().min(1).max(100) });
export const UserRoleInput = UserIdInput.extend({ role: UserRole });
export const UserPasswordInput = UserIdInput.extend({ password: Password });
export const UserNameInput = UserIdInput.extend({ name: PersonName });

// ---- API keys ----------------------------------------------------------------------------

/** What an admin calls a key: who or what uses it ("Newsroom status script"). */
export const ApiKeyName = z
  .string()
  .trim()
  .min(1, 'Name the key after who or what uses it')
  .max(100, 'A key name has at most 100 characters')
  .refine((name) => !NOT_IN_A_NAME.test(name), {
    error: 'A key name is one line of text, without control characters',
  });

/** How long a new key lasts, in days (null: until revoked). */
export const API_KEY_LIFETIMES = [30, 90, 365] as const;

export const ApiKeyCreateInput = z.strictObject({
  userId: z.string().min(1, 'Choose whose key it is').max(100),
  name: ApiKeyName,
  scope: UserRole,
  expiresInDays: z
    .union(
      API_KEY_LIFETIMES.map((d) => z.literal(d)) as [
        z.ZodLiteral<30>,
        z.ZodLiteral<90>,
        z.ZodLiteral<365>,
      ],
    )
    .nullable(),
});
export type ApiKeyCreateInput = z.infer<typeof ApiKeyCreateInput>;

export const ApiKeyIdInput = z.strictObject({ id: z.string().min(1).max(100) });

export const ApiKeyStatus = z.enum(['active', 'expired', 'revoked']);
export type ApiKeyStatus = z.infer<typeof ApiKeyStatus>;

export const ApiKeyView = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters (`acc_` and 8 more): enough to tell keys apart. */
  prefix: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  ownerEmail: z.string(),
  scope: UserRole,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  status: ApiKeyStatus,
});
export type ApiKeyView = z.infer<typeof ApiKeyView>;

/** A new key: the only answer that ever holds the key itself. */
export const ApiKeyCreated = z.object({ id: z.string(), key: z.string(), prefix: z.string() });
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

// ---- records and versions ---------------------------------------------------------------

export const RECORD_TYPES = ['commitment', 'meeting', 'party', 'theme', 'source'] as const;
export const RecordType = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordType>;

/** Meetings, parties, sources and themes: the records beside commitments, without a review step. */
export const REFERENCE_TYPES = ['meeting', 'party', 'source', 'theme'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export const RecordId = z.number().int().positive().max(2_147_483_647);
export const Version = z.number().int().positive().max(2_147_483_647);

/** The commitment as an editor writes it: its history is recorded separately. */
export const CommitmentDraft = Commitment.omit({ editorialState: true, history: true }).strict();
export type CommitmentDraft = z.infer<typeof CommitmentDraft>;

/** A status update as an editor records it; the author is the signed-in editor. */
export const StatusUpdateDraft = StatusUpdate.omit({ author: true }).strict();
export type StatusUpdateDraft = z.infer<typeof StatusUpdateDraft>;

/** The data of each record type, as stored in revisions and edited in forms. */
export const RECORD_SCHEMAS = {
  commitment: Commitment,
  meeting: Meeting.strict(),
  party: Party.strict(),
  theme: Theme.strict(),
  source: Source.strict(),
} as const;
export type RecordData = {
  [K in RecordType]: z.infer<(typeof RECORD_SCHEMAS)[K]>;
};

/**
 * Whether readers can see a record in this state: the one rule every door uses (a save that
 * must refresh public pages, a revision restore, the seed's published arrivals). A commitment
 * is public once published; meetings, parties, themes and sources are public as reference
 * data whatever their state.
 */
export function readersCanSee<T extends RecordType>(type: T, data: RecordData[T]): boolean {
  return type !== 'commitment' || (data as RecordData['commitment']).editorialState === 'published';
}

export const EditableMeta = z.object({
  id: RecordId,
  version: Version,
  updatedAt: z.iso.datetime(),
});

/** Input shapes shared by every record type's editor procedures. */
export function editorInputs<T extends z.ZodType>(data: T) {
  return {
    create: z.strictObject({ data }),
    update: z.strictObject({ id: RecordId, expectedVersion: Version, data }),
  };
}

export const RecordRefInput = z.strictObject({ id: RecordId });
export const VersionedRefInput = z.strictObject({ id: RecordId, expectedVersion: Version });

/**
 * The word a meeting's, party's or source's slug may not be: the later pages of their indexes
 * are `/meetings/more/<cursor>`, `/parties/more/<cursor>` and `/sources/more/<cursor>` (and
 * their /ja twins). The routes would still tell the two apart (a record's page has one
 * segment after the index, a later page two), but a record at `/sources/more` would read as
 * part of the index, and a page ever added under a record's address would be shadowed by the
 * index's. Refused when such a record is written, not when one is read: a record that had the
 * slug before keeps its page, and its editor is asked for another slug on its next save.
 */
export const INDEX_MORE_SEGMENT = 'more';

/** The slug of a record that an index lists: not INDEX_MORE_SEGMENT. */
const ListedSlug = Slug.refine((slug) => slug !== INDEX_MORE_SEGMENT, {
  error: `“${INDEX_MORE_SEGMENT}” is kept for the later pages of the list (…/${INDEX_MORE_SEGMENT}/…): choose another slug`,
});

/**
 * Each record type's data as an editor may write it: RECORD_SCHEMAS, with the slugs of the
 * records an index lists kept clear of the index's later pages. The editor forms validate with
 * these; revisions and reads keep RECORD_SCHEMAS, so an older record is never unreadable.
 */
export const EDITOR_SCHEMAS = {
  ...RECORD_SCHEMAS,
  meeting: RECORD_SCHEMAS.meeting.extend({ slug: ListedSlug }),
  party: RECORD_SCHEMAS.party.extend({ slug: ListedSlug }),
  source: RECORD_SCHEMAS.source.extend({ slug: ListedSlug }),
} as const;

export const CommitmentInputs = editorInputs(CommitmentDraft);
export const MeetingInputs = editorInputs(EDITOR_SCHEMAS.meeting);
export const PartyInputs = editorInputs(EDITOR_SCHEMAS.party);
export const ThemeInputs = editorInputs(EDITOR_SCHEMAS.theme);
export const SourceInputs = editorInputs(EDITOR_SCHEMAS.source);

export const RecordStatusInput = VersionedRefInput.extend({ update: StatusUpdateDraft });
export const RemoveStatusInput = VersionedRefInput.extend({ statusUpdateId: RecordId });
/**
 * The translations of a recorded update's note (its whole `translations`, as the commitment
 * editor's form holds them): the English note, date and status stay as recorded.
 */
export const TranslateStatusInput = VersionedRefInput.extend({
  statusUpdateId: RecordId,
  translations: StatusUpdateTranslations,
});
/** The longest note an editor may give with a workflow move. */
export const WORKFLOW_NOTE_MAX = 1000;

/** Optional words with a submit or a return to draft; blank is no note. */
export const WorkflowNote = z
  .string()
  .max(WORKFLOW_NOTE_MAX, `Keep the note under ${WORKFLOW_NOTE_MAX} characters`)
  .trim()
  .transform((note) => (note === '' ? undefined : note))
  .optional();

export const SubmitInput = VersionedRefInput.extend({ note: WorkflowNote });
export const SetStateInput = VersionedRefInput.extend({ to: EditorialState, note: WorkflowNote });

/** The last note given with a submit or a return to draft, shown on the record's edit page. */
export const WorkflowNoteView = z.object({
  /** The audit action: "commitment.submit" or "commitment.return". */
  action: z.string(),
  by: z.string(),
  at: z.iso.datetime(),
  note: z.string(),
});
export type WorkflowNoteView = z.infer<typeof WorkflowNoteView>;

/** The most records one bulk action takes: a page of the list at its default size. */
export const BULK_MAX = 50;

const BulkItems = z
  .array(VersionedRefInput)
  .min(1, 'Choose at least one commitment')
  .max(BULK_MAX, `Choose at most ${BULK_MAX} commitments at a time`)
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
    message: 'A commitment is listed twice',
  });

/**
 * What editors may do to many commitments at once (editor.commitment.bulk): submit drafts for
 * review, or add or remove one tag. Each record goes through the same path as the single action.
 */
export const BulkInput = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('submit'), items: BulkItems, note: WorkflowNote }),
  z.strictObject({ action: z.literal('addTag'), items: BulkItems, tag: Slug }),
  z.strictObject({ action: z.literal('removeTag'), items: BulkItems, tag: Slug }),
]);
export type BulkInput = z.input<typeof BulkInput>;

/** Publish, archive or return many commitments at once (admins: editor.commitment.bulkMove). */
export const BulkMoveInput = z.strictObject({
  to: EditorialState,
  items: BulkItems,
  note: WorkflowNote,
});
export type BulkMoveInput = z.input<typeof BulkMoveInput>;

/** One record's outcome in a bulk action: saved at a new version, or refused and why. */
export const BulkOutcome = z.discriminatedUnion('ok', [
  z.object({ id: RecordId, ok: z.literal(true), version: Version }),
  z.object({
    id: RecordId,
    ok: z.literal(false),
    /** The same code the single action answers with: CONFLICT when the version was stale. */
    code: z.string(),
    message: z.string(),
    /** On a CONFLICT: the version someone else saved. */
    currentVersion: Version.nullable(),
  }),
]);
export type BulkOutcome = z.infer<typeof BulkOutcome>;

export const BulkResult = z.object({ outcomes: z.array(BulkOutcome) });
export type BulkResult = z.infer<typeof BulkResult>;

/** The furthest ahead a publish or unpublish may be scheduled. */
export const SCHEDULE_MAX_DAYS = 366;

/** A moment with its offset ("2026-12-05T09:00:00+01:00" or "...Z"), as a schedule takes it. */
const ScheduleTime = z.iso
  .datetime({ offset: true, error: 'Give a date and time with its zone, like 2026-12-05T09:00Z' })
  .nullable();

/**
 * Sets (or, with nulls, clears) when an approved commitment is published and unpublished
 * (admins only). Times must be in the future and within SCHEDULE_MAX_DAYS; an unpublish comes
 * after the publish. Whether the record's state allows it is checked by the procedure.
 */
export const ScheduleInput = VersionedRefInput.extend({
  publishAt: ScheduleTime,
  unpublishAt: ScheduleTime,
}).superRefine((input, ctx) => {
  const now = Date.now();
  const latest = now + SCHEDULE_MAX_DAYS * 86_400_000;
  for (const key of ['publishAt', 'unpublishAt'] as const) {
    const value = input[key];
    if (value === null) continue;
    const at = Date.parse(value);
    if (at <= now) ctx.addIssue({ code: 'custom', path: [key], message: 'This time has passed' });
    else if (at > latest)
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `Schedule at most ${SCHEDULE_MAX_DAYS} days ahead`,
      });
  }
  if (
    input.publishAt !== null &&
    input.unpublishAt !== null &&
    Date.parse(input.unpublishAt) <= Date.parse(input.publishAt)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['unpublishAt'],
      message: 'Unpublish after the publish time',
    });
  }
});
export type ScheduleInput = z.infer<typeof ScheduleInput>;

// ---- admin lists -------------------------------------------------------------------------

/** The most rows an admin list page may ask for, and how many it shows unless told. */
export const ADMIN_PAGE_MAX = 200;
export const ADMIN_PAGE_DEFAULT = 50;
/** The longest words filter an admin list takes, in characters. */
export const ADMIN_QUERY_MAX = 100;

/** Where an admin list page starts: after (`next`) or before (`prev`) the row with key `k`. */
export interface AdminCursorValue {
  d: 'next' | 'prev';
  k: (string | number)[];
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An opaque keyset cursor of an admin list: the sort key of the row a page starts beside. */
export function encodeAdminCursor(value: AdminCursorValue): string {
  return toBase64Url(JSON.stringify(value));
}

/** The cursor's content, or null when `encodeAdminCursor` did not make it. */
export function decodeAdminCursor(cursor: string): AdminCursorValue | null {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const shape = z
    .strictObject({
      d: z.enum(['next', 'prev']),
      k: z
        .array(z.union([z.string().max(300), z.number().int().safe()]))
        .min(1)
        .max(4),
    })
    .safeParse(parsed);
  return shape.success ? shape.data : null;
}

export const AdminCursor = z
  .string()
  .max(600, 'The cursor is malformed')
  .refine(
    (c) => decodeAdminCursor(c) !== null,
    'The cursor is malformed: pass back nextCursor or prevCursor unchanged',
  );

/** Words to look for in an admin list (slug, title, name, email...); blank means none. */
export const AdminQuery = z
  .string()
  .max(ADMIN_QUERY_MAX, `Search for at most ${ADMIN_QUERY_MAX} characters`)
  .transform((text) => {
    const clean = text.trim();
    return clean === '' ? undefined : clean;
  });

/** The page request every admin list takes: a cursor, a page size and words to look for. */
export const AdminPageInput = z.strictObject({
  cursor: AdminCursor.nullish(),
  limit: z.number().int().min(1).max(ADMIN_PAGE_MAX).default(ADMIN_PAGE_DEFAULT),
  q: AdminQuery.optional(),
});
export type AdminPageInput = z.input<typeof AdminPageInput>;

/** A page of an admin list; a null cursor means there is no page that way. */
export function AdminPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    prevCursor: z.string().nullable(),
  });
}

/** Tags are slugs; a prefix of one is what an editor has typed of it so far. */
export const TAG_PREFIX_MAX = 40;
export const TagSuggestInput = z
  .object({
    prefix: z
      .string()
      .max(TAG_PREFIX_MAX, `A tag is at most ${TAG_PREFIX_MAX} characters here`)
      .regex(/^[a-z0-9-]*$/, 'A tag has only lowercase letters, digits and hyphens'),
    limit: z.number().int().min(1).max(20).default(10),
  })
  .strict();
export type TagSuggestInput = z.input<typeof TagSuggestInput>;

/** A tag in use, and on how many commitments (any editorial state). */
export const TagSuggestion = z.object({ tag: z.string(), uses: z.number().int().min(1) });
export type TagSuggestion = z.infer<typeof TagSuggestion>;

/** The editors' commitment list: words (slug or title) and the filters editors use. */
export const EditorListInput = AdminPageInput.extend({
  state: EditorialState.optional(),
  theme: Slug.optional(),
  status: CommitmentStatus.optional(),
  meeting: Slug.optional(),
  party: Slug.optional(),
  /** Past its target date and not delivered or abandoned, as of today. */
  overdue: z.boolean().optional(),
  /** Changed on or after this day (UTC). */
  changedSince: IsoDate.optional(),
});
export type EditorListInput = z.input<typeof EditorListInput>;

export const EditorCommitmentListItem = z.object({
  id: RecordId,
  slug: Slug,
  title: z.string(),
  theme: Slug,
  status: CommitmentStatus,
  editorialState: EditorialState,
  version: Version,
  updatedAt: z.iso.datetime(),
  overdue: z.boolean(),
  /** Its review date or last update, whichever is later; null if never reviewed. */
  lastReviewedOn: IsoDate.nullable(),
  /** When the scheduler will publish it (it is in review until then), or null. */
  publishAt: z.iso.datetime().nullable(),
  /** When the scheduler will return it to draft, or null. */
  unpublishAt: z.iso.datetime().nullable(),
});
export type EditorCommitmentListItem = z.infer<typeof EditorCommitmentListItem>;

export const EditorRecordListItem = z.object({
  id: RecordId,
  slug: Slug,
  title: z.string(),
  version: Version,
  updatedAt: z.iso.datetime(),
  /** How many commitments refer to it; a record in use cannot be deleted. */
  usedBy: z.number().int().min(0),
});
export type EditorRecordListItem = z.infer<typeof EditorRecordListItem>;

export const EditorCommitmentPage = AdminPage(EditorCommitmentListItem);
export type EditorCommitmentPage = z.infer<typeof EditorCommitmentPage>;
export const EditorRecordPage = AdminPage(EditorRecordListItem);
export type EditorRecordPage = z.infer<typeof EditorRecordPage>;

/** What refers to a reference record: how many places, and the first commitments by slug. */
export const UsedBy = z.object({
  count: z.number().int().min(0),
  commitments: z.array(z.object({ id: RecordId, slug: Slug, title: z.string() })).max(10),
});
export type UsedBy = z.infer<typeof UsedBy>;

// ---- revisions and audit ------------------------------------------------------------------

export const RevisionRefInput = z.strictObject({ type: RecordType, id: RecordId });
export const RevisionInput = RevisionRefInput.extend({ version: Version });
export const RestoreInput = RevisionInput.extend({ expectedVersion: Version });

export const RevisionSummary = z.object({
  version: Version,
  action: z.string(),
  actorName: z.string(),
  createdAt: z.iso.datetime(),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

export const RevisionDetail = RevisionSummary.extend({
  type: RecordType,
  id: RecordId,
  snapshot: z.record(z.string(), z.unknown()),
});
export type RevisionDetail = z.infer<typeof RevisionDetail>;

/** The audit log, newest first, a page at a time; `q` matches the action, summary or actor. */
export const AuditListInput = AdminPageInput;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actorName: z.string(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** What the person wrote with a workflow move, or null. */
  note: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The data a save was refused over: the version the other person saved. */
export const ConflictDetail = z.object({
  currentVersion: Version,
  current: z.record(z.string(), z.unknown()),
  changedBy: z.string(),
  changedAt: z.iso.datetime(),
});
export type ConflictDetail = z.infer<typeof ConflictDetail>;

// ---- comparing ----------------------------------------------------------------------------

export interface FieldChange {
  /** Dotted path: "quotes.2.text", "target.date". */
  path: string;
  before: unknown;
  after: unknown;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, []);
    value.forEach((item, i) => flatten(item, prefix ? `${prefix}.${i}` : String(i), out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(prefix, {});
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
}

/** Field-by-field differences between two versions of a record, in a stable order. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a);
  flatten(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  // An empty list or a null on one side whose place the other side fills with items is shown
  // by those items ("tags.0"), not as a change of the container to null.
  const hasChildren = (map: Map<string, unknown>, path: string) =>
    [...map.keys()].some((key) => (path === '' ? key !== '' : key.startsWith(`${path}.`)));
  return paths
    .filter((path) => !(a.has(path) !== b.has(path) && hasChildren(a.has(path) ? b : a, path)))
    .filter((path) => JSON.stringify(a.get(path) ?? null) !== JSON.stringify(b.get(path) ?? null))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}

export const DashboardOutput = z.object({
  drafts: z.array(EditorCommitmentListItem),
  inReview: z.array(EditorCommitmentListItem),
  recentlyChanged: z.array(EditorCommitmentListItem),
  overdue: z.array(EditorCommitmentListItem),
  /** What is due: no review for REVIEW_DUE_AFTER_DAYS (oldest first). */
  reviewDue: z.array(EditorCommitmentListItem),
  /** Targets whose deadline falls in the next 90 days or passed in the last 90, not final. */
  targetsNear: z.array(EditorCommitmentListItem),
  /** Commitments with a dispute not yet resolved. */
  disputed: z.array(EditorCommitmentListItem),
});
export type DashboardOutput = z.infer<typeof DashboardOutput>;
