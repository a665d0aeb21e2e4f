import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppServer } from '../src/app-server';
import { config, postgresAvailable } from '../src/config';
import { type AdminAccount, prepareDatabase } from '../src/database';
import { commitmentDraft, mustSave, SEED, uniqueId } from '../src/editor-work';
import { PostgresServer } from '../src/postgres-server';
import { signIn } from '../src/session';
import { dataOf, type TrpcAnswer, trpcMutation, trpcQuery, type TrpcTarget } from '../src/trpc';

/** How fast a request must be answered while the database is down. */
const FAST_MS = 1000;
/** How long the app may take to notice the database is back. */
const RECOVERY_MS = 30_000;

interface Timed {
  status: number;
  ms: number;
  text: string;
  headers: Headers;
}

async function timedGet(url: string, init: RequestInit = {}): Promise<Timed> {
  const started = Date.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  const text = await res.text();
  return { status: res.status, ms: Date.now() - started, text, headers: res.headers };
}

/** What a request answered, for a failure message: which one, its status and its error. */
function said(what: string, answer: Timed | TrpcAnswer<unknown>): string {
  const body = 'text' in answer ? answer.text.slice(0, 300) : JSON.stringify(answer.error);
  return `${what} answered ${answer.status} after ${answer.ms} ms: ${body}`;
}

/**
 * What only a server that is stopping says. After a restart a request that fails with it got
 * an error the stopped server sent to a pooled connection (postgres.js replayed it before
 * patches/postgres@3.4.9.patch).
 */
const STOPPED_SERVER_ERROR =
  /terminating connection due to administrator command|the database system is shutting down/;

/**
 * A call made as a documented client makes it: a 503 (with Retry-After) means the database
 * cannot be reached yet, so the call is made again after a short pause, until RECOVERY_MS
 * after `since`; any other answer is final. Each 503 it got is noted in `retried`.
 */
