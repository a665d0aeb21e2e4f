import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { warmUp } from '@accord/assistant';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closedPort, startFakeApi, startServer, type TestServer } from '../testing/fake-api';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from './main';
import { MATCH_PROPOSALS_MAX, MATCHES_PER_PROPOSAL } from './propose';

const BIN = fileURLToPath(new URL('../../bin/accord.mjs', import.meta.url));
// Our own sentences, in the style of a readout.
const READOUT = `Leaders' meeting (summary)

The two leaders agreed to expand joint research on quantum sensors by the end of the year, the White House said.
Kishida and Yoon are considering a trilateral meeting with Biden, according to diplomatic sources.
It rained in the afternoon.
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-propose-'));
  // The in-process calls below load the model once: seconds on a busy machine.
  warmUp();
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Runs the real `accord` command in a child process, without blocking the test's loop. */
function accord(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function buffers() {
  let out = '';
  let err = '';
  return {
    context: {
      stdout: { write: (c: string) => (out += c) },
      stderr: { write: (c: string) => (err += c) },
      cwd: dir,
      // No waiting between retries: an unreachable site fails fast.
      retry: { retries: 0 },
    },
    out: () => out,
    err: () => err,
  };
}

describe('accord propose', () => {
  it('prints the JSON array of the contract, offline, with exact quote offsets', async () => {
    const path = await file('readout.txt', READOUT);
    const { code, stdout, stderr } = await accord([
      'propose',
      path,
      '--json',
      '--date',
      '2025-03-01',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const proposals = JSON.parse(stdout) as Record<string, unknown>[];
    expect(proposals).toHaveLength(2);
    for (const p of proposals) {
      for (const key of [
        'sentence',
        'title',
        'summary',
        'theme',
        'strength',
        'attribution',
        'parties',
        'target',
        'quotes',
      ]) {
        expect(p, key).toHaveProperty(key);
      }
      for (const q of p.quotes as { text: string; start: number; end: number }[]) {
        expect(READOUT.slice(q.start, q.end)).toBe(q.text);
      }
    }
    expect(proposals[0]).toMatchObject({
      strength: 'agreed',
      theme: 'chips',
      attribution: { kind: 'government_readout', who: 'the White House' },
      target: { text: 'by the end of the year', date: '2025-01-01' },
    });
    expect(proposals[1]).toMatchObject({
      strength: 'considering',
      attribution: { kind: 'diplomatic_sources' },
      parties: ['jp', 'kr', 'us'],
    });
  }, 60_000);

  it('says only English is supported, and exits 1, for Japanese text', async () => {
    const path = await file(
      'japanese.txt',
      '岸田首相とバイデン大統領は半導体分野での協力強化で合意した。',
    );
    const { code, stdout, stderr } = await accord(['propose', path, '--json']);
    expect(code).toBe(EXIT_FAILED);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^accord: Only English is supported/);
  }, 60_000);

  it('refuses a 1 MB file, naming the limit', async () => {
    const path = await file('huge.txt', 'Japan agreed to build a plant. '.repeat(34_000));
    const io = buffers();
    expect(await runCli(['propose', path, '--json'], io.context)).toBe(EXIT_FAILED);
    expect(io.err()).toContain('at most 60,000 characters');
    expect(io.out()).toBe('');
  });

  it('prints an empty array and says so plainly when nothing commits anyone', async () => {
    const path = await file('weather.txt', 'It rained in Hiroshima. The talks lasted an hour.');
    const io = buffers();
    expect(await runCli(['propose', 'weather.txt', '--json'], io.context)).toBe(EXIT_OK);
    expect(JSON.parse(io.out())).toEqual([]);
    expect(io.err()).toMatch(/nothing to propose/);
    expect(path).toContain(dir);
  });

  it('strips HTML before reading', async () => {
    await file('page.html', '<p>The leaders <b>pledged</b> to build a chip plant.</p>');
    const io = buffers();
    expect(await runCli(['propose', 'page.html', '--json'], io.context)).toBe(EXIT_OK);
    const [p] = JSON.parse(io.out()) as { sentence: string }[];
    expect(p?.sentence).toBe('The leaders pledged to build a chip plant.');
  });

  it('reports an empty file, a missing file and a missing argument', async () => {
    await file('empty.txt', '  \n');
    let io = buffers();
    expect(await runCli(['propose', 'empty.txt'], io.context)).toBe(EXIT_FAILED);
    expect(io.err()).toMatch(/The text is empty/);
    io = buffers();
    expect(await runCli(['propose', 'missing.txt'], io.context)).toBe(EXIT_FAILED);
    expect(io.err()).toBe('accord: cannot read missing.txt: no such file\n');
    io = buffers();
    expect(await runCli(['propose'], io.context)).toBe(EXIT_USAGE);
    expect(io.err()).toMatch(/needs a file/);
    io = buffers();
    expect(await runCli(['propose', 'x.txt', '--kind', 'rumour'], io.context)).toBe(EXIT_USAGE);
    expect(io.err()).toMatch(/invalid --kind "rumour"/);
  });
});

/** Published commitments of the test site, searched by any of their words as the API does. */
const SITE_COMMITMENTS = [
  { slug: 'quantum-sensors', title: 'Joint research on quantum sensors' },
  { slug: 'minerals-fund', title: 'A trilateral fund for critical minerals' },
  { slug: 'coast-guard', title: 'Coast guard training' },
];

describe('accord propose --match URL', () => {
  let site: TestServer | undefined;
  const asked: { q: string; limit: number }[] = [];
  beforeEach(async () => {
    asked.length = 0;
    site = await startFakeApi({
      'commitment.list': (input) => {
        const { q, limit } = input as { q: string; limit: number };
        asked.push({ q, limit });
        const words = q.split(' or ');
        const items = SITE_COMMITMENTS.filter((c) =>
          words.some((w) => c.title.toLowerCase().includes(w)),
        ).slice(0, limit);
        return { items, nextCursor: null };
      },
    });
  });
  afterEach(async () => {
    await site?.close();
    site = undefined;
  });

  it('lists, for each proposal, the published commitments it may restate, from the public search', async () => {
    const path = await file('readout.txt', READOUT);
    const io = buffers();
    expect(await runCli(['propose', path, '--json', '--match', site!.url], io.context)).toBe(
      EXIT_OK,
    );
    const proposals = JSON.parse(io.out()) as { matches: { slug: string; url: string }[] }[];
    expect(proposals.map((p) => p.matches.map((m) => m.slug))).toEqual([
      ['quantum-sensors'],
      ['minerals-fund'],
    ]);
    expect(proposals[0]!.matches[0]!.url).toBe(`${site!.url}/commitments/quantum-sensors`);
    // One bounded query per proposal: any of its words, within the search's 200 characters.
    expect(asked).toHaveLength(2);
    for (const { q, limit } of asked) {
      expect(limit).toBe(MATCHES_PER_PROPOSAL);
      expect(q.length).toBeLessThanOrEqual(200);
      expect(q).toMatch(/^[\p{L}\p{N}]+( or [\p{L}\p{N}]+)*$/u);
    }
    expect(asked[0]!.q).toContain('quantum or sensors');
    // Batched: fewer HTTP requests than queries is fine; never more.
    expect(site!.requests.length).toBeLessThanOrEqual(asked.length);
  });

  it('says so in the table, and "no published commitment" when none shares the words', async () => {
    const path = await file(
      'two.txt',
      'The leaders agreed to expand joint research on quantum sensors. Japan pledged to plant more olive trees.',
    );
    const io = buffers();
    expect(await runCli(['propose', path, '--match', site!.url], io.context)).toBe(EXIT_OK);
    expect(io.out()).toContain(
      `may restate: Joint research on quantum sensors (${site!.url}/commitments/quantum-sensors)`,
    );
    expect(io.out()).toContain('no published commitment shares its words');
  });

  it(`compares at most ${MATCH_PROPOSALS_MAX} proposals, and says the rest were not`, async () => {
    const text = Array.from(
      { length: MATCH_PROPOSALS_MAX + 5 },
      (_, i) => `Japan pledged to build chip plant number ${i + 1}.`,
    ).join(' ');
    const path = await file('many.txt', text);
    const io = buffers();
    expect(await runCli(['propose', path, '--json', '--match', site!.url], io.context)).toBe(
      EXIT_OK,
    );
    const proposals = JSON.parse(io.out()) as { matches: unknown }[];
    expect(proposals).toHaveLength(MATCH_PROPOSALS_MAX + 5);
    expect(asked).toHaveLength(MATCH_PROPOSALS_MAX);
    expect(proposals.slice(MATCH_PROPOSALS_MAX).every((p) => p.matches === null)).toBe(true);
    expect(io.err()).toContain(`Only the first ${MATCH_PROPOSALS_MAX} proposals were compared`);
  });

  it('fails with a clear message, and prints no proposals, when the site is unreachable or not Accord', async () => {
    const path = await file('readout.txt', READOUT);
    const down = await closedPort();
    let io = buffers();
    expect(await runCli(['propose', path, '--json', '--match', down], io.context)).toBe(
      EXIT_FAILED,
    );
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(
      new RegExp(`^accord: cannot compare with ${down}/?: Could not reach Accord at ${down}`),
    );

    const notAccord = await startServer((_req, res) => res.writeHead(404).end('no such page'));
    try {
      io = buffers();
      expect(await runCli(['propose', path, '--match', notAccord.url], io.context)).toBe(
        EXIT_FAILED,
      );
      expect(io.out()).toBe('');
      expect(io.err()).toMatch(/^accord: cannot compare with /);
      expect(io.err().split('\n')).toHaveLength(2);
    } finally {
      await notAccord.close();
    }
  });

  it('refuses an invalid URL before reading anything', async () => {
    for (const bad of ['not a url', 'ftp://example.org', 'file:///etc/passwd']) {
      const io = buffers();
      expect(await runCli(['propose', 'x.txt', '--match', bad], io.context)).toBe(EXIT_USAGE);
      expect(io.err()).toMatch(/^accord: invalid --match ".*": Expected an http/);
    }
    const io = buffers();
    expect(await runCli(['propose', 'x.txt', '--match'], io.context)).toBe(EXIT_USAGE);
  });
});
