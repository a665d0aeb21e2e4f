import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meetings, parties, sources, themes } from '../schema';
import {
  meetingColumns,
  partyColumns,
  sourceColumns,
  sourceRefColumns,
  themeColumns,
} from './columns';

/**
 * What the row holds beside the record's data: identity, versioning, references by id, and
 * the generated full-text search vectors, English and Japanese (never read as data).
 */
const BOOKKEEPING = ['id', 'version', 'createdAt', 'updatedAt', 'searchVector', 'searchVectorJa'];

describe('column sets: each record table has one, and it names every data column', () => {
  it.each([
    ['party', parties, partyColumns, []],
    ['theme', themes, themeColumns, []],
    ['source', sources, sourceColumns, []],
    // The parent is read by slug, not by its id.
    ['meeting', meetings, meetingColumns, ['parentId']],
  ] as const)('%s', (_type, table, columns, joined) => {
    const dataColumns = Object.keys(getTableColumns(table)).filter(
      (name) => !BOOKKEEPING.includes(name) && !(joined as readonly string[]).includes(name),
    );
    expect(Object.keys(columns).toSorted()).toEqual(dataColumns.toSorted());
    for (const [name, column] of Object.entries(columns)) {
      expect(column, name).toBe(getTableColumns(table)[name as keyof typeof table.$inferSelect]);
    }
  });

  it('a cited source is a subset of the source columns', () => {
    for (const [name, column] of Object.entries(sourceRefColumns)) {
      expect(column, name).toBe(sourceColumns[name as keyof typeof sourceColumns]);
    }
  });
});
