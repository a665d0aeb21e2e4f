import { type RecordData, type RecordType } from '@accord/domain';
import { type Database } from '../client';
import { auditLog, revisions } from '../schema';

export interface Actor {
  /** The user's id; null for the command line and the seed. */
  id: string | null;
  name: string;
}

export interface AuditInput {
  actor: Actor;
  action: string;
  recordType: string;
  recordId: string | number;
  summary: string;
  before?: unknown;
  after?: unknown;
  /** Free text the person gave with a workflow move (a reason for returning a draft). */
  note?: string | null;
}

/** Appends to the audit log (rows are never changed; a trigger refuses it). */
export async function appendAudit(db: Database, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    action: entry.action,
    recordType: entry.recordType,
    recordId: String(entry.recordId),
    summary: entry.summary,
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? null,
  });
}

/** Stores a record's data as it is at `version` (immutable, like the audit log). */
export async function appendRevision<T extends RecordType>(
  db: Database,
  input: {
    type: T;
    id: number;
    version: number;
    data: RecordData[T];
    action: string;
    actor: Actor;
  },
): Promise<void> {
  await db.insert(revisions).values({
    recordType: input.type,
    recordId: input.id,
    version: input.version,
    snapshot: input.data,
    action: input.action,
    actorId: input.actor.id,
    actorName: input.actor.name,
  });
}
