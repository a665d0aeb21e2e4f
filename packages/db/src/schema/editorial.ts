import { RECORD_TYPES } from '@accord/domain';
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { oneOf } from './checks';

/**
 * One immutable row per saved version of a record: the whole record as editors see it
 * (the domain shape, references by slug), so any two can be compared and one restored.
 * Rows are never updated or deleted (a trigger in the migration refuses it).
 */
export const revisions = pgTable(
  'revisions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    recordType: text('record_type', { enum: RECORD_TYPES }).notNull(),
    /** The record's id; no foreign key, so history outlives a deleted record. */
    recordId: integer('record_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    action: text('action').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('revisions_record_version_idx').on(t.recordType, t.recordId, t.version),
    oneOf('revisions_record_type_check', t.recordType, RECORD_TYPES),
  ],
);

/** Append-only log of every write: who, what, when, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    /** A line for people: "published commitment chip-supply-chain". */
    summary: text('summary').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    /** What the person wrote about a workflow move ("Needs a source for the date"), or null. */
    note: text('note'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at, t.id),
    index('audit_log_record_idx').on(t.recordType, t.recordId, t.id),
  ],
);
