import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

interface ExportedCommitment {
  slug: string;
  url: string;
  title: string;
  summary: string;
  translations: { ja?: Partial<Record<'title' | 'summary', { text: string; stale: boolean }>> };
  status: string;
  parties: { slug: string; role: string }[];
  quotes: { text: string; attribution: { who: string; kind: string }; source: { slug: string } }[];
  history: { effectiveOn: string; status: string; party: string | null }[];
}

interface JsonExport {
  asOf: string;
  count: number;
  commitments: ExportedCommitment[];
}

/** The dated parts of the minerals commitment agreed in October 2025 (seed data). */
const SUB_COMMITMENTS = [
  'us-japan-minerals-investment-ministerial',
  'us-japan-minerals-project-financing',
];

/** The documented columns, in order (the /developers page lists the same). */
const COLUMNS = [
  'slug',
  'url',
  'title',
  'summary',
  'theme',
  'meeting',
  'meeting_date',
  'strength',
  'status',
  'status_since',
  'overdue',
  'target_date',
  'target_precision',
  'target_qualifier',
  'target_note',
  'parties',
  'tags',
  'quote_count',
  'quotes',
  'sources',
  'history',
  'published_at',
  'updated_at',
  'last_reviewed_on',
  'as_of',
  'title_translation',
  'summary_translation',
];

test('a data journalist downloads every published commitment as JSON, with its as-of time', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('/exports/commitments.json');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('application/json; charset=utf-8');
  const body = (await response.json()) as JsonExport;
  expect(headers['content-disposition']).toBe(
    `attachment; filename="accord-commitments-${body.asOf.slice(0, 10)}.json"`,
  );
  expect(headers['x-data-as-of']).toBe(body.asOf);
  expect(new Date(headers['last-modified']!).getTime()).toBe(
    Math.floor(Date.parse(body.asOf) / 1000) * 1000,
  );
  expect(body.count).toBe(16);
  expect(body.commitments).toHaveLength(16);
  for (const c of body.commitments) {
    expect(c.url).toBe(`${baseURL}/commitments/${c.slug}`);
    // The two sub-commitments of October 2025 have no quoted words yet; every other one has.
    if (!SUB_COMMITMENTS.includes(c.slug)) expect(c.quotes.length, c.slug).toBeGreaterThan(0);
    expect(c.parties.length, c.slug).toBeGreaterThan(0);
  }
  // The same record as the REST API's, plus the url.
  const one = body.commitments[0]!;
  const rest = (await (await request.get(`/api/v1/commitments/${one.slug}`)).json()) as {
    history: { effectiveOn: string; status: string }[];
    status: string;
    title: string;
  };
  expect(one.title).toBe(rest.title);
  expect(one.status).toBe(rest.status);
  expect(one.history.map((h) => h.status)).toEqual(rest.history.map((h) => h.status));
});

test('a data journalist opens the CSV export: one row per commitment, documented columns', async ({
  request,
}) => {
  const [csvResponse, jsonResponse] = await Promise.all([
    request.get('/exports/commitments.csv'),
    request.get('/exports/commitments.json'),
  ]);
  expect(csvResponse.status()).toBe(200);
  const headers = csvResponse.headers();
  expect(headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
  const json = (await jsonResponse.json()) as JsonExport;
  expect(headers['content-disposition']).toBe(
    `attachment; filename="accord-commitments-${json.asOf.slice(0, 10)}.csv"`,
  );
  expect(headers['x-data-as-of']).toBe(json.asOf);
  const text = await csvResponse.text();
  expect(text.split('\r\n')[0]).toBe(COLUMNS.join(','));
  const rows = parse<Record<string, string>>(text, { columns: true, strict: true } as never);
  expect(rows.map((r) => r.slug)).toEqual(json.commitments.map((c) => c.slug));
  for (const [i, row] of rows.entries()) {
    const c = json.commitments[i]!;
    expect(Object.keys(row)).toEqual(COLUMNS);
    expect(row.title).toBe(c.title);
    expect(row.status).toBe(c.status);
    expect(row.parties).toBe(c.parties.map((p) => `${p.slug}:${p.role}`).join('; '));
    expect(Number(row.quote_count)).toBe(c.quotes.length);
    // Quotes: one line each, joined with a line feed inside the cell.
    const lines = row.quotes === '' ? [] : row.quotes!.split('\n');
    expect(lines).toHaveLength(c.quotes.length);
    for (const [j, q] of c.quotes.entries()) {
      expect(lines[j]).toBe(
        `"${q.text}" — ${q.attribution.who} [${q.attribution.kind}] (${q.source.slug})`,
      );
    }
    // A per-party update names its party: "2025-03-03 stalled [us]".
    expect(row.history!.split('\n')).toEqual(
      c.history.map((h) => `${h.effectiveOn} ${h.status}${h.party ? ` [${h.party}]` : ''}`),
    );
    expect(['true', 'false']).toContain(row.overdue);
    // No cell a spreadsheet would run as a formula.
    for (const [column, value] of Object.entries(row)) {
      expect(value, `${c.slug}.${column}`).not.toMatch(/^[=+\-@]/);
    }
  }
});

test('the /developers page documents exactly the CSV columns the export has', async ({ page }) => {
  await page.goto('/developers');
  const table = page.getByRole('table', { name: 'Columns of commitments.csv' });
  const names = await table.getByRole('rowheader').allTextContents();
  expect(names).toEqual(COLUMNS);
});

test('an export is revalidated with If-None-Match and answers 304', async ({ request }) => {
  const first = await request.get('/exports/commitments.csv');
  const again = await request.get('/exports/commitments.csv', {
    headers: { 'If-None-Match': first.headers()['etag']! },
  });
  expect(again.status()).toBe(304);
  expect(again.headers()['x-data-as-of']).toBe(first.headers()['x-data-as-of']);
});

test('a reader in Japan opens the Japanese CSV in Excel: a byte order mark, Japanese titles, Japanese links', async ({
  request,
  baseURL,
}) => {
  const [csvResponse, jsonResponse] = await Promise.all([
    request.get('/ja/exports/commitments.csv'),
    request.get('/exports/commitments.json'),
  ]);
  expect(csvResponse.status()).toBe(200);
  const headers = csvResponse.headers();
  expect(headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
  expect(headers['content-disposition']).toMatch(
    /^attachment; filename="accord-commitments-ja-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  // Excel reads a CSV as UTF-8 only after these three bytes.
  const bytes = await csvResponse.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]).toBe(COLUMNS.join(','));
  const rows = parse<Record<string, string>>(text, { columns: true, strict: true } as never);
  const json = (await jsonResponse.json()) as JsonExport;
  expect(rows.map((r) => r.slug)).toEqual(json.commitments.map((c) => c.slug));
  let japanese = 0;
  for (const [i, row] of rows.entries()) {
    const c = json.commitments[i]!;
    expect(row.url).toBe(`${baseURL}/ja/commitments/${c.slug}`);
    const title = c.translations.ja?.title;
    if (title && !title.stale) {
      expect(row).toMatchObject({ title: title.text, title_translation: 'current' });
      japanese += 1;
    } else if (!title) {
      expect(row).toMatchObject({ title: c.title, title_translation: 'missing' });
    }
  }
  expect(japanese).toBeGreaterThan(0);
  // The page a row links to is in Japanese.
  const page = await request.get(rows[0]!.url!);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('<html lang="ja"');
});
