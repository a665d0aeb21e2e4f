import { afterAll, describe, expect, it } from 'vitest';
import { AppServer } from '../src/app-server';
import { freshPgliteTarget, prepareDatabase } from '../src/database';
import { commitmentDraft, mustSave, uniqueId } from '../src/editor-work';
import { signIn } from '../src/session';
import { dataOf, trpcQuery } from '../src/trpc';

// eslint-disable-next-line no-restricted-properties -- the scenario's own settings, from the runner
const env = process.env;
/**
 * How far ahead the publish is scheduled, in seconds. The test says two minutes
 * (ACCORD_SCHEDULE_LEAD_SECONDS=120); CI uses less, as long as the restart fits well inside it.
 */
const LEAD_SECONDS = Number(env.ACCORD_SCHEDULE_LEAD_SECONDS) || 45;
/** The scheduler's interval on these servers (a test-only shortening of the 15 s default). */
const INTERVAL_MS = 1000;
/** The promise: live within a minute of its time. */
const DEADLINE_MS = 60_000;
/** The ports this scenario's servers use (assigned to this scenario's author). */
const PORTS = [3321, 3322];

interface Sample {
  startedAt: number;
  status: number;
}

/** GETs `path` and notes when the request started and what it answered. */
async function sample(baseUrl: string, path: string): Promise<Sample> {
  const startedAt = Date.now();
  const res = await fetch(`${baseUrl}${path}`, {
    signal: AbortSignal.timeout(30_000),
    redirect: 'manual',
  });
  await res.arrayBuffer();
  return { startedAt, status: res.status };
}

describe('scheduled publishing across a restart', () => {
  const { target, remove } = freshPgliteTarget();
  const servers: AppServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
    remove();
  });

  it(
    'a commitment scheduled ahead stays hidden, survives a restart and appears on time, not before',
    async () => {
      const admin = prepareDatabase(target);
      const options = { env: { ACCORD_SCHEDULER_INTERVAL_MS: String(INTERVAL_MS) } };
      const first = await AppServer.start(target, PORTS[0], options);
      servers.push(first);
      const session = await signIn(first.baseUrl, admin);
      const slug = `scheduled-${uniqueId()}`;
      const created = await mustSave(session, 'editor.commitment.create', {
        data: commitmentDraft(slug, 1),
      });
      const submitted = await mustSave(session, 'editor.commitment.submit', {
        id: created.id,
        expectedVersion: created.version,
      });
      const publishAt = Date.now() + LEAD_SECONDS * 1000;
      await mustSave(session, 'editor.commitment.schedule', {
        id: created.id,
        expectedVersion: submitted.version,
        publishAt: new Date(publishAt).toISOString(),
        unpublishAt: null,
      });
      const page = `/commitments/${slug}`;
      const api = `/api/v1/commitments/${slug}`;
      // Hidden now, on the page and through the API (each read also warms the front cache).
      expect((await sample(first.baseUrl, page)).status).toBe(404);
      expect((await sample(first.baseUrl, api)).status).toBe(404);

      // The server goes down hard and a new one starts on the same data.
      await first.kill();
      const second = await AppServer.start(target, PORTS[1], options);
      servers.push(second);
      expect(Date.now(), 'the restart took longer than the lead time').toBeLessThan(publishAt);

      const samples: { path: string; sample: Sample }[] = [];
      const seen = new Map<string, number>();
      while (Date.now() < publishAt + DEADLINE_MS && seen.size < 2) {
        for (const path of [page, api]) {
          if (seen.has(path)) continue;
          const s = await sample(second.baseUrl, path);
          samples.push({ path, sample: s });
          if (s.status === 200) seen.set(path, s.startedAt);
          else expect(s.status, `${path} answered ${s.status}`).toBe(404);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      // Never early: every read that started before the time was a 404.
      const early = samples.filter(
        (s) => s.sample.status === 200 && s.sample.startedAt < publishAt,
      );
      expect(early).toEqual([]);
      expect(samples.some((s) => s.sample.startedAt < publishAt)).toBe(true);
      // On time: both the page and the API within the minute.
      for (const path of [page, api]) {
        expect(seen.get(path), `${path} never appeared:\n${second.logs()}`).toBeDefined();
        expect(seen.get(path)! - publishAt).toBeLessThan(DEADLINE_MS);
      }
      console.log(
        `scheduled publish: page after ${seen.get(page)! - publishAt} ms, API after ${seen.get(api)! - publishAt} ms (${samples.length} reads)`,
      );

      // Published once, in the scheduling admin's name, with its revision.
      const signedIn = await signIn(second.baseUrl, admin);
      const revisions = dataOf(
        'editor.revision.list',
        await trpcQuery(signedIn, 'editor.revision.list', {
          type: 'commitment',
          id: created.id,
        }),
      );
      expect(revisions.filter((r) => r.action === 'publish (scheduled)')).toEqual([
        expect.objectContaining({ actorName: 'Resilience Admin' }),
      ]);
    },
    (LEAD_SECONDS + 300) * 1000,
  );
});
