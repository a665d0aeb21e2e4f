import { commitments, meetings, themes } from '@accord/db';
import { eq } from 'drizzle-orm';
import { HOSTILE_CSV_CELLS, parseCsv } from '@accord/domain/testing';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../testing/helpers';
import { CSV_COLUMNS, UTF8_BOM } from './exports';
import { serveCommitmentsExport } from './publish';

const db = useTestDb();

/** The server's CSV export as its rows, keyed by column name. */
async function exportedRows(): Promise<Record<string, string>[]> {
  const res = await serveCommitmentsExport(new Request('http://accord.test/x'), db.db, 'csv');
  const text = await res.text();
  // Read twice: by the tests' strict RFC 4180 reader and by a widely used parser.
  const rows = parseCsv(text);
  expect(rows[0]).toEqual(CSV_COLUMNS.map(([name]) => name));
  const parsed = parse<Record<string, string>>(text, { columns: true });
  expect(parsed.map((r) => CSV_COLUMNS.map(([name]) => r[name]))).toEqual(rows.slice(1));
  return parsed;
}

describe("the server's CSV export, with hostile text in every free-text column", () => {
  let rows: Record<string, string>[] = [];
  beforeAll(async () => {
    const [theme] = await db.db.select({ id: themes.id }).from(themes).limit(1);
    const [meeting] = await db.db.select({ id: meetings.id }).from(meetings).limit(1);
    await db.db.insert(commitments).values(
      HOSTILE_CSV_CELLS.map((c, i) => ({
        slug: `hostile-${i}`,
        meetingId: meeting!.id,
        themeId: theme!.id,
        title: c.value,
        summary: c.value,
        tags: [],
        targetDate: '2030-01-01',
        targetPrecision: 'year' as const,
        targetQualifier: 'by' as const,
        targetNote: c.value,
        strength: 'plans' as const,
        editorialState: 'published' as const,
        publishedAt: new Date(),
      })),
    );
    rows = await exportedRows();
  });

  it.each(HOSTILE_CSV_CELLS.map((c, i) => [c.name, c, i] as const))(
    '%s: each cell reads back as a spreadsheet must show it',
    (_name, { shown }, i) => {
      const row = rows.find((r) => r.slug === `hostile-${i}`);
      expect(row).toMatchObject({ title: shown, summary: shown, target_note: shown });
    },
  );
});

/** An export as the server sends it: its text and headers. */
async function exported(format: 'csv' | 'json', locale?: 'ja') {
  const res = await serveCommitmentsExport(new Request('http://accord.test/x'), db.db, format, {
    locale,
  });
  // Bytes, decoded keeping a byte order mark (Response.text() drops it, as browsers do).
  const bytes = new Uint8Array(await res.arrayBuffer());
  return {
    bytes,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    headers: res.headers,
  };
}

/** A row without the cells that differ by language. */
function untranslated(row: Record<string, string>): Record<string, string> {
  const differ = ['url', 'title', 'summary', 'title_translation', 'summary_translation'];
  return Object.fromEntries(Object.entries(row).filter(([k]) => !differ.includes(k)));
}

// /ja/exports/commitments.csv: the same columns in Japanese, for Excel on Japanese Windows.
describe('the CSV export in Japanese', () => {
  const STALE = 'strengthen-japan-us-alliance';
  let en: Awaited<ReturnType<typeof exported>>;
  let ja: Awaited<ReturnType<typeof exported>>;
  let jaRows: Record<string, string>[] = [];
  let json: {
    commitments: {
      slug: string;
      title: string;
      summary: string;
      translations: { ja?: Partial<Record<'title' | 'summary', { text: string; stale: boolean }>> };
    }[];
  };
  beforeAll(async () => {
    // The English title changes after it was translated: its translation is now older.
    await db.db
      .update(commitments)
      .set({ title: 'Strengthen the alliance (edited)' })
      .where(eq(commitments.slug, STALE));
    [en, ja] = [await exported('csv'), await exported('csv', 'ja')];
    json = JSON.parse((await exported('json')).text) as typeof json;
    expect(ja.text.startsWith(UTF8_BOM)).toBe(true);
    const body = ja.text.slice(UTF8_BOM.length);
    expect(parseCsv(body)[0]).toEqual(CSV_COLUMNS.map(([name]) => name));
    jaRows = parse<Record<string, string>>(body, { columns: true });
  });

  it('starts with a byte order mark, which only it has, and says its language in the file name', () => {
    expect([...ja.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(en.text.startsWith('slug,url,')).toBe(true);
    expect(ja.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(ja.headers.get('content-disposition')).toMatch(
      /^attachment; filename="accord-commitments-ja-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(en.headers.get('content-disposition')).toMatch(/filename="accord-commitments-\d/);
    expect(ja.headers.get('etag')).not.toBe(en.headers.get('etag'));
  });

  it('has the English rows, linked to the Japanese pages, with Japanese titles where translated', () => {
    const enRows = parse<Record<string, string>>(en.text, { columns: true });
    expect(jaRows.map((r) => r.slug)).toEqual(enRows.map((r) => r.slug));
    const translated = json.commitments.filter((c) => c.translations.ja?.title);
    expect(translated.length).toBeGreaterThan(5); // the seed's Japanese
    for (const [i, row] of jaRows.entries()) {
      const c = json.commitments[i]!;
      expect(row.url).toBe(`http://accord.test/ja/commitments/${c.slug}`);
      expect(enRows[i]!.url).toBe(`http://accord.test/commitments/${c.slug}`);
      expect(enRows[i]!.title_translation).toBe('');
      expect(enRows[i]!.summary_translation).toBe('');
      const t = c.translations.ja?.title;
      expect(row.title, c.slug).toBe(t ? t.text : enRows[i]!.title);
      expect(row.title_translation, c.slug).toBe(t ? (t.stale ? 'stale' : 'current') : 'missing');
      const u = c.translations.ja?.summary;
      expect(row.summary, c.slug).toBe(u ? u.text : enRows[i]!.summary);
      expect(row.summary_translation, c.slug).toBe(u ? (u.stale ? 'stale' : 'current') : 'missing');
      // Every other column is the English file's.
      expect(untranslated(row)).toEqual(untranslated(enRows[i]!));
    }
  });

  it('marks an older translation stale and shows English where there is none', () => {
    const stale = jaRows.find((r) => r.slug === STALE)!;
    expect(stale.title_translation).toBe('stale');
    expect(stale.title).not.toBe('Strengthen the alliance (edited)');
    expect(stale.summary_translation).toBe('current');
    const current = jaRows.find((r) => r.slug === 'semiconductor-and-ai-cooperation')!;
    expect(current.title_translation).toBe('current');
    expect(current.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const missing = jaRows.find((r) => r.slug === 'hostile-0')!;
    expect(missing).toMatchObject({ title_translation: 'missing', summary_translation: 'missing' });
    expect(missing.title).toBe(HOSTILE_CSV_CELLS[0]!.shown);
  });
});
