import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RecordType } from '@accord/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type DbHandle } from './client';
import {
  appliedMigrationTag,
  latestMigrationTag,
  migrateDb,
  migrationsFolder,
  queryRows,
  readMigrationJournal,
} from './migrate';
import { claimVersion, loadRecord, RECORD_TABLES, storeMissingBaselines } from './records';
import { parties, revisions, themes } from './schema';
import { createTestDb } from './testing';

const PREVIOUS_RELEASE = '0000_init';
const folders: string[] = [];
const handles: DbHandle[] = [];

afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close();
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/**
 * A migrations folder holding the committed migrations up to `upTo`, then `extra` ones
 * written here, each dated after the last.
 */
function migrationsUpTo(upTo: string, extra: { tag: string; sql: string }[] = []): string {
  const folder = mkdtempSync(join(tmpdir(), 'accord-migrations-'));
  folders.push(folder);
  mkdirSync(join(folder, 'meta'));
  const committed = readMigrationJournal();
  const kept = committed.slice(0, committed.findIndex((m) => m.tag === upTo) + 1);
  expect(kept.at(-1)?.tag).toBe(upTo);
  for (const m of kept)
    copyFileSync(join(migrationsFolder(), `${m.tag}.sql`), join(folder, `${m.tag}.sql`));
  let when = kept.at(-1)!.when;
  const entries = kept.map((m, idx) => ({
    idx,
    version: '7',
    when: m.when,
    tag: m.tag,
    breakpoints: true,
  }));
  for (const m of extra) {
    writeFileSync(join(folder, `${m.tag}.sql`), m.sql);
    entries.push({
      idx: entries.length,
      version: '7',
      when: ++when,
      tag: m.tag,
      breakpoints: true,
    });
  }
  writeFileSync(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries }),
  );
  return folder;
}

async function openAt(folder?: string): Promise<DbHandle> {
  const handle = await createTestDb({ seed: false, migrationsFolder: folder });
  handles.push(handle);
  return handle;
}

/** Each row of the table as JSON text (every column, full timestamp precision), by id. */
async function rowsOf(handle: DbHandle, table: string, without: string[] = []): Promise<string[]> {
  const drop = without.map((c) => ` - '${c}'`).join('');
  const rows = await queryRows<{ row: string }>(
    handle.db,
    sql.raw(`select (to_jsonb(t)${drop})::text as row from "${table}" t order by 1`),
  );
  return rows.map((r) => r.row);
}

async function count(handle: DbHandle, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql.raw(`select count(*)::int as n from "${table}"`),
  );
  return row!.n;
}

async function journalRows(handle: DbHandle): Promise<string[]> {
  const rows = await queryRows<{ row: string }>(
    handle.db,
    sql`select (hash || ' ' || created_at) as row from drizzle.__drizzle_migrations order by id`,
  );
  return rows.map((r) => r.row);
}

async function tableExists(handle: DbHandle, table: string): Promise<boolean> {
  const [row] = await queryRows<{ name: string | null }>(
    handle.db,
    sql`select to_regclass(${`public.${table}`})::text as name`,
  );
  return row?.name != null;
}

