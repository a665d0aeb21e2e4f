import {
  type Actor,
  appendAudit,
  appendRevision,
  claimVersion,
  type Database,
  insertRecord,
  loadRecord,
  RecordReferenceError,
  type StoredRecord,
  writeRecord,
} from '@accord/db';
import { readersCanSee, RECORD_SCHEMAS, type RecordData, type RecordType } from '@accord/domain';
import { TRPCError } from '@trpc/server';
import { badInput, conflict, pgConstraint, pgErrorCode } from '../errors';
import { lastRevision } from '../queries/revisions';
import { type Context, type PublicChange, type Viewer } from '../trpc';

/**
 * Every editorial write goes through here: in one transaction it checks the version the
 * editor started from, writes the record, stores the new revision and appends the audit
 * entry, so either all of it commits or none of it does.
 */

export const LABELS: Record<RecordType, string> = {
  commitment: 'commitment',
  meeting: 'meeting',
  party: 'party',
  theme: 'theme',
  source: 'source',
};

export function actorOf(viewer: Viewer | null): Actor {
  if (!viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to do this.' });
  return { id: viewer.id, name: viewer.name };
}

export function notFoundRecord(type: RecordType, id: number): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `No ${LABELS[type]} with id ${id}.` });
}

/** Turns database refusals a user can fix into 400s that name the field. */
function explain(error: unknown): never {
  if (error instanceof RecordReferenceError) {
    throw badInput([{ path: error.path, message: error.message }]);
  }
  // Only a taken slug is the editor's to fix; any other unique violation (a clashing
  // revision) is our fault and must not send them to the slug field.
  if (pgErrorCode(error) === '23505') {
    const constraint = pgConstraint(error);
    if (constraint?.endsWith('_slug_unique')) {
      throw badInput([{ path: ['slug'], message: 'This slug is already used by another record.' }]);
    }
    if (constraint === 'meeting_participants_unique') {
      throw badInput([
        { path: ['participants'], message: 'The same person is listed twice for one party.' },
      ]);
    }
  }
  throw error;
}

function validate<T extends RecordType>(type: T, data: RecordData[T]): RecordData[T] {
  const parsed = RECORD_SCHEMAS[type].safeParse(data);
  if (!parsed.success) {
    throw badInput(
      parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    );
  }
  return parsed.data as RecordData[T];
}

async function refuseStale(
  db: Database,
  type: RecordType,
  current: StoredRecord<RecordType>,
): Promise<never> {
  const last = await lastRevision(db, type, current.id);
  throw conflict({
    currentVersion: current.version,
    current: current.data,
    changedBy: last?.actorName ?? 'Someone',
    changedAt: (last?.createdAt ?? current.updatedAt).toISOString(),
  });
}

export interface SaveOptions<T extends RecordType> {
  type: T;
  id: number;
  expectedVersion: number;
  /** Short verb for revisions and the audit log: "update", "publish", "restore v3". */
  action: string;
  /** Throws when this viewer may not make this change to the record as it is now. */
  guard?: (current: StoredRecord<T>) => void;
  change: (current: StoredRecord<T>) => RecordData[T];
  /** Words the person gave with a workflow move; kept in the audit entry, shown to the author. */
  note?: string;
  /** Extra writes in the same transaction, after the record is written. */
  after?: (tx: Database, next: RecordData[T], current: StoredRecord<T>) => Promise<void>;
}

export interface Saved<T extends RecordType> {
  id: number;
  version: number;
  data: RecordData[T];
}

export async function saveRecord<T extends RecordType>(
  ctx: Context,
  options: SaveOptions<T>,
): Promise<Saved<T>> {
  const actor = actorOf(ctx.viewer);
  const { type, id } = options;
  let change: PublicChange | null = null;
  const saved = await ctx.db
    .transaction(async (tx) => {
      const current = await loadRecord(tx, type, id);
      if (!current) throw notFoundRecord(type, id);
      if (current.version !== options.expectedVersion) await refuseStale(tx, type, current);
      options.guard?.(current);
      const next = validate(type, options.change(current));
      const version = await claimVersion(tx, type, id, options.expectedVersion);
      // Someone committed between our read and our claim: the same conflict.
      if (version === null)
        await refuseStale(tx, type, (await loadRecord(tx, type, id)) ?? current);
      await writeRecord(tx, type, id, next);
      await options.after?.(tx, next, current);
      await appendRevision(tx, {
        type,
        id,
        version: version!,
        data: next,
        action: options.action,
        actor,
      });
      await appendAudit(tx, {
        actor,
        action: `${type}.${options.action.split(' ')[0]}`,
        recordType: type,
        recordId: id,
        summary: `${options.action} ${LABELS[type]} ${next.slug} (version ${version})`,
        before: current.data,
        after: next,
        note: options.note,
      });
      // Readers could see it before or can after: the public pages refresh.
      if (readersCanSee(type, current.data) || readersCanSee(type, next))
        change = { type, before: current.data, after: next } as PublicChange;
      return { id, version: version!, data: next };
    })
    .catch(explain);
  if (change) await ctx.onPublicChange([change]);
  return saved;
}

export async function createRecord<T extends RecordType>(
  ctx: Context,
  options: { type: T; data: RecordData[T] },
): Promise<Saved<T>> {
  const actor = actorOf(ctx.viewer);
  const { type } = options;
  const data = validate(type, options.data);
  const saved = await ctx.db
    .transaction(async (tx) => {
      const id = await insertRecord(tx, type, data, { actor, action: 'create' });
      await appendAudit(tx, {
        actor,
        action: `${type}.create`,
        recordType: type,
        recordId: id,
        summary: `created ${LABELS[type]} ${data.slug}`,
        after: data,
      });
      return { id, version: 1, data };
    })
    .catch(explain);
  if (readersCanSee(type, data))
    await ctx.onPublicChange([{ type, before: null, after: data } as PublicChange]);
  return saved;
}

export { type StoredRecord };
