import { commitments, meetings, themes } from '@accord/db';
import { HOSTILE_CSV_CELLS, parseCsv } from '@accord/domain/testing';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../testing/helpers';
import { CSV_COLUMNS } from './exports';
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