/** Data as the previous release (0000_init) stored it: no version columns, no auth tables. */
const PREVIOUS_RELEASE_DATA = `
  insert into parties (id, slug, name, short_name, kind, country_code, description, created_at, updated_at)
  overriding system value values
    (1, 'jp', 'Japan', 'Japan', 'country', 'JP', null, '2023-05-18 09:00:00.123456+00', '2023-05-19 10:11:12.654321+00'),
    (2, 'us', 'United States', 'US', 'country', 'US', 'The United States of America.', '2023-05-18 09:00:01.000001+00', '2023-05-18 09:00:01.000001+00');
  insert into themes (id, slug, title, summary, brief, position, created_at, updated_at)
  overriding system value values
    (1, 'chips', 'Chips', 'Semiconductors and AI.', 'An editor''s brief.', 2, '2023-05-18 09:00:02.5+00', '2023-05-18 09:00:02.5+00');
  insert into meetings (id, slug, title, kind, starts_on, ends_on, place, parent_id, summary, context, created_at, updated_at)
  overriding system value values
    (1, 'g7', 'G7 summit', 'summit', '2023-05-19', '2023-05-21', 'Hiroshima', null, 'The summit.', '', '2023-05-18 09:00:03+00', '2023-05-18 09:00:03+00'),
    (2, 'bilateral', 'Kishida–Biden talks', 'bilateral', '2023-05-18', '2023-05-18', 'Hiroshima', 1, 'Talks.', 'Before the summit.', '2023-05-18 09:00:04+00', '2023-05-18 09:00:04+00');
  insert into meeting_participants (id, meeting_id, party_id, name, office, position)
  overriding system value values (1, 2, 1, 'Fumio Kishida', 'Prime Minister', 0), (2, 2, 2, 'Joe Biden', 'President', 1);
  insert into sources (id, slug, title, publisher, url, published_on, kind, language, description, created_at, updated_at)
  overriding system value values
    (1, 'readout', 'Readout', 'The White House', 'https://example.org/readout', '2023-05-18', 'readout', 'en', null, '2023-05-18 09:00:05+00', '2023-05-18 09:00:05+00');
  insert into commitments (id, slug, meeting_id, theme_id, tags, title, summary, strength, status, target_date, target_precision, target_qualifier, target_note, editorial_state, version, created_at, updated_at, published_at)
  overriding system value values
    (1, 'chips-fund', 2, 1, '{chips,"with space"}', 'Chips fund', 'Fund chips.', 'committed', 'in_progress', '2027-04-01', 'quarter', 'by', 'by spring', 'published', 3, '2023-05-18 09:00:06.000007+00', '2023-06-01 12:00:00.999999+00', '2023-05-20 08:00:00+00');
  insert into commitment_parties (commitment_id, party_id, role, position) values (1, 2, 'committer', 0), (1, 1, 'partner', 1);
  insert into quotes (id, commitment_id, source_id, text, form, attribution_kind, attributed_to, speaker_party_id, position, created_at)
  overriding system value values (1, 1, 1, 'exact words', 'verbatim', 'government_readout', 'the White House', 2, 0, '2023-05-18 09:00:07+00');
  insert into status_updates (id, commitment_id, effective_on, status, note, author, created_at)
  overriding system value values (1, 1, '2023-06-01', 'in_progress', 'Work began.', 'Editor', '2023-06-01 12:00:00.999999+00');
  insert into status_update_sources (status_update_id, source_id) values (1, 1);
`;
const PREVIOUS_TABLES = [
  'parties',
  'themes',
  'meetings',
  'meeting_participants',
  'sources',
  'commitments',
  'commitment_parties',
  'quotes',
  'status_updates',
  'status_update_sources',
];

async function loadPreviousReleaseData(handle: DbHandle): Promise<void> {
  await handle.db.transaction(async (tx) => {
    for (const statement of PREVIOUS_RELEASE_DATA.split(';\n')) {
      if (statement.trim()) await tx.execute(sql.raw(statement));
    }
  });
}

/**
 * The translations 0007_translations added (commitments, themes), 0011_translated_notes
 * (status updates; meeting accounts, which the previous release had not) and
 * 0013_translated_catalog (meetings, parties) and 0015_translated_participants: '{}' (none
 * yet) on every existing row.
 */
const GAINED_BY_TRANSLATIONS: Record<string, string[]> = {
  commitments: ['translations'],
  themes: ['translations'],
  status_updates: ['translations'],
  meetings: ['translations'],
  parties: ['translations'],
  meeting_participants: ['translations'],
};
/** Columns 0002_tracking added to tables of the previous release. */
const GAINED_BY_TRACKING: Record<string, string[]> = {
  sources: ['reliability'],
  commitments: ['parent_id', 'reviewed_on'],
  status_updates: ['party_id'],
};
/** Generated columns 0005_search added (checked below by what they match). */
const GAINED_BY_SEARCH: Record<string, string[]> = {
  parties: ['search_vector'],
  commitments: ['search_vector'],
  quotes: ['search_vector'],
};
/** The schedule columns 0006_schedule added: null on every existing row (checked below). */
const GAINED_BY_SCHEDULE: Record<string, string[]> = {
  commitments: ['publish_at', 'unpublish_at', 'scheduled_by'],
};

