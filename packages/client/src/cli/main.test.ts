import type { RouterOutputs } from '@accord/api';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_COLUMN_NAMES, CSV_COLUMNS } from '@accord/domain';
import { HOSTILE_CSV_CELLS, parseCsv } from '@accord/domain/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedPort, startFakeApi, startServer, type TestServer } from '../testing/fake-api';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from './main';

type Detail = RouterOutputs['commitment']['bySlug'];

function detail(slug: string, overrides: Partial<Detail> = {}): Detail {
  return {
    slug,
    title: `Title of ${slug}`,
    summary: 'A summary, with "quotes" and a comma.',
    strength: 'considering',
    status: 'not_yet_rated',
    theme: { slug: 'chips', title: 'Chips, AI and emerging technology', translations: {} },
    meeting: {
      slug: 'hiroshima',
      title: 'Hiroshima meeting',
      startsOn: '2023-05-18',
      translations: {},
    },
    parties: [
      { slug: 'jp', name: 'Japan', shortName: 'Japan', role: 'committer', translations: {} },
    ],
    target: { date: '2028-01-01', precision: 'year', qualifier: 'not_before', note: null },
    overdue: false,
    tags: ['start-ups'],
    updatedAt: new Date('2024-01-02T03:04:05.000Z'),
    translations: {},
    quotes: [
      {
        id: 1,
        text: 'in 2028 at the earliest',
        form: 'reported',
        attribution: {
          kind: 'government_readout',
          who: 'the Japanese Foreign Ministry',
          party: 'jp',
          partyName: 'Japan',
          translations: {},
        },
        source: {
          slug: 'src',
          title: 'A source',
          publisher: 'A publisher',
          url: 'https://example.org/a',
          publishedOn: '2023-05-19',
          reliability: 'standard',
          language: 'en',
        },
      },
    ],
    history: [
      {
        id: 1,
        effectiveOn: '2023-05-18',
        status: 'not_yet_rated',
        note: 'Recorded.',
        translations: {},
        author: 'Accord editors',
        sources: [],
        party: null,
      },
    ],
    statusSince: null,
    lastReviewedOn: '2023-05-18',
    tracks: [],
    lineage: [],
    disputes: [],
    parent: null,
    subCommitments: [],
    reviewedOn: null,
    asOf: null,
    publishedAt: new Date('2023-05-18T00:00:00.000Z'),
    version: 1,
    ...overrides,
  };
}

const COMMITMENTS = ['a-one', 'b-two', 'c-three'].map((slug) => detail(slug));
const THEMES = [
  {
    slug: 'chips',
    title: 'Chips, AI and emerging technology',
    summary: 'Chips.',
    position: 1,
    commitmentCount: 3,
    statusCounts: {
      not_yet_rated: 2,
      in_progress: 1,
      partially_delivered: 0,
      delivered: 0,
      stalled: 0,
      abandoned: 0,
    },
  },
];

/** The inputs the fake API's commitment procedures were called with, in order. */
const seen: { procedure: string; input: unknown }[] = [];

/** A fake API over the three commitments, paging by index: cursor "c1.<base64 index>". */
function accordApi(commitments: Detail[] = COMMITMENTS) {
  return startFakeApi({
    'theme.list': () => ({ items: THEMES, nextCursor: null }),
    'meeting.list': () => ({ items: [], nextCursor: null }),
    'party.list': () => ({ items: [], nextCursor: null }),
    'source.list': () => ({ items: [], nextCursor: null }),
    'commitment.list': (input) => {
      seen.push({ procedure: 'commitment.list', input });
      const { cursor, limit = 20 } = (input ?? {}) as { cursor?: string | null; limit?: number };
      const start = cursor ? Number(atob(cursor.slice(3))) : 0;
      const items = commitments
        .slice(start, start + limit)
        .map(
          ({
            quotes: _q,
            history: _h,
            publishedAt: _p,
            version: _v,
            tracks: _t,
            lineage: _l,
            disputes: _d,
            parent: _pa,
            subCommitments: _s,
            reviewedOn: _r,
            asOf: _a,
            ...item
          }) => item,
        );
      const end = start + items.length;
      return {
        items,
        nextCursor: end < commitments.length ? `c1.${btoa(String(end)).replace(/=+$/, '')}` : null,
      };
    },
    'commitment.bySlug': (input) => {
      seen.push({ procedure: 'commitment.bySlug', input });
      const { slug } = input as { slug: string };
      return (
        commitments.find((c) => c.slug === slug) ?? {
          error: {
            message: `No commitment with slug "${slug}".`,
            code: 'NOT_FOUND',
            httpStatus: 404,
          },
        }
      );
    },
  });
}

