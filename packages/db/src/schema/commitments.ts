import {
  ATTRIBUTION_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_STRENGTHS,
  DATE_PRECISIONS,
  EDITORIAL_STATES,
  PARTY_ROLES,
  QUOTE_FORMS,
  TARGET_QUALIFIERS,
} from '@accord/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { meetings, parties, sources, themes } from './catalog';
import { oneOf } from './checks';

export const commitments = pgTable(
  'commitments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'restrict' }),
    themeId: integer('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'restrict' }),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    strength: text('strength', { enum: COMMITMENT_STRENGTHS }).notNull(),
    /** Derived from status_updates; stored so lists can filter and count without a join. */
    status: text('status', { enum: COMMITMENT_STATUSES }).notNull().default('not_yet_rated'),
    targetDate: date('target_date', { mode: 'string' }),
    targetPrecision: text('target_precision', { enum: DATE_PRECISIONS }),
    targetQualifier: text('target_qualifier', { enum: TARGET_QUALIFIERS }),
    targetNote: text('target_note'),
    /** Last day the target can be met; null when it cannot be missed. Derived, for the overdue filter. */
    targetDeadline: date('target_deadline', { mode: 'string' }),
    editorialState: text('editorial_state', { enum: EDITORIAL_STATES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    // Public lists always filter on editorial state and page by id.
    index('commitments_state_id_idx').on(t.editorialState, t.id),
    index('commitments_theme_idx').on(t.themeId, t.editorialState, t.id),
    index('commitments_meeting_idx').on(t.meetingId, t.editorialState, t.id),
    index('commitments_status_idx').on(t.status, t.editorialState, t.id),
    index('commitments_deadline_idx').on(t.targetDeadline),
    check(
      'commitments_target_complete',
      sql`(${t.targetDate} is null) = (${t.targetPrecision} is null) and (${t.targetDate} is null) = (${t.targetQualifier} is null)`,
    ),
    check('commitments_version_positive', sql`${t.version} >= 1`),
    oneOf('commitments_strength_check', t.strength, COMMITMENT_STRENGTHS),
    oneOf('commitments_status_check', t.status, COMMITMENT_STATUSES),
    oneOf('commitments_editorial_state_check', t.editorialState, EDITORIAL_STATES),
    oneOf('commitments_target_precision_check', t.targetPrecision, DATE_PRECISIONS),
    oneOf('commitments_target_qualifier_check', t.targetQualifier, TARGET_QUALIFIERS),
  ],
);

export const commitmentParties = pgTable(
  'commitment_parties',
  {
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    role: text('role', { enum: PARTY_ROLES }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.partyId] }),
    index('commitment_parties_party_idx').on(t.partyId, t.commitmentId),
    oneOf('commitment_parties_role_check', t.role, PARTY_ROLES),
  ],
);

export const quotes = pgTable(
  'quotes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    form: text('form', { enum: QUOTE_FORMS }).notNull(),
    attributionKind: text('attribution_kind', { enum: ATTRIBUTION_KINDS }).notNull(),
    attributedTo: text('attributed_to').notNull(),
    speakerPartyId: integer('speaker_party_id').references(() => parties.id, {
      onDelete: 'set null',
    }),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('quotes_commitment_idx').on(t.commitmentId, t.position),
    index('quotes_source_idx').on(t.sourceId),
    check('quotes_text_short', sql`char_length(${t.text}) between 1 and 300`),
    oneOf('quotes_form_check', t.form, QUOTE_FORMS),
    oneOf('quotes_attribution_kind_check', t.attributionKind, ATTRIBUTION_KINDS),
  ],
);

export const statusUpdates = pgTable(
  'status_updates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: COMMITMENT_STATUSES }).notNull(),
    note: text('note').notNull(),
    author: text('author').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('status_updates_commitment_idx').on(t.commitmentId, t.effectiveOn, t.id),
    oneOf('status_updates_status_check', t.status, COMMITMENT_STATUSES),
  ],
);

export const statusUpdateSources = pgTable(
  'status_update_sources',
  {
    statusUpdateId: integer('status_update_id')
      .notNull()
      .references(() => statusUpdates.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.statusUpdateId, t.sourceId] }),
    index('status_update_sources_source_idx').on(t.sourceId),
  ],
);
