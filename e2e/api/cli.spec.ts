import { createAccordClient } from '@accord/client';
import { expect, test } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPortUrl, runAccord } from '../fixtures/cli';
import { BRIEFS } from '../fixtures/site';

// The `accord` command, run as a process against the built app. Each run starts Node and
// compiles the CLI with tsx: seconds on a busy machine, hence the longer timeout.
test.describe.configure({ timeout: 90_000 });

/** Plain JSON, as --json prints it (Dates as ISO strings). */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

test('a developer runs accord themes and reads a table of the briefs', async ({ baseURL }) => {
  const { code, stdout, stderr } = await runAccord(['themes', '--url', baseURL!]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const [header, ...rows] = stdout.trimEnd().split('\n');
  expect(header).toMatch(/^SLUG +TITLE +COMMITMENTS +BY STATUS$/);
  expect(rows).toHaveLength(BRIEFS.length);
  BRIEFS.forEach((brief, i) => {
    expect(rows[i]).toMatch(new RegExp(`^${brief.slug} +${brief.title} +${brief.commitments}  `));
  });
});

test('a script runs accord commitments --all --json and gets what the API returns', async ({
  baseURL,
}) => {
  const { code, stdout } = await runAccord([
    'commitments',
    '--theme',
    'chips',
    '--all',
    '--limit',
    '3',
    '--json',
    '--url',
    baseURL!,
  ]);
  expect(code).toBe(0);
  const printed = JSON.parse(stdout) as { items: { slug: string }[]; nextCursor: null };
  const api = await createAccordClient({ url: baseURL! }).commitment.list.query({
    theme: 'chips',
    limit: 100,
  });
  expect(printed).toEqual(asJson(api));
  expect(printed.items).toHaveLength(BRIEFS.find((b) => b.slug === 'chips')!.commitments);
});

test('a developer runs accord commitment <slug> and reads its quotes and history', async ({
  baseURL,
}) => {
  const { code, stdout } = await runAccord([
    'commitment',
    'tokyo-startup-hub-with-mit',
    '--url',
    baseURL!,
  ]);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^A start-up hub in Tokyo with MIT/);
  expect(stdout).toMatch(/^Target {4}April 2028 at the earliest$/m);
  expect(stdout).toContain('Quotes (3)');
  expect(stdout).toContain('"in 2028 at the earliest"');
  expect(stdout).toContain('the Japanese Foreign Ministry (Government readout, reported)');
  expect(stdout).toMatch(/^History \(5\)\n {2}18 May 2023 {2}Not yet rated/m);
});

test('a script runs accord commitment <slug> --json and gets what the API returns', async ({
  baseURL,
}) => {
  const slug = 'support-micron-hiroshima-plant';
  const { code, stdout } = await runAccord(['commitment', slug, '--json', '--url', baseURL!]);
  expect(code).toBe(0);
  const api = await createAccordClient({ url: baseURL! }).commitment.bySlug.query({ slug });
  expect(JSON.parse(stdout)).toEqual(asJson(api));
});

test('accord commitment with an unknown slug exits 1 with one line on stderr', async ({
  baseURL,
}) => {
  const { code, stdout, stderr } = await runAccord([
    'commitment',
    'no-such-thing',
    '--url',
    baseURL!,
  ]);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toBe('accord: No commitment with slug "no-such-thing".\n');
});

test('accord against a server that is down exits non-zero with one line on stderr', async () => {
  const url = await closedPortUrl();
  const { code, stdout, stderr } = await runAccord(['themes', '--url', url]);
  expect(code).not.toBe(0);
  expect(stdout).toBe('');
  expect(stderr).toMatch(new RegExp(`^accord: Could not reach Accord at ${url}: [^\\n]+\\n$`));
});

test('accord with a bad flag exits 2 with one line on stderr', async ({ baseURL }) => {
  const { code, stdout, stderr } = await runAccord(['commitments', '--colour', '--url', baseURL!]);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toBe('accord: unknown option --colour (see accord commitments --help)\n');
});

test('accord with an invalid value exits 2 with one line naming it', async ({ baseURL }) => {
  const { code, stderr } = await runAccord(['commitments', '--status', 'done', '--url', baseURL!]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/^accord: invalid --status "done": [^\n]+\n$/);
});

test("a developer exports the whole dataset as JSON and CSV files (and the Japanese CSV), each in one request for the site's export file", async ({
  baseURL,
  request,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'accord-e2e-export-'));
  try {
    const json = await runAccord(['export', '--out', 'accord.json', '--url', baseURL!], {
      cwd: dir,
    });
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toMatch(/^Exported \d+\.\d MB of commitments as json to accord\.json\n$/);
    const csv = await runAccord(
      ['export', '--format', 'csv', '--out', 'accord.csv', '--url', baseURL!],
      {
        cwd: dir,
      },
    );
    expect(csv.code, csv.stderr).toBe(0);
    const ja = await runAccord(
      ['export', '--format', 'csv', '--lang', 'ja', '--out', 'ja.csv', '--url', baseURL!],
      { cwd: dir },
    );
    expect(ja.code, ja.stderr).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['accord.csv', 'accord.json', 'ja.csv']);
    // The Japanese file byte for byte, its byte order mark included.
    const jaBytes = await readFile(join(dir, 'ja.csv'));
    expect(jaBytes.equals(await (await request.get('/ja/exports/commitments.csv')).body())).toBe(
      true,
    );
    expect([...jaBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const total = BRIEFS.reduce((sum, b) => sum + b.commitments, 0);
    const text = await readFile(join(dir, 'accord.json'), 'utf8');
    const data = JSON.parse(text) as { count: number; commitments: { slug: string }[] };
    expect(data.count).toBe(total);
    expect(data.commitments).toHaveLength(total);
    // Byte for byte the file the site serves.
    expect(text).toBe(await (await request.get('/exports/commitments.json')).text());
    const csvText = await readFile(join(dir, 'accord.csv'), 'utf8');
    expect(csvText).toBe(await (await request.get('/exports/commitments.csv')).text());
    expect(csvText.split('\r\n')[0]).toMatch(/^slug,url,title,/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
