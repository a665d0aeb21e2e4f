import { afterAll, describe, expect, it } from 'vitest';
import { AppServer, type Target } from '../src/app-server';
import { config, postgresAvailable } from '../src/config';
import { freshPgliteTarget, openTarget, prepareDatabase } from '../src/database';
import {
  type Ack,
  commitmentDraft,
  editorLoop,
  mustSave,
  SaveLog,
  SEED,
  uniqueId,
} from '../src/editor-work';
import { checkIntegrity } from '../src/integrity';
import { PostgresServer } from '../src/postgres-server';
import { signIn } from '../src/session';
import { type TrpcTarget } from '../src/trpc';

/** Editors saving drafts at once, besides the one who publishes. */
const EDITORS = 2;
/**
 * How soon after the publish response a reader's request must see the new text: the first
 * request sent after it (the next poll goes out 50 ms later at the earliest). The pages a
 * change shows on are re-rendered before the save answers.
 */
const VISIBLE_WITHIN_MS = 50;
/** How long to keep looking before calling a publish invisible. */
const GIVE_UP_MS = 15_000;

/** What readers read: a brief, a commitment page, and the public API (REST and tRPC). */
const READS = [
  SEED.briefPage,
  SEED.commitmentPage,
  '/api/v1/commitments?theme=chips',
  `/api/trpc/commitment.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 20 } }))}`,
];

interface ReaderStats {
  requests: number;
  /** Answers other than 200/304, by status. */
  badStatuses: Record<string, number>;
  networkErrors: string[];
  latencies: number[];
}

async function reader(baseUrl: string, stats: ReaderStats, until: number, offset: number) {
  for (let i = offset; Date.now() < until; i++) {
    const path = READS[i % READS.length]!;
    const started = Date.now();
    try {
      const res = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      stats.latencies.push(Date.now() - started);
      if (res.status !== 200 && res.status !== 304) {
        const key = `${res.status} ${path}`;
        stats.badStatuses[key] = (stats.badStatuses[key] ?? 0) + 1;
      }
    } catch (error) {
      stats.networkErrors.push(`${path}: ${String(error)}`);
    }
    stats.requests++;
  }
}

interface Visibility {
  slug: string;
  what: 'publish' | 'edit';
  /** When, after the save's response, the first request that saw the change was sent. */
  sentAfterMs: number | null;
  /** When its answer arrived (includes rendering the page on a busy machine). */
  answeredAfterMs: number | null;
}

/**
 * Polls a public page until it shows `text`. Like the e2e workflow spec, what counts is when
 * the request that saw it was sent: a stale cached page would make later requests see it.
 */
