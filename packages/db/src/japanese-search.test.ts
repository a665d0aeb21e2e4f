import { japaneseSearchTerms } from '@accord/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle } from './client';
import { COMMITMENTS_JA, THEMES_JA } from './seed/translations-ja';
import { createTestDb } from './testing';

/**
 * The Japanese index (`accord_ja_vector`, migration 0009) and the query side
 * (japaneseSearchTerms in @accord/domain) must split text the same way, on both engines:
 * every piece of a Japanese text, searched for, finds that text.
 */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
}, 600_000);
afterAll(async () => {
  await handle.close();
}, 600_000);

/** The first row of a raw query: PGlite answers { rows }, postgres.js an array of rows. */
async function firstRow<T>(query: ReturnType<typeof sql>): Promise<T> {
  const result: unknown = await handle.db.execute(query);
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return rows[0] as T;
}

async function matches(text: string, q: string): Promise<boolean> {
  const { tsquery } = japaneseSearchTerms(q);
  const row = await firstRow<{ hit: boolean }>(
    sql`select accord_ja_vector(${text}) @@ ${tsquery}::tsquery as hit`,
  );
  return row.hit;
}

const latin = (c: string | undefined) => c !== undefined && /^[a-z0-9]$/i.test(c.normalize('NFKC'));
/** Whether a cut before chars[at] splits a run of Latin letters or digits. */
const cuts = (chars: string[], at: number) => latin(chars[at - 1]) && latin(chars[at]);

const TEXTS = [...Object.values(COMMITMENTS_JA), ...Object.values(THEMES_JA)].flatMap((t) => [
  t.title,
  t.summary,
]);

describe('accord_ja_vector and japaneseSearchTerms', () => {
  it('find every 1–4 character piece of every seeded Japanese text in it', async () => {
    let checked = 0;
    for (const text of TEXTS) {
      const chars = [...text];
      // A deterministic spread of pieces: every 7th start, lengths 1 to 4.
      for (let start = 0; start < chars.length; start += 7) {
        for (let length = 1; length <= 4 && start + length <= chars.length; length++) {
          const end = start + length;
          // Latin words are matched whole: a piece that cuts one (G of G7) is not a search.
          if (cuts(chars, start) || cuts(chars, end)) continue;
          const piece = chars.slice(start, end).join('');
          if (japaneseSearchTerms(piece).tsquery === '') continue;
          expect(await matches(text, piece), `${piece} in ${text}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, 600_000);

  it('reads half-width katakana, full-width Latin and case as their plain forms', async () => {
    expect(await matches('ｽﾀｰﾄｱｯﾌﾟ拠点とＭＩＴ', 'スタートアップ mit')).toBe(true);
    expect(await matches('スタートアップ拠点とMIT', 'ｽﾀｰﾄ ＭＩＴ')).toBe(true);
  });

  it('needs the characters together and every part of the query', async () => {
    expect(await matches('半導体と人工知能', '導体')).toBe(true);
    expect(await matches('半導と体', '半導体')).toBe(false);
    expect(await matches('半導体と人工知能', '半導体 量子')).toBe(false);
    expect(await matches('AI半導体', 'ai 半導体')).toBe(true);
    // Latin words are whole words, not prefixes.
    expect(await matches('MITと組む', 'mi')).toBe(false);
  });

  it('indexes nothing for text without kana, kanji, letters or digits', async () => {
    const row = await firstRow(sql`select accord_ja_vector('・、。「」') = ''::tsvector as empty`);
    expect(row).toEqual({ empty: true });
  });

  it('indexes the seeded quotes said in Japanese, and no English quote', async () => {
    const rows = await handle.db.execute(
      sql`select text, search_vector_ja <> ''::tsvector as indexed from quotes`,
    );
    const quotes = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as {
      text: string;
      indexed: boolean;
    }[];
    const japanese = quotes.filter((q) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(q.text));
    expect(japanese.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.indexed, q.text).toBe(japanese.includes(q));
  });

  it("indexes each party's Japanese names", async () => {
    const { tsquery } = japaneseSearchTerms('米国');
    const row = await firstRow<{ slugs: string }>(
      sql`select string_agg(slug, ',' order by slug) as slugs from parties where search_vector_ja @@ ${tsquery}::tsquery`,
    );
    expect(row.slugs).toBe('us');
  });
});
