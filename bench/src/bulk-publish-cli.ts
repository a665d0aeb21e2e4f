/**
 * Bulk publish against one-by-one publishing, in the same run on the same server: N records
 * published with one `editor.commitment.bulkMove` call, and N others with N `setState` calls,
 * each waiting for its answer as the admin's page does. Every publish answers only once the
 * pages that show the record are re-rendered (read-after-publish), so the cost is mostly
 * page renders; a bulk action renders each page once for all its records
 * (apps/web/src/edge/public-pages.ts, purgesFor).
 *
 *   pnpm --filter @accord/bench bench:bulk-publish                     # 1k, 2 × 20 records
 *   pnpm --filter @accord/bench bench:bulk-publish -- --size 1000 --count 50
 *
 * The records are the dataset's drafts, alternately given to either side; they are put back
 * to draft at the end, so the dataset stays as the other benchmarks expect it.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@accord/settings';
import { AppClient } from './app-client';
import { ensureBuild, startApp } from './app-server';
import { prepareDatabase, sizeLabel } from './database';
import { readBenchEnv } from './env';
import { freePort } from './processes';
import { type DraftRef, draftsOf } from './phase';

const MAX_BULK = 50;
const log = (line: string) => console.log(line);

function wholeNumber(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new Error(`--${name} must be a whole number from 1 to ${max}, not ${value}`);
  }
  return n;
}

interface BulkResult {
  outcomes: { id: number; ok: boolean; version?: number; message?: string }[];
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      size: { type: 'string', default: '1000' },
      count: { type: 'string', default: '20' },
    },
  });
  const size = wholeNumber('size', values.size, 10_000_000);
  const count = wholeNumber('count', values.count, MAX_BULK);
  const env = readBenchEnv();
  const repoRoot = findRepoRoot();
  const load = loadavg()[0]!.toFixed(1);
  await ensureBuild(repoRoot, log);
  const admin = {
    email: 'bench-admin@example.org',
    name: 'Bench Admin',
    password: randomBytes(18).toString('base64url'),
  };
  const db = await prepareDatabase({ repoRoot, size, databaseUrl: env.DATABASE_URL, admin, log });
  const app = await startApp({ repoRoot, port: await freePort(), dbEnv: db.env });
  const client = new AppClient(app.url, app.url);
  const touched: DraftRef[] = [];
  try {
    await client.signIn(admin.email, admin.password);
    const drafts = (await draftsOf(client)).slice(0, 2 * count + 1);
    if (drafts.length < 2 * count + 1) {
      throw new Error(
        `the ${sizeLabel(size)} dataset has ${drafts.length} drafts; --count ${count} needs ${2 * count + 1}`,
      );
    }
    touched.push(...drafts);
    const inReview = new Map<number, number>();
    for (const d of drafts) {
      const saved = await client.mutate<{ version: number }>('editor.commitment.submit', {
        id: d.id,
        expectedVersion: d.version,
      });
      inReview.set(d.id, saved.version);
    }
    const [warmUp, ...rest] = drafts;
    // A warm-up publish: the first re-render after the start reads cold pages and caches.
    await client.mutate('editor.commitment.setState', {
      id: warmUp!.id,
      expectedVersion: inReview.get(warmUp!.id),
      to: 'published',
    });
    const single = rest.filter((_, i) => i % 2 === 0);
    const bulk = rest.filter((_, i) => i % 2 === 1);

    let started = performance.now();
    for (const d of single) {
      await client.mutate('editor.commitment.setState', {
        id: d.id,
        expectedVersion: inReview.get(d.id),
        to: 'published',
      });
    }
    const singleMs = performance.now() - started;

    started = performance.now();
    const answer = await client.mutate<BulkResult>('editor.commitment.bulkMove', {
      to: 'published',
      items: bulk.map((d) => ({ id: d.id, expectedVersion: inReview.get(d.id) })),
    });
    const bulkMs = performance.now() - started;
    const refused = answer.outcomes.filter((o) => !o.ok);
    if (refused.length > 0) throw new Error(`bulk publish refused ${JSON.stringify(refused)}`);

    // Read-after-publish holds for both: every page answers with the record at once.
    for (const d of [...single, ...bulk]) {
      const res = await client.get(`/commitments/${d.slug}`);
      if (res.status !== 200) throw new Error(`/commitments/${d.slug} answered ${res.status}`);
    }

    const per = (ms: number) => Math.round(ms / count);
    log(
      `bulk publish on ${sizeLabel(size)} commitments, ${count} records each way (load ${load} at start)`,
    );
    log(`  one by one: ${Math.round(singleMs)} ms (${per(singleMs)} ms a record)`);
    log(`  one bulk call: ${Math.round(bulkMs)} ms (${per(bulkMs)} ms a record)`);
    log(`  bulk / one by one: ${(bulkMs / singleMs).toFixed(2)}`);
  } finally {
    // Back to draft, so the dataset keeps the drafts the other benchmarks publish.
    for (let i = 0; i < touched.length; i += MAX_BULK) {
      const items = [];
      for (const d of touched.slice(i, i + MAX_BULK)) {
        const record = await client.query<{ version: number; editorialState: string }>(
          'editor.commitment.get',
          { id: d.id },
        );
        if (record.editorialState !== 'draft')
          items.push({ id: d.id, expectedVersion: record.version });
      }
      if (items.length > 0)
        await client.mutate('editor.commitment.bulkMove', { to: 'draft', items });
    }
    await app.stop();
  }
}

await main();