async function visibility(
  url: string,
  text: string,
  since: number,
): Promise<Pick<Visibility, 'sentAfterMs' | 'answeredAfterMs'>> {
  while (Date.now() - since < GIVE_UP_MS) {
    const sentAfterMs = Date.now() - since;
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const body = await res.text();
    if (res.status === 200 && body.includes(text)) {
      return { sentAfterMs, answeredAfterMs: Date.now() - since };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { sentAfterMs: null, answeredAfterMs: null };
}

/**
 * The admin publishes commitments and edits published ones, one after another, and checks
 * that readers see each change: the page shows the new title soon after the response.
 */
async function publisher(session: TrpcTarget, log: SaveLog, prefix: string, until: number) {
  const seen: Visibility[] = [];
  const ack = (a: Ack) => log.acks.push(a);
  while (Date.now() < until) {
    const slug = `${prefix}-${uniqueId()}`;
    const draft = commitmentDraft(slug, 0);
    const content = {
      title: draft.title,
      summary: draft.summary,
      quotes: draft.quotes,
      history: [],
    };
    const created = await mustSave(session, 'editor.commitment.create', { data: draft });
    ack({ id: created.id, slug, version: created.version, op: 'create', content });
    const submitted = await mustSave(session, 'editor.commitment.submit', {
      id: created.id,
      expectedVersion: created.version,
    });
    const published = await mustSave(session, 'editor.commitment.setState', {
      id: created.id,
      expectedVersion: submitted.version,
      to: 'published',
    });
    const publishedAt = Date.now();
    ack({ id: created.id, slug, version: published.version, op: 'update', content });
    const page = `${session.baseUrl}/commitments/${slug}`;
    seen.push({ slug, what: 'publish', ...(await visibility(page, draft.title, publishedAt)) });

    // An edit of what readers already see: the cached page must not keep the old text.
    const edited = commitmentDraft(slug, 1);
    const saved = await mustSave(session, 'editor.commitment.update', {
      id: created.id,
      expectedVersion: published.version,
      data: edited,
    });
    const editedAt = Date.now();
    ack({
      id: created.id,
      slug,
      version: saved.version,
      op: 'update',
      content: { title: edited.title, summary: edited.summary, quotes: edited.quotes, history: [] },
    });
    seen.push({ slug, what: 'edit', ...(await visibility(page, edited.title, editedAt)) });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return seen;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * One minute of readers, editors and a publisher against `target`, then the checks: no reader
 * errors, no lost or half-written saves, every publish and edit seen by the first reader after.
 */
async function underLoad(target: Target, engine: string): Promise<void> {
  let server: AppServer | undefined;
  try {
    const admin = prepareDatabase(target);
    server = await AppServer.start(target);
    const session = await signIn(server.baseUrl, admin);
    const run = uniqueId();
    const editorsPrefix = `load-edit-${run}`;
    const publisherPrefix = `load-pub-${run}`;
    const edits = new SaveLog();
    const publishes = new SaveLog();
    const stats: ReaderStats = { requests: 0, badStatuses: {}, networkErrors: [], latencies: [] };

    const started = Date.now();
    const until = started + config.loadSeconds * 1000;
    const [published] = await Promise.all([
      publisher(session, publishes, publisherPrefix, until),
      ...Array.from({ length: EDITORS }, () =>
        editorLoop(session, edits, { prefix: editorsPrefix, stop: () => Date.now() >= until }),
      ),
      ...Array.from({ length: config.loadReaders }, (_, i) =>
        reader(server!.baseUrl, stats, until, i),
      ),
    ]);
    const seconds = (Date.now() - started) / 1000;
    const sorted = [...stats.latencies].sort((a, b) => a - b);
    const result = {
      seconds: Math.round(seconds),
      readers: config.loadReaders,
      readerRequests: stats.requests,
      readsPerSecond: Math.round(stats.requests / seconds),
      readerLatencyMs: {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        max: sorted.at(-1) ?? 0,
      },
      badStatuses: stats.badStatuses,
      networkErrors: stats.networkErrors.length,
      savesAcknowledged: edits.acks.length + publishes.acks.length,
      savesUnacknowledged: edits.unacknowledged.length + publishes.unacknowledged.length,
      publishesAndEdits: published.length,
      visibleSentAfterMs: published.map((v) => v.sentAfterMs),
      visibleAnsweredAfterMs: published.map((v) => v.answeredAfterMs),
    };
    console.log(`RESULT load ${engine} ${JSON.stringify(result)}`);

    expect(stats.networkErrors.slice(0, 5), 'readers got no answer').toEqual([]);
    expect(stats.badStatuses, 'readers got an answer other than 200/304').toEqual({});
    expect(stats.requests).toBeGreaterThan(config.loadSeconds * 5);
    expect(edits.refusals, 'editors were refused').toEqual([]);
    expect(edits.unacknowledged).toEqual([]);
    expect(edits.acks.length).toBeGreaterThan(config.loadSeconds / 5);
    expect(published.length).toBeGreaterThanOrEqual(2);
    for (const v of published) {
      expect(v.sentAfterMs, `${v.what} of ${v.slug} visible to readers`).not.toBeNull();
      expect(
        v.sentAfterMs!,
        `${v.what} of ${v.slug}: seen by a request sent within ${VISIBLE_WITHIN_MS} ms`,
      ).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);
    }

    await server.stop();
    const handle = await openTarget(target);
    try {
      for (const [prefix, log] of [
        [editorsPrefix, edits],
        [publisherPrefix, publishes],
      ] as const) {
        const report = await checkIntegrity(handle.db, prefix, log);
        expect(report.lost, `${prefix}: acknowledged saves missing or changed`).toEqual([]);
        expect(report.inconsistent, `${prefix}: half-written records`).toEqual([]);
        expect(report.orphans).toEqual([]);
        expect(report.records).toBe(log.lastAcks().size);
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- server output ---\n${server?.logs() ?? ''}`, {
      cause: error,
    });
  } finally {
    await server?.stop();
  }
}

describe('readers at full speed while editors save and publish', () => {
  it(`on the embedded database for ${config.loadSeconds} s: no errors, no lost saves, every publish visible`, async () => {
    const { target, remove } = freshPgliteTarget();
    try {
      await underLoad(target, 'pglite');
    } finally {
      remove();
    }
  });

  describe.skipIf(!postgresAvailable() && !config.isCI)('on PostgreSQL 15', () => {
    let pg: PostgresServer | undefined;
    afterAll(() => pg?.remove());

    it(`for ${config.loadSeconds} s: no errors, no lost saves, every publish visible`, async () => {
      pg = await PostgresServer.start();
      await underLoad(
        { kind: 'postgres', url: await pg.createDatabase('accord_load') },
        'postgres',
      );
    });
  });
});
