import { sql } from 'drizzle-orm';
import {
  MEETING_KINDS,
  PARTY_KINDS,
  SOURCE_KINDS,
  SOURCE_RELIABILITIES,
  type MeetingTranslations,
  type MeetingParticipantTranslations,
  type PartyTranslations,
  type ThemeTranslations,
} from '@accord/domain';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { oneOf } from './checks';
import { tsvector } from './search';

const timestamps = {
  /** Bumped by every save; a save based on an older version is refused as a conflict. */
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const parties = pgTable(
  'parties',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind', { enum: PARTY_KINDS }).notNull(),
    countryCode: text('country_code'),
    description: text('description'),
    /** Names and description in other languages, by locale (PartyTranslations; 0013). */
    translations: jsonb('translations')
      .$type<PartyTranslations>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    ...timestamps,
    /** The party's names for full-text search: a commitment is found by its parties' names. */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql.raw(`to_tsvector('english', name || ' ' || short_name)`),
    ),
    /** Its Japanese names, as character bigrams for the Japanese search (/ja/search). */
    searchVectorJa: tsvector('search_vector_ja').generatedAlwaysAs(
      sql.raw(
        `accord_ja_vector(coalesce(translations #>> '{ja,name,text}', '') || ' ' || coalesce(translations #>> '{ja,shortName,text}', ''))`,
      ),
    ),
  },
  (t) => [
    index('parties_search_idx').using('gin', t.searchVector),
    index('parties_search_ja_idx').using('gin', t.searchVectorJa),
  ],
);

export const themes = pgTable(
  'themes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    brief: text('brief').notNull().default(''),
    position: integer('position').notNull().default(0),
    /** Title, summary and brief in other languages, by locale (ThemeTranslations; 0007). */
    translations: jsonb('translations')
      .$type<ThemeTranslations>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    ...timestamps,
  },
  (t) => [index('themes_position_idx').on(t.position)],
);

export const meetings = pgTable(
  'meetings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => meetings.id, {
      onDelete: 'set null',
    }),
    summary: text('summary').notNull(),
    context: text('context').notNull().default(''),
    /** Title, place, summary and context in other languages (MeetingTranslations; 0013). */
    translations: jsonb('translations')
      .$type<MeetingTranslations>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    ...timestamps,
  },
  (t) => [
    index('meetings_starts_on_idx').on(t.startsOn),
    index('meetings_parent_idx').on(t.parentId),
  ],
);

export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    office: text('office').notNull(),
    position: integer('position').notNull().default(0),
    /** The name and office in other languages (MeetingParticipantTranslations; 0015). */
    translations: jsonb('translations')
      .$type<MeetingParticipantTranslations>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [
    uniqueIndex('meeting_participants_unique').on(t.meetingId, t.partyId, t.name),
    index('meeting_participants_party_idx').on(t.partyId),
  ],
);

export const sources = pgTable(
  'sources',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    url: text('url'),
    publishedOn: date('published_on', { mode: 'string' }),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    language: text('language').notNull().default('en'),
    description: text('description'),
    reliability: text('reliability', { enum: SOURCE_RELIABILITIES }).notNull().default('standard'),
    ...timestamps,
  },
  (t) => [
    index('sources_published_on_idx').on(t.publishedOn),
    oneOf('sources_reliability_check', t.reliability, SOURCE_RELIABILITIES),
  ],
);