/**
 * The Japanese search's generated columns 0010_japanese_search and 0014 added: empty with no
 * translation, and for a quote with no Japanese in it.
 */
const GAINED_BY_JAPANESE_SEARCH: Record<string, string[]> = {
  commitments: ['search_vector_ja'],
  parties: ['search_vector_ja'],
  quotes: ['search_vector_ja'],
};

describe('migrateDb', () => {
  it('brings an empty database to the latest migration, recording each one in the journal', async () => {
    const handle = await openAt();
    expect(await appliedMigrationTag(handle.db)).toBe(latestMigrationTag());
    expect(await journalRows(handle)).toHaveLength(readMigrationJournal().length);
    expect(await tableExists(handle, 'revisions')).toBe(true);
  });

  it('is a no-op on an up-to-date database', async () => {
    const handle = await openAt();
    const before = await journalRows(handle);
    await migrateDb(handle);
    expect(await journalRows(handle)).toEqual(before);
  });

  it('upgrades the previous release with data in it: every row kept, new columns defaulted', async () => {
    const handle = await openAt(migrationsUpTo(PREVIOUS_RELEASE));
    expect(await appliedMigrationTag(handle.db)).toBe(PREVIOUS_RELEASE);
    expect(await tableExists(handle, 'users')).toBe(false);
    await loadPreviousReleaseData(handle);
    const before = new Map<string, string[]>();
    for (const table of PREVIOUS_TABLES) {
      before.set(table, await rowsOf(handle, table));
      expect(before.get(table)!.length, table).toBeGreaterThan(0);
    }

    await migrateDb(handle);

    expect(await appliedMigrationTag(handle.db)).toBe(latestMigrationTag());
    for (const table of PREVIOUS_TABLES) {
      // Columns later migrations added, with their defaults (0001 versions, 0002 tracking).
      const gained = [
        ...(['meetings', 'parties', 'sources', 'themes'].includes(table) ? ['version'] : []),
        ...(GAINED_BY_TRACKING[table] ?? []),
        ...(GAINED_BY_SEARCH[table] ?? []),
        ...(GAINED_BY_SCHEDULE[table] ?? []),
        ...(GAINED_BY_TRANSLATIONS[table] ?? []),
        ...(GAINED_BY_JAPANESE_SEARCH[table] ?? []),
      ];
      expect(await rowsOf(handle, table, gained), table).toEqual(before.get(table));
    }
    const scheduled = await queryRows<{ n: number }>(
      handle.db,
      sql.raw(
        'select count(*)::int as n from commitments where publish_at is not null or unpublish_at is not null or scheduled_by is not null',
      ),
    );
    expect(scheduled[0]?.n).toBe(0);
    const translated = await queryRows<{ n: number }>(
      handle.db,
      sql.raw(
        `select (select count(*) from commitments where translations <> '{}'::jsonb) + (select count(*) from themes where translations <> '{}'::jsonb) + (select count(*) from status_updates where translations <> '{}'::jsonb) + (select count(*) from meetings where translations <> '{}'::jsonb) + (select count(*) from parties where translations <> '{}'::jsonb) + (select count(*) from meeting_participants where translations <> '{}'::jsonb) as n`,
      ),
    );
    expect(Number(translated[0]?.n)).toBe(0);
    const indexedJa = await queryRows<{ n: number }>(
      handle.db,
      sql.raw(
        `select (select count(*) from commitments where search_vector_ja <> ''::tsvector) + (select count(*) from parties where search_vector_ja <> ''::tsvector) + (select count(*) from quotes where search_vector_ja <> ''::tsvector) as n`,
      ),
    );
    expect(Number(indexedJa[0]?.n)).toBe(0);
    for (const table of ['meetings', 'parties', 'sources', 'themes']) {
      const versions = await queryRows<{ version: number }>(
        handle.db,
        sql.raw(`select version from "${table}"`),
      );
      expect(
        versions.map((v) => v.version),
        table,
      ).toEqual(versions.map(() => 1));
    }
    // The commitment kept its own version (it had one already) and its generated deadline.
    const [commitment] = await queryRows<{ version: number; target_deadline: string }>(
      handle.db,
      sql`select version, target_deadline::text from commitments where slug = 'chips-fund'`,
    );
    expect(commitment).toEqual({ version: 3, target_deadline: '2027-06-30' });
    // Rows that predate search are searchable at once: title, tags, quote and party name.
    const [found] = await queryRows<{
      title: boolean;
      tag: boolean;
      quote: boolean;
      party: boolean;
    }>(
      handle.db,
      sql`select
        (select count(*) from commitments where search_vector @@ websearch_to_tsquery('english', 'fund')) = 1 as title,
        (select count(*) from commitments where search_vector @@ websearch_to_tsquery('english', 'space')) = 1 as tag,
        (select count(*) from quotes where search_vector @@ websearch_to_tsquery('english', 'exact word')) = 1 as quote,
        (select count(*) from parties where search_vector @@ websearch_to_tsquery('english', 'united states')) = 1 as party`,
    );
    expect(found).toEqual({ title: true, tag: true, quote: true, party: true });
    for (const table of ['users', 'accounts', 'audit_log']) {
      expect(await count(handle, table), table).toBe(0);
    }
    // The data migration gave each of the 7 records a revision of its current version, so the
    // first edit can be compared with it and it can be restored.
    const stored = await handle.db
      .select({
        type: revisions.recordType,
        id: revisions.recordId,
        version: revisions.version,
        action: revisions.action,
      })
      .from(revisions)
      .orderBy(revisions.recordType, revisions.recordId);
    expect(stored.map((r) => `${r.type} ${r.id} v${r.version} ${r.action}`)).toEqual([
      'commitment 1 v3 baseline',
      'meeting 1 v1 baseline',
      'meeting 2 v1 baseline',
      'party 1 v1 baseline',
      'party 2 v1 baseline',
      'source 1 v1 baseline',
      'theme 1 v1 baseline',
    ]);
    const [snapshot] = await handle.db
      .select({ data: revisions.snapshot })
      .from(revisions)
      .where(eq(revisions.recordType, 'commitment'));
    expect(snapshot?.data).toEqual((await loadRecord(handle.db, 'commitment', 1))!.data);
    expect((snapshot?.data as { title: string }).title).toBe('Chips fund');
  });

  it('leaves the database as it was when a migration fails, naming the migration', async () => {
    const handle = await openAt();
    await loadPreviousReleaseData(handle);
    const journal = await journalRows(handle);
    const commitments = await rowsOf(handle, 'commitments');
    const broken = migrationsUpTo(latestMigrationTag(), [
      {
        tag: '0099_broken',
        sql: 'ALTER TABLE "commitments" ADD COLUMN "extra" text;--> statement-breakpoint\nALTER TABLE "no_such_table" ADD COLUMN "x" text;',
      },
    ]);

    const failure = migrateDb(handle, { migrationsFolder: broken });

    await expect(failure).rejects.toThrow(/^Migration 0099_broken failed/);
    await expect(failure).rejects.toThrow('"no_such_table" does not exist');
    expect(await journalRows(handle)).toEqual(journal);
    expect(await appliedMigrationTag(handle.db)).toBe(latestMigrationTag());
    // The statement before the failing one was rolled back too, and the tables still work.
    expect(await rowsOf(handle, 'commitments')).toEqual(commitments);
    await handle.db.execute(sql`update commitments set title = 'Still writable'`);
    expect(await count(handle, 'commitments')).toBe(1);
  });

  it('applies none of several pending migrations when a later one fails', async () => {
    const handle = await openAt(migrationsUpTo(PREVIOUS_RELEASE));
    await loadPreviousReleaseData(handle);
    const journal = await journalRows(handle);
    const broken = migrationsUpTo(latestMigrationTag(), [
      { tag: '0099_broken', sql: 'SELECT 1/0;' },
    ]);

    const failure = migrateDb(handle, { migrationsFolder: broken });

    await expect(failure).rejects.toThrow(
      `Migration 0099_broken failed, so the database was left as it was (${readMigrationJournal()
        .map((m) => m.tag)
        .filter((tag) => tag > PREVIOUS_RELEASE)
        .join(', ')} not applied either)`,
    );
    await expect(failure).rejects.toThrow('division by zero');
    expect(await journalRows(handle)).toEqual(journal);
    expect(await appliedMigrationTag(handle.db)).toBe(PREVIOUS_RELEASE);
    expect(await tableExists(handle, 'users')).toBe(false);
    expect(await count(handle, 'commitments')).toBe(1);
  });
});

