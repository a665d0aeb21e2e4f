import { CSV_COLUMNS, ERROR_MEANINGS } from '@accord/api/rest';
import { describe, expect, it } from 'vitest';
import { apiOperations, csvColumns, errorMeanings, fieldsOf, typeOf } from './api-reference';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('typeOf', () => {
  it('names types in English as the reference always has', () => {
    expect(typeOf(undefined)).toBe('any');
    expect(typeOf({ type: 'string' })).toBe('string');
    expect(typeOf({ type: 'integer', minimum: 1, maximum: 100 })).toBe('integer 1–100');
    expect(typeOf({ type: 'integer', minimum: 0, maximum: 2 ** 53 })).toBe('integer');
    expect(typeOf({ enum: ['en', 'ja'] })).toBe('one of: en, ja');
    expect(typeOf({ type: 'array', items: { type: 'object' } })).toBe('array of object');
    expect(typeOf({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('string or null');
    expect(typeOf({ anyOf: [{ type: 'boolean' }, { enum: ['true', 'false'] }] })).toBe(
      'boolean or one of: true, false',
    );
    expect(typeOf({ type: ['string', 'number'] })).toBe('string or number');
  });

  it('puts the words around the type names in Japanese, the type names and values unchanged', () => {
    expect(typeOf({ type: 'string' }, 'ja')).toBe('string');
    expect(typeOf({ type: 'integer', minimum: 1, maximum: 100 }, 'ja')).toBe('integer 1–100');
    expect(typeOf({ enum: ['en', 'ja'] }, 'ja')).toBe('en, ja のいずれか');
    expect(typeOf({ type: 'array', items: { type: 'string' } }, 'ja')).toBe('string の配列');
    expect(typeOf({ anyOf: [{ type: 'object' }, { type: 'null' }] }, 'ja')).toBe(
      'object または null',
    );
  });
});

describe('fieldsOf', () => {
  const page = {
    properties: {
      items: { type: 'array', items: { properties: { slug: { type: 'string' } } } },
      nextCursor: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    },
  };

  it("lists a page's item fields and its cursor, in the page's language", () => {
    expect(fieldsOf(page)).toEqual([
      ['items[].slug', 'string'],
      ['nextCursor', 'string or null'],
    ]);
    expect(fieldsOf(page, 'ja')).toEqual([
      ['items[].slug', 'string'],
      ['nextCursor', 'string または null'],
    ]);
    expect(
      fieldsOf({ properties: { tags: { type: 'array', items: { type: 'string' } } } }),
    ).toEqual([['tags', 'array of string']]);
    // A catalog list's page also says how many items it holds in all.
    expect(
      fieldsOf({ properties: { ...page.properties, total: { type: 'integer', minimum: 0 } } }),
    ).toEqual([
      ['items[].slug', 'string'],
      ['nextCursor', 'string or null'],
      ['total', 'integer'],
    ]);
    expect(fieldsOf(undefined)).toEqual([]);
  });

  it('reads every GET of the OpenAPI document', () => {
    const operations = apiOperations();
    expect(operations.length).toBeGreaterThan(3);
    for (const { path, op } of operations) {
      expect(path).toMatch(/^\//);
      expect(op.summary, path).toBeTruthy();
    }
  });
});

describe('csvColumns', () => {
  it('is the export’s own list in English', () => {
    expect(csvColumns('en')).toEqual(CSV_COLUMNS.map(([name, meaning]) => [name, meaning]));
  });

  it('explains every column in Japanese, in the same order, paths and codes kept', () => {
    const ja = csvColumns('ja');
    expect(ja.map(([name]) => name)).toEqual(CSV_COLUMNS.map(([name]) => name));
    for (const [name, meaning] of ja) expect(meaning, name).toMatch(JAPANESE);
    const meaningOf = Object.fromEntries(ja);
    expect(meaningOf.slug).toContain('/commitments/<slug>');
    expect(meaningOf.target_qualifier).toContain('not_before');
    expect(meaningOf.title_translation).toContain('/ja/exports/commitments.csv');
    for (const state of ['current', 'stale', 'missing'])
      expect(meaningOf.title_translation).toContain(state);
  });
});

describe('errorMeanings', () => {
  it('is the API’s own list in English', () => {
    expect(errorMeanings('en')).toEqual(Object.entries(ERROR_MEANINGS));
  });

  it('explains every documented status in Japanese, naming the same fields and headers', () => {
    const ja = errorMeanings('ja');
    expect(ja.map(([status]) => status)).toEqual(Object.keys(ERROR_MEANINGS));
    for (const [status, meaning] of ja) {
      expect(meaning, status).toMatch(JAPANESE);
      const english = ERROR_MEANINGS[Number(status) as keyof typeof ERROR_MEANINGS] ?? '';
      for (const [, name] of english.matchAll(/`([^`]+)`/g))
        expect(meaning, status).toContain(name);
    }
  });
});