function output() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

async function cli(argv: string[], url: string, cwd?: string, stderrIsTTY = false) {
  const stdout = output();
  const stderr = { ...output(), isTTY: stderrIsTTY };
  const code = await runCli([...argv, '--url', url], {
    stdout,
    stderr,
    cwd,
    retry: { baseDelayMs: 5 },
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The JSON of `value` as the API's plain-JSON form would be (Dates as ISO strings). */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('accord, against a fake API over real HTTP', () => {
  let api: TestServer;
  beforeEach(async () => {
    api = await accordApi();
  });
  afterEach(() => api.close());

  it('themes prints a table', async () => {
    const { code, stdout, stderr } = await cli(['themes'], api.url);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toMatch(/^SLUG +TITLE +COMMITMENTS +BY STATUS$/);
    expect(stdout).toContain('chips  Chips, AI and emerging technology');
    expect(stdout).toContain('2 not yet rated, 1 in progress');
  });

  it('themes --json prints the API data', async () => {
    const { code, stdout } = await cli(['themes', '--json'], api.url);
    expect(code).toBe(EXIT_OK);
    expect(JSON.parse(stdout)).toEqual(THEMES);
  });

  it('commitments prints one page and says how to get more', async () => {
    const { code, stdout, stderr } = await cli(['commitments', '--limit', '2'], api.url);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^SLUG +STATUS +THEME +TARGET +TITLE\n/);
    expect(stdout).toContain('a-one');
    expect(stdout).toContain('b-two');
    expect(stdout).not.toContain('c-three');
    expect(stdout).toContain('2028 at the earliest');
    expect(stderr).toBe('More: add --all for every page, or --cursor c1.Mg for the next one.\n');
  });

  it('commitments --all follows the cursors to the end', async () => {
    const { code, stdout, stderr } = await cli(
      ['commitments', '--all', '--limit', '1', '--json'],
      api.url,
    );
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    const page = JSON.parse(stdout) as { items: { slug: string }[]; nextCursor: null };
    expect(page.items.map((c) => c.slug)).toEqual(['a-one', 'b-two', 'c-three']);
    expect(page.nextCursor).toBeNull();
    expect(api.requests).toHaveLength(3);
  });

  it('commitment <slug> prints quotes and history', async () => {
    const { code, stdout } = await cli(['commitment', 'b-two'], api.url);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain('Title of b-two');
    expect(stdout).toContain('"in 2028 at the earliest"');
    expect(stdout).toContain('the Japanese Foreign Ministry (Government readout, reported)');
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Source: A source, A publisher, 19 May 2023 <https://example.org/a>',
    );
    expect(stdout).toMatch(/History \(1\)\n {2}18 May 2023 {2}Not yet rated, by Accord editors/);
  });

  it('--as-of passes the day to the list, the commitment and every read of an export', async () => {
    seen.length = 0;
    expect((await cli(['commitments', '--as-of', '2023-05-20'], api.url)).code).toBe(EXIT_OK);
    expect((await cli(['commitment', 'b-two', '--as-of', '2023-05-20'], api.url)).code).toBe(
      EXIT_OK,
    );
    const exported = await cli(['export', '--format', 'csv', '--as-of=2023-05-20'], api.url);
    expect(exported.code).toBe(EXIT_OK);
    expect(seen.length).toBeGreaterThan(3);
    for (const { procedure, input } of seen) {
      expect(input, procedure).toMatchObject({ asOf: '2023-05-20' });
    }
    const [header, row] = parseCsv(exported.stdout);
    expect(row![header!.indexOf('as_of')]).toBe('2023-05-20');
    expect(row![header!.indexOf('last_reviewed_on')]).toBe('2023-05-18');
  });

  it('--as-of refuses a future or malformed day before any request', async () => {
    for (const day of ['2999-01-01', '2023-5-20', 'yesterday']) {
      const { code, stderr } = await cli(['commitments', '--as-of', day], api.url);
      expect(code, day).toBe(EXIT_USAGE);
      expect(stderr, day).toMatch(new RegExp(`^accord: invalid --as-of "${day}"`));
    }
    expect((await cli(['themes', '--as-of', '2023-05-20'], api.url)).code).toBe(EXIT_USAGE);
    expect(api.requests).toHaveLength(0);
  });

  it('commitment <slug> prints its party tracks, lineage and disputes', async () => {
    const tracked = detail('tracked', {
      asOf: '2025-12-01',
      status: 'in_progress',
      statusSince: '2023-05-18',
      tracks: [
        {
          party: { slug: 'us', name: 'United States', shortName: 'US', translations: {} },
          status: 'stalled',
          statusSince: '2025-03-03',
        },
      ],
      lineage: [
        {
          relation: 'restated_in',
          meeting: {
            slug: 'camp-david',
            title: 'Camp David summit',
            startsOn: '2023-08-18',
            translations: {},
          },
          on: '2023-08-18',
          source: { ...COMMITMENTS[0]!.quotes[0]!.source, reliability: 'unreliable' },
          quote: null,
          note: null,
          translations: {},
        },
      ],
      disputes: [
        {
          topic: 'Whether a pause was asked for',
          raisedOn: '2025-11-20',
          note: 'We give both.',
          resolved: false,
          claims: [],
          translations: {},
        },
      ],
    });
    const server = await accordApi([tracked]);
    try {
      const { stdout } = await cli(['commitment', 'tracked'], server.url);
      expect(stdout).toMatch(/As of +the end of 1 December 2025/);
      expect(stdout).toContain('In progress, since 18 May 2023');
      expect(stdout).toContain('US: Stalled, since 3 March 2025');
      expect(stdout).toContain('Restated in: Camp David summit, 18 August 2023');
      expect(stdout).toContain('flagged unreliable');
      expect(stdout).toContain('Whether a pause was asked for (open, 20 November 2025)');
    } finally {
      await server.close();
    }
  });

  it('commitment <slug> --json prints the commitment with ISO dates', async () => {
    const { stdout } = await cli(['commitment', 'b-two', '--json'], api.url);
    const printed = JSON.parse(stdout) as { updatedAt: string };
    expect(printed).toEqual(asJson(COMMITMENTS[1]));
    expect(printed.updatedAt).toBe('2024-01-02T03:04:05.000Z');
  });

  it('an unknown slug exits 1 with one line on stderr and nothing on stdout', async () => {
    const { code, stdout, stderr } = await cli(['commitment', 'no-such-thing'], api.url);
    expect(code).toBe(EXIT_FAILED);
    expect(stdout).toBe('');
    expect(stderr).toBe('accord: No commitment with slug "no-such-thing".\n');
  });

  it('a bad flag exits 2 with one line, before any request', async () => {
    const { code, stdout, stderr } = await cli(['commitments', '--colour'], api.url);
    expect(code).toBe(EXIT_USAGE);
    expect(stdout).toBe('');
    expect(stderr).toBe('accord: unknown option --colour (see accord commitments --help)\n');
    expect(api.requests).toHaveLength(0);
  });

  it('an invalid value exits 2 with one line, before any request', async () => {
    const { code, stderr } = await cli(['commitments', '--status', 'done'], api.url);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^accord: invalid --status "done"/);
    expect(api.requests).toHaveLength(0);
  });

  it('--help prints help and exits 0 without a request', async () => {
    const { code, stdout } = await cli(['export', '--help'], api.url);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^Usage: accord export/);
    expect(api.requests).toHaveLength(0);
  });

  it("export --format csv, paged through the API, writes the columns and cells of the server's CSV", async () => {
    const { code, stdout } = await cli(['export', '--format', 'csv'], api.url);
    expect(code).toBe(EXIT_OK);
    expect(stdout.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(stdout);
    // The server's documented columns (/developers), not a second list of the CLI's own.
    expect(header).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(records).toHaveLength(COMMITMENTS.length);
    const row = Object.fromEntries(header!.map((name, j) => [name, records[0]![j]]));
    expect(row).toEqual({
      slug: 'a-one',
      url: `${api.url}/commitments/a-one`,
      title: 'Title of a-one',
      summary: 'A summary, with "quotes" and a comma.',
      theme: 'chips',
      meeting: 'hiroshima',
      meeting_date: '2023-05-18',
      strength: 'considering',
      status: 'not_yet_rated',
      status_since: '',
      overdue: 'false',
      target_date: '2028-01-01',
      target_precision: 'year',
      target_qualifier: 'not_before',
      target_note: '',
      parties: 'jp:committer',
      tags: 'start-ups',
      quote_count: '1',
      quotes:
        '"in 2028 at the earliest" — the Japanese Foreign Ministry [government_readout] (src)',
      sources: 'src',
      history: '2023-05-18 not_yet_rated',
      published_at: '2023-05-18T00:00:00.000Z',
      updated_at: '2024-01-02T03:04:05.000Z',
      last_reviewed_on: '2023-05-18',
      as_of: '',
      title_translation: '',
      summary_translation: '',
    });
  });

  it("a per-party update in the paged CSV names its party by slug, as the server's does", async () => {
    const perParty = detail('per-party');
    perParty.history.push({
      ...perParty.history[0]!,
      id: 2,
      effectiveOn: '2024-02-03',
      status: 'in_progress',
      party: { slug: 'jp', name: 'Japan', shortName: 'Japan', translations: {} },
    });
    const server = await accordApi([perParty]);
    try {
      const { code, stdout } = await cli(['export', '--format', 'csv'], server.url);
      expect(code).toBe(EXIT_OK);
      const [header, record] = parseCsv(stdout);
      expect(record![header!.indexOf('history')]).toBe(
        '2023-05-18 not_yet_rated\n2024-02-03 in_progress [jp]',
      );
    } finally {
      await server.close();
    }
  });

  it('export against an older server without the export file (404) pages through the API instead', async () => {
    const { code, stdout } = await cli(['export'], api.url);
    expect(code).toBe(EXIT_OK);
    expect(api.requests[0]!.url).toBe('/exports/commitments.json');
    expect(api.requests.slice(1).every((r) => r.url.startsWith('/api/trpc/'))).toBe(true);
    expect((JSON.parse(stdout) as { commitments: unknown[] }).commitments).toHaveLength(
      COMMITMENTS.length,
    );
  });

  it('export --format json writes the lists and every commitment in full', async () => {
    const { code, stdout } = await cli(['export'], api.url);
    expect(code).toBe(EXIT_OK);
    const data = JSON.parse(stdout) as Record<string, unknown>;
    expect(data).toMatchObject({ format: 'accord-export/1', source: api.url, themes: THEMES });
    expect(data.commitments).toEqual(asJson(COMMITMENTS));
  });

  it('export --out writes the file whole and leaves nothing else behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'accord-export-'));
    try {
      const { code, stdout, stderr } = await cli(['export', '--out', 'data.json'], api.url, dir);
      expect(code).toBe(EXIT_OK);
      expect(stdout).toBe('');
      expect(stderr).toBe('Exported 3 commitments as json to data.json\n');
      expect(await readdir(dir)).toEqual(['data.json']);
      const data = JSON.parse(await readFile(join(dir, 'data.json'), 'utf8')) as {
        commitments: unknown[];
      };
      expect(data.commitments).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('accord when things go wrong', () => {
  it('a server that is down exits 1 with one line naming it', async () => {
    const url = await closedPort();
    const { code, stdout, stderr } = await cli(['themes'], url);
    expect(code).toBe(EXIT_FAILED);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(`^accord: Could not reach Accord at ${url}: .*ECONNREFUSED.*\\n$`),
    );
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('export --out leaves no file, not even a partial one, when the export fails', async () => {
    // The list names a commitment whose detail then cannot be read.
    const api = await startFakeApi({
      'theme.list': () => ({ items: [], nextCursor: null }),
      'meeting.list': () => ({ items: [], nextCursor: null }),
      'party.list': () => ({ items: [], nextCursor: null }),
      'source.list': () => ({ items: [], nextCursor: null }),
      'commitment.list': () => ({
        items: [asJson({ ...COMMITMENTS[0], slug: 'vanished' })],
        nextCursor: null,
      }),
      'commitment.bySlug': () => ({
        error: {
          message: 'No commitment with slug "vanished".',
          code: 'NOT_FOUND',
          httpStatus: 404,
        },
      }),
    });
    const dir = await mkdtemp(join(tmpdir(), 'accord-export-'));
    try {
      const { code, stderr } = await cli(['export', '--out', 'data.json'], api.url, dir);
      expect(code).toBe(EXIT_FAILED);
      expect(stderr).toBe('accord: No commitment with slug "vanished".\n');
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await api.close();
    }
  });

  it('export of an empty dataset is still valid JSON', async () => {
    const api = await accordApi([]);
    try {
      const { code, stdout } = await cli(['export'], api.url);
      expect(code).toBe(EXIT_OK);
      expect((JSON.parse(stdout) as { commitments: unknown[] }).commitments).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

describe('accord export --format csv, with hostile text in the free-text fields', () => {
  const hostile = HOSTILE_CSV_CELLS.map((c, i) =>
    detail(`hostile-${i}`, { title: c.value, summary: c.value, tags: [c.value] }),
  );
  let api: TestServer;
  let rows: Record<string, string | undefined>[] = [];
  beforeEach(async () => {
    api = await accordApi(hostile);
    const { code, stdout } = await cli(['export', '--format', 'csv'], api.url);
    expect(code).toBe(EXIT_OK);
    const [header, ...records] = parseCsv(stdout);
    expect(header).toEqual(CSV_COLUMN_NAMES);
    rows = records.map((r) => Object.fromEntries(CSV_COLUMN_NAMES.map((name, j) => [name, r[j]])));
  });
  afterEach(async () => {
    await api.close();
  });

  it('writes every cell as a spreadsheet must show it, formulas defused', () => {
    expect(rows).toHaveLength(HOSTILE_CSV_CELLS.length);
    HOSTILE_CSV_CELLS.forEach(({ name, shown }, i) => {
      expect(rows[i], name).toMatchObject({
        slug: `hostile-${i}`,
        title: shown,
        summary: shown,
        tags: shown,
      });
    });
  });
});

describe('accord export, against a server with the export files', () => {
  const FILE = {
    json: '{"count":2,"commitments":[{"slug":"a"},{"slug":"b"}]}\n',
    csv: 'slug\r\na\r\nb\r\n',
  };
  let site: TestServer;
  beforeEach(async () => {
    site = await startServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const format = /^\/exports\/commitments\.(json|csv)$/.exec(url.pathname)?.[1] as
        'json' | 'csv' | undefined;
      if (!format) {
        res.writeHead(500).end();
        return;
      }
      const body = FILE[format];
      res.writeHead(200, { 'content-length': Buffer.byteLength(body) });
      // In two pieces, as a large file arrives.
      res.write(body.slice(0, 10));
      res.end(body.slice(10));
    });
  });
  afterEach(() => site.close());

  it('downloads /exports/commitments.json in one request and writes it as it is', async () => {
    const { code, stdout, stderr } = await cli(['export'], site.url);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toBe(FILE.json);
    expect(stderr).toBe('');
    expect(site.requests.map((r) => r.url)).toEqual(['/exports/commitments.json']);
  });

  it('asks for the CSV file, as of a day, and sends no token (the file is public and cacheable)', async () => {
    const stdout = output();
    const code = await runCli(
      ['export', '--format', 'csv', '--as-of', '2023-05-20', '--url', site.url, '--token', 'acc_x'],
      { stdout, stderr: output() },
    );
    expect(code).toBe(EXIT_OK);
    expect(stdout.text()).toBe(FILE.csv);
    expect(site.requests.map((r) => r.url)).toEqual(['/exports/commitments.csv?asOf=2023-05-20']);
    expect(site.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('prints progress on stderr only when it is a terminal', async () => {
    const quiet = await cli(['export'], site.url, undefined, false);
    expect(quiet.stderr).toBe('');
    const shown = await cli(['export'], site.url, undefined, true);
    expect(shown.stdout).toBe(FILE.json);
    expect(shown.stderr).toContain('Downloading 0.0 MB of 0.0 MB');
    expect(shown.stderr.endsWith('\n')).toBe(true);
  });

  it('--out says how much it wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'accord-export-'));
    try {
      const { code, stderr } = await cli(['export', '--out', 'data.json'], site.url, dir);
      expect(code).toBe(EXIT_OK);
      expect(await readFile(join(dir, 'data.json'), 'utf8')).toBe(FILE.json);
      expect(stderr).toBe('Exported 0.0 MB of commitments as json to data.json\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails with the server's message when the file answers an error other than 404", async () => {
    const failing = await startServer((_req, res) => {
      res
        .writeHead(503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'The service cannot reach its database.' } }));
    });
    try {
      const { code, stderr } = await cli(['export'], failing.url);
      expect(code).toBe(EXIT_FAILED);
      expect(stderr).toBe('accord: The export failed: The service cannot reach its database.\n');
    } finally {
      await failing.close();
    }
  });
});

describe('accord export --lang ja', () => {
  /** The Japanese CSV as the site sends it: a byte order mark, then Japanese text. */
  const JA_CSV = '\uFEFFslug,title\r\na,半導体\r\n';
  let site: TestServer;
  beforeEach(async () => {
    site = await startServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path !== '/ja/exports/commitments.csv') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      const body = Buffer.from(JA_CSV, 'utf8');
      res.writeHead(200, { 'content-length': body.byteLength });
      // Split inside the byte order mark and inside a Japanese character.
      res.write(body.subarray(0, 2));
      res.write(body.subarray(2, 19));
      res.end(body.subarray(19));
    });
  });
  afterEach(() => site.close());

  it('downloads the Japanese CSV and writes its bytes unchanged, byte order mark included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'accord-export-'));
    try {
      const { code } = await cli(
        ['export', '--format', 'csv', '--lang', 'ja', '--out', 'ja.csv', '--as-of', '2024-01-01'],
        site.url,
        dir,
      );
      expect(code).toBe(EXIT_OK);
      const written = await readFile(join(dir, 'ja.csv'));
      expect(written.equals(Buffer.from(JA_CSV, 'utf8'))).toBe(true);
      expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(site.requests.map((r) => r.url)).toEqual([
        '/ja/exports/commitments.csv?asOf=2024-01-01',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses Japanese JSON and other languages before any request', async () => {
    for (const argv of [
      ['export', '--lang', 'ja'],
      ['export', '--format', 'json', '--lang', 'ja'],
      ['export', '--format', 'csv', '--lang', 'fr'],
    ]) {
      const { code, stderr } = await cli(argv, site.url);
      expect(code, argv.join(' ')).toBe(EXIT_USAGE);
      expect(stderr.split('\n')[0]).toMatch(/lang/);
    }
    expect(site.requests).toEqual([]);
  });

  it('fails plainly against a server without the Japanese file, rather than page English rows', async () => {
    const older = await startServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    });
    try {
      const { code, stdout, stderr } = await cli(
        ['export', '--format', 'csv', '--lang', 'ja'],
        older.url,
      );
      expect(code).toBe(EXIT_FAILED);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^accord: This server has no Japanese export/);
      expect(older.requests.map((r) => r.url)).toEqual(['/ja/exports/commitments.csv']);
    } finally {
      await older.close();
    }
  });
});

describe('accord search', () => {
  let api: TestServer;
  const asked: unknown[] = [];
  beforeEach(async () => {
    asked.length = 0;
    api = await startFakeApi({
      'commitment.list': (input) => {
        asked.push(input);
        const { slug, title, summary, strength, status, theme, meeting, parties, target } =
          COMMITMENTS[1]!;
        const item = {
          ...{ slug, title, summary, strength, status, theme, meeting, parties, target },
          overdue: false,
          statusSince: null,
          lastReviewedOn: null,
          tags: [],
          updatedAt: new Date('2024-01-02T03:04:05.000Z'),
          search: {
            rank: 0.5,
            title: [
              { text: 'Title of ', match: false },
              { text: 'b-two', match: true },
            ],
            excerpt: [
              { text: 'we will ', match: false },
              { text: 'build', match: true },
              { text: ' \u001b[31mit', match: false },
            ],
            excerptFrom: 'quote',
          },
        };
        return { items: [item], nextCursor: 'c1.MjA' };
      },
    });
  });
  afterEach(() => api.close());

  it('sends the words as one q with the filters, and prints the matches best first', async () => {
    const { code, stdout, stderr } = await cli(
      ['search', 'micron', '"chip plant"', '--theme', 'chips', '--status', 'in_progress'],
      api.url,
    );
    expect(code).toBe(EXIT_OK);
    expect(asked).toEqual([
      { q: 'micron "chip plant"', theme: 'chips', status: 'in_progress', cursor: null, limit: 20 },
    ]);
    expect(stdout).toBe(
      'b-two  Not yet rated  chips\n  Title of b-two\n  Quote: we will build [31mit\n', // the escape character is gone,
    );
    expect(stderr).toBe('More: add --cursor c1.MjA for the next page.\n');
  });

  it('asks for the Japanese search with --lang ja, and refuses another language before any request', async () => {
    const { code } = await cli(['search', '半導体', '--lang', 'ja'], api.url);
    expect(code).toBe(EXIT_OK);
    expect(asked).toEqual([{ q: '半導体', lang: 'ja', cursor: null, limit: 20 }]);
    const refused = await cli(['search', 'chips', '--lang', 'fr'], api.url);
    expect(refused.code).toBe(EXIT_USAGE);
    expect(refused.stderr.split('\n')[0]).toMatch(/lang/);
    expect(asked).toHaveLength(1);
  });

  it('prints JSON with the highlight segments for scripts', async () => {
    const { code, stdout } = await cli(['search', 'build', '--json'], api.url);
    expect(code).toBe(EXIT_OK);
    const page = JSON.parse(stdout) as { items: { search: { excerptFrom: string } }[] };
    expect(page.items[0]?.search.excerptFrom).toBe('quote');
  });

  it('refuses no words, or too many characters, before any request', async () => {
    for (const argv of [['search'], ['search', '  '], ['search', 'x'.repeat(2000)]]) {
      const { code, stderr } = await cli(argv, api.url);
      expect(code, argv.join(' ')).toBe(EXIT_USAGE);
      expect(stderr.split('\n')[0]).toMatch(/search/);
    }
    expect(asked).toEqual([]);
  });
});