async function served<T extends Timed | TrpcAnswer<unknown>>(
  what: string,
  call: () => Promise<T>,
  since: number,
  retried: string[],
): Promise<T> {
  for (;;) {
    const answer = await call();
    if (answer.status !== 503 || Date.now() - since >= RECOVERY_MS) return answer;
    retried.push(`${what}: 503 after ${answer.ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Sends `request` over and over from `workers` loops until `until` settles, then returns
 * every status they got, and rethrows if `until` failed.
 */
async function trafficUntil(
  until: Promise<void>,
  request: () => Promise<number>,
  workers = 3,
): Promise<number[]> {
  let done = false;
  const settled = until.then(
    () => (done = true),
    (error: unknown) => {
      done = true;
      throw error;
    },
  );
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!done) statuses.push(await request());
    }),
  );
  await settled;
  return statuses;
}

/** The id of the commitment a public page shows, through the editors' list. */
let idOf: (page: string) => Promise<number>;

/** Public pages readers had already seen before the outage. */
const PAGES = ['/', SEED.briefPage, SEED.commitmentPage, '/methodology'];

describe.skipIf(!postgresAvailable() && !config.isCI)(
  'PostgreSQL stops while the app runs, then starts again',
  () => {
    let pg: PostgresServer;
    let server: AppServer;
    let admin: AdminAccount;
    let editor: TrpcTarget;
    const before = new Map<string, string>();
    const latencies: Record<string, number> = {};
    /** Statuses of the visits to a page a publish expired just before an outage. */
    const expiredVisits: number[] = [];
    /** Statuses of the editors' reads while PostgreSQL was stopping. */
    let stopTraffic: number[] = [];
    /** 503s answered after readiness said 200 again, each asked again (see `served`). */
    const retriedAfterReady: string[] = [];

    /** A page a publish expired just before the outage (see the last-but-one test). */
    let expiredPage = '';
    let expiredTitle = '';

    beforeAll(async () => {
      pg = await PostgresServer.start();
      const url = await pg.createDatabase('accord_outage');
      admin = prepareDatabase({ kind: 'postgres', url });
      server = await AppServer.start({ kind: 'postgres', url });
      editor = await signIn(server.baseUrl, admin);
      idOf = async (page) => {
        const slug = page.split('/').pop()!;
        const list = await trpcQuery(editor, 'editor.commitment.list', { q: slug });
        const found = list.data?.items.find((c) => c.slug === slug);
        if (!found) throw new Error(`no commitment ${slug}: ${JSON.stringify(list.error)}`);
        return found.id;
      };
      // A commitment published before the outage; then readers visit every page, so each is
      // rendered and cached with the database up.
      const slug = `outage-${uniqueId()}`;
      const draft = commitmentDraft(slug, 0);
      const created = await mustSave(editor, 'editor.commitment.create', { data: draft });
      await mustSave(editor, 'editor.commitment.submit', { id: created.id, expectedVersion: 1 });
      await mustSave(editor, 'editor.commitment.setState', {
        id: created.id,
        expectedVersion: 2,
        to: 'published',
      });
      expiredPage = `/commitments/${slug}`;
      expiredTitle = draft.title;
      for (const page of [...PAGES, expiredPage]) {
        const res = await timedGet(`${server.baseUrl}${page}`);
        expect(res.status, said(page, res)).toBe(200);
        before.set(page, res.text);
      }
      // Editors keep reading while PostgreSQL stops, so that queries are running when their
      // sessions are ended, as in an outage under traffic: each such pooled connection once
      // failed its first query after the restart with the stopped server's 57P01.
      stopTraffic = await trafficUntil(
        pg.stopAsync(),
        async () => (await trpcQuery(editor, 'editor.commitment.list', {})).status,
      );
      expect(
        stopTraffic.filter((status) => status !== 200 && status !== 503),
        `statuses while PostgreSQL stopped: ${JSON.stringify(stopTraffic)}`,
      ).toEqual([]);
    });

    afterAll(async () => {
      console.log(`RESULT outage latencies-ms ${JSON.stringify(latencies)}`);
      console.log(`RESULT outage expired-page-visits ${JSON.stringify(expiredVisits)}`);
      console.log(`RESULT outage stop-traffic ${JSON.stringify(stopTraffic)}`);
      console.log(`RESULT outage retried-after-ready ${JSON.stringify(retriedAfterReady)}`);
      await server?.stop();
      pg?.remove();
    });

    it('liveness still answers 200 and readiness answers 503 within a second', async () => {
      const live = await timedGet(`${server.baseUrl}/api/health/live`);
      expect(live.status, said('liveness', live)).toBe(200);
      const ready = await timedGet(`${server.baseUrl}/api/health/ready`);
      latencies.ready = ready.ms;
      expect(ready.status, said('readiness', ready)).toBe(503);
      expect(JSON.parse(ready.text)).toMatchObject({ status: 'unavailable' });
      expect(ready.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
      expect(ready.headers.get('cache-control')).toContain('no-store');
      expect(ready.ms).toBeLessThan(FAST_MS + 500);
    });

    it('pages readers already saw keep serving their last good version with 200', async () => {
      for (const page of PAGES) {
        const title = /<h1[^>]*>(.*?)<\/h1>/s.exec(before.get(page)!)?.[1];
        expect(title, `${page} has a heading`).toBeTruthy();
        for (let visit = 1; visit <= 2; visit++) {
          const res = await timedGet(`${server.baseUrl}${page}`);
          expect(res.status, said(`${page} visit ${visit}`, res)).toBe(200);
          expect(res.text, `${page} visit ${visit} shows its heading`).toContain(title);
        }
      }
    });

    it('a public tRPC query answers 503 SERVICE_UNAVAILABLE quickly', async () => {
      const answer = await trpcQuery({ baseUrl: server.baseUrl }, 'commitment.list', { limit: 5 });
      latencies.trpcQuery = answer.ms;
      expect(answer.status, said('commitment.list', answer)).toBe(503);
      expect(answer.error?.code).toBe('SERVICE_UNAVAILABLE');
      expect(answer.error?.message).toMatch(/cannot reach its database/);
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(answer.ms).toBeLessThan(FAST_MS);
    });

    it('a REST read answers 503 in the documented error shape with Retry-After, quickly', async () => {
      const res = await timedGet(`${server.baseUrl}/api/v1/commitments?theme=chips`);
      latencies.rest = res.ms;
      expect(res.status, said('GET /api/v1/commitments', res)).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(JSON.parse(res.text)).toMatchObject({
        error: { code: 'SERVICE_UNAVAILABLE', status: 503, fieldErrors: null },
      });
      expect(res.ms).toBeLessThan(FAST_MS);
    });

    it('a feed answers 503, not 500', async () => {
      const res = await timedGet(`${server.baseUrl}/feeds/changes.json`);
      latencies.feed = res.ms;
      expect(res.status, said('GET /feeds/changes.json', res)).toBe(503);
      expect(res.ms).toBeLessThan(FAST_MS);
    });

    it("a signed-in editor's read and save answer 503 (the session lookup fails), not 500", async () => {
      const read = await trpcQuery(editor, 'editor.commitment.list', {});
      latencies.editorRead = read.ms;
      expect(read.status, said('editor.commitment.list', read)).toBe(503);
      expect(read.error?.code).toBe('SERVICE_UNAVAILABLE');
      expect(read.ms).toBeLessThan(FAST_MS);
      const save = await trpcMutation(editor, 'editor.commitment.create', {
        data: commitmentDraft(`outage-${uniqueId()}`, 0),
      });
      latencies.editorSave = save.ms;
      expect(save.status, said('editor.commitment.create', save)).toBe(503);
      expect(save.error?.code).toBe('SERVICE_UNAVAILABLE');
      expect(save.ms).toBeLessThan(FAST_MS);
    });

    it('recovers by itself when the database is back: ready, reads and saves answer 200', async () => {
      const restartMark = server.logMark;
      pg.restart();
      const started = Date.now();
      let ready: Timed | undefined;
      while (Date.now() - started < RECOVERY_MS) {
        ready = await timedGet(`${server.baseUrl}/api/health/ready`);
        if (ready.status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      latencies.recovery = Date.now() - started;
      expect(ready?.status, ready ? said('readiness', ready) : 'readiness never answered').toBe(
        200,
      );
      expect(JSON.parse(ready!.text)).toEqual({ status: 'ready' });

      // From here on the calls are made as a documented client makes them: a 503 is asked
      // again within RECOVERY_MS. The 503s after readiness that every run recorded here
      // (CONNECT_TIMEOUT after 2 s) were a driver bug, fixed in patches/postgres@3.4.9.patch
      // and tested in pool-restart.test.ts; `retried-after-ready` in the output should now
      // be empty. What must hold is that each call is served, and that none failed with the
      // stopped server's error (checked at the end).
      const ask = <T extends Timed | TrpcAnswer<unknown>>(what: string, call: () => Promise<T>) =>
        served(what, call, started, retriedAfterReady);

      // A burst of editors' reads (uncached, each with its session lookup) opens most of the
      // pool's connections, so a connection left over from before the stop is met here.
      const burst = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          ask(`editor.commitment.list #${i + 1} of a burst`, () =>
            trpcQuery(editor, 'editor.commitment.list', {}),
          ),
        ),
      );
      for (const [i, answer] of burst.entries()) {
        expect(
          answer.status,
          `${said(`editor.commitment.list #${i + 1} of a burst`, answer)}\n${server.logs(40)}`,
        ).toBe(200);
      }
      const list = await ask('commitment.list', () =>
        trpcQuery({ baseUrl: server.baseUrl }, 'commitment.list', {
          limit: 100,
        }),
      );
      expect(list.status, said('commitment.list', list)).toBe(200);
      // The seeded ones and the one published above.
      expect(list.data?.items.length).toBe(SEED.publishedCommitments + 1);
      const rest = await ask('GET /api/v1/themes', () =>
        timedGet(`${server.baseUrl}/api/v1/themes`),
      );
      expect(rest.status, said('GET /api/v1/themes', rest)).toBe(200);
      // The session from before the outage still works; the save is stored.
      const slug = `after-outage-${uniqueId()}`;
      const saved = await ask('editor.commitment.create', () =>
        trpcMutation(editor, 'editor.commitment.create', {
          data: commitmentDraft(slug, 0),
        }),
      );
      expect(saved.status, said('editor.commitment.create', saved)).toBe(200);
      const read = await ask('editor.commitment.get', () =>
        trpcQuery(editor, 'editor.commitment.get', {
          id: saved.data!.id,
        }),
      );
      expect(read.status, said('editor.commitment.get', read)).toBe(200);
      expect(read.data?.data.slug).toBe(slug);
      for (const page of PAGES) {
        const res = await ask(page, () => timedGet(`${server.baseUrl}${page}`));
        expect(res.status, said(page, res)).toBe(200);
      }

      const replayed = server.logsSince(restartMark).filter((l) => STOPPED_SERVER_ERROR.test(l));
      expect(
        replayed,
        `after the restart, requests failed with the stopped server's error (a pooled ` +
          `connection kept it): ${JSON.stringify(retriedAfterReady)}`,
      ).toEqual([]);
    });

    /** The title the last test renamed the expired page's commitment to. */
    let renamedTitle = '';

    // A publish must not leave a page without a good copy: the pages that show the change are
    // re-rendered in place before the write answers, every other page is only marked stale
    // (docs/reliability.md, "Faults"). Before, a publish expired every page, and one nobody
    // visited before an outage answered 500 until the database was back.
    it('a page a publish changed just before an outage serves the change (and other pages their last copy)', async () => {
      const id = await idOf(expiredPage);
      const data = dataOf(
        'editor.commitment.get',
        await trpcQuery(editor, 'editor.commitment.get', { id }),
      );
      const current = data.data;
      renamedTitle = `${expiredTitle} (renamed)`;
      await mustSave(editor, 'editor.commitment.update', {
        id,
        expectedVersion: data.version,
        data: { ...current, title: renamedTitle },
      });
      pg.stop();
      const statuses: number[] = [];
      for (let visit = 1; visit <= 3; visit++) {
        const res = await timedGet(`${server.baseUrl}${expiredPage}`);
        statuses.push(res.status);
        expiredVisits.push(res.status);
      }
      expect(statuses, `${expiredPage} during the outage`).toEqual([200, 200, 200]);
      const page = await timedGet(`${server.baseUrl}${expiredPage}`);
      const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(page.text)?.[1];
      expect(
        page.text.includes(renamedTitle),
        `${expiredPage} was re-rendered before the update answered, but shows "${heading}" ` +
          `(${page.status} after ${page.ms} ms):\n${server.logs(30)}`,
      ).toBe(true);
      // Pages the change did not re-render were marked stale, not expired: they serve too.
      for (const other of PAGES) {
        const res = await timedGet(`${server.baseUrl}${other}`);
        expect(res.status, said(other, res)).toBe(200);
      }
    });

    it('once the database is back, the expired page shows the change', async () => {
      expect(renamedTitle).not.toBe('');
      pg.restart();
      const started = Date.now();
      let res: Timed | undefined;
      const api = await trpcQuery({ baseUrl: server.baseUrl }, 'commitment.list', { limit: 1 });
      const seen: string[] = [`api ${api.status} after ${api.ms} ms`];
      while (Date.now() - started < RECOVERY_MS) {
        try {
          res = await timedGet(`${server.baseUrl}${expiredPage}`);
          seen.push(`${res.status} after ${res.ms} ms`);
          if (res.status === 200 && res.text.includes(renamedTitle)) break;
        } catch (error) {
          seen.push(String(error));
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      console.log(`RESULT outage expired-page-after-restart ${JSON.stringify(seen)}`);
      expect(res?.status, `${seen.join('; ')}\n${server.logs(30)}`).toBe(200);
      expect(res?.text.includes(renamedTitle), `shows the new title: ${seen.join('; ')}`).toBe(
        true,
      );
    });
  },
);