describe('the baseline data migration (records written before every writer stored version 1)', () => {
  it('stores a revision of the current version of each record without one, exactly as loaded', async () => {
    const handle = await createTestDb();
    handles.push(handle);
    const db = handle.db;
    // A database seeded before the seed wrote revisions, one record edited since (version 2,
    // still without revisions), and one with a history of its own that must stay untouched.
    await db.execute(sql`alter table revisions disable trigger user`);
    await db.execute(sql`delete from revisions`);
    await db.execute(sql`alter table revisions enable trigger user`);
    const [edited] = await db.select({ id: parties.id }).from(parties).orderBy(parties.id).limit(1);
    expect(await claimVersion(db, 'party', edited!.id, 1)).toBe(2);
    const [kept] = await db.select({ id: themes.id }).from(themes).orderBy(themes.id).limit(1);
    const keptData = (await loadRecord(db, 'theme', kept!.id))!.data;
    await db.insert(revisions).values({
      recordType: 'theme',
      recordId: kept!.id,
      version: 1,
      snapshot: { ...keptData, title: 'As an editor once saved it' },
      action: 'create',
      actorName: 'Editor',
    });

    await migrateDb(handle);

    let records = 0;
    for (const type of Object.keys(RECORD_TABLES) as RecordType[]) {
      const table = RECORD_TABLES[type] as unknown as typeof parties;
      for (const { id } of await db.select({ id: table.id }).from(table)) {
        const current = (await loadRecord(db, type, id))!;
        const stored = await db
          .select({
            version: revisions.version,
            snapshot: revisions.snapshot,
            action: revisions.action,
          })
          .from(revisions)
          .where(and(eq(revisions.recordType, type), eq(revisions.recordId, id)));
        const expected =
          type === 'theme' && id === kept!.id
            ? {
                version: 1,
                snapshot: { ...keptData, title: 'As an editor once saved it' },
                action: 'create',
              }
            : { version: current.version, snapshot: current.data, action: 'baseline' };
        expect(stored, `${type} ${id}`).toEqual([expected]);
        records++;
      }
    }
    expect(records).toBeGreaterThan(50);
    const [party] = await db
      .select({ version: revisions.version })
      .from(revisions)
      .where(and(eq(revisions.recordType, 'party'), eq(revisions.recordId, edited!.id)));
    expect(party?.version).toBe(2);

    // Done once: running again stores nothing more.
    const before = await count(handle, 'revisions');
    await migrateDb(handle);
    expect(await count(handle, 'revisions')).toBe(before);
    expect(await storeMissingBaselines(db, 7)).toBe(0);
    // In pages of 7: every record again, none twice.
    await db.execute(sql`alter table revisions disable trigger user`);
    await db.execute(sql`delete from revisions`);
    await db.execute(sql`alter table revisions enable trigger user`);
    expect(await storeMissingBaselines(db, 7)).toBe(records);
    expect(await count(handle, 'revisions')).toBe(records);
  });
});
