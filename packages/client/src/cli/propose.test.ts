import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { warmUp } from '@accord/assistant';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from './main';

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
