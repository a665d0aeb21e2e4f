import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type NginxHandle, startNginx } from '@accord/bench/src/nginx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppServer, type Target } from '../src/app-server';
import { config, postgresAvailable, REPO_ROOT } from '../src/config';
import { type AdminAccount, prepareDatabase } from '../src/database';
import { commitmentDraft, editorLoop, mustSave, SaveLog, SEED, uniqueId } from '../src/editor-work';
import { fetchOnNewConnection } from '../src/fresh-connection';
import { freePort } from '../src/ports';
import { PostgresServer } from '../src/postgres-server';
import { signIn } from '../src/session';
import { dataOf, trpcMutation, type TrpcTarget } from '../src/trpc';

/*
 * Run as a cluster (docs/deploy.md): three production instances on one PostgreSQL, nginx in
 * front with the shipped config (bench/nginx/accord.conf). A change on one instance must
 * reach the others' caches and pages within a second; readers through nginx must see no
 * failed request when an instance is killed or restarted; a PostgreSQL restart must be
 * survived without restarting anything, and leave no stale answer behind.
 */

/** A change on one instance must show on every other one within this. */
const VISIBLE_WITHIN_MS = 1000;
/** How often each instance and surface is polled while waiting for a change. */
const POLL_MS = 75;
/** Readers through nginx at once during the kill and the rolling restart. */
const READERS = 4;
/** How long the instances may take to answer ready again after PostgreSQL is back. */
const RECOVERY_MS = 30_000;

const nginxPath = config.inherited.NGINX_PATH ?? '/usr/sbin/nginx';
const haveNginx = existsSync(nginxPath);

/** The five public surfaces of one commitment, on one instance. */
function surfaces(baseUrl: string, slug: string): Record<string, string> {
  const input = encodeURIComponent(JSON.stringify({ json: { slug } }));
  return {
    page: `${baseUrl}/commitments/${slug}`,
    rest: `${baseUrl}/api/v1/commitments/${slug}`,
    trpc: `${baseUrl}/api/trpc/commitment.bySlug?input=${input}`,
    feed: `${baseUrl}/feeds/changes.json`,
    export: `${baseUrl}/exports/commitments.json`,
  };
}

type Expectation = { shows: string; notShows?: string } | { gone: string };

/** Whether one answer meets the expectation: the record's current text, or no trace of it. */
function meets(surface: string, status: number, body: string, want: Expectation): boolean {
  if ('gone' in want) {
    // The record's own URLs answer 404; the lists no longer show it. (`gone` is its title:
    // a 404's message names the slug.)
    const own = surface === 'page' || surface === 'rest' || surface === 'trpc';
    return status === (own ? 404 : 200) && !body.includes(want.gone);
  }
  return (
    status === 200 &&
    body.includes(want.shows) &&
    (want.notShows === undefined || !body.includes(want.notShows))
  );
}

interface Seen {
  instance: string;
  surface: string;
  /** When, after the save answered, the first request that saw the change was sent. */
  sentAfterMs: number | null;
  last: string;
}

/**
 * Polls every surface on every instance until it meets `want`, each every POLL_MS, for at
 * most VISIBLE_WITHIN_MS after `since` (when the save answered).
 */
async function visibility(
  instances: { name: string; baseUrl: string }[],
  slug: string,
  want: Expectation,
  since: number,
): Promise<Seen[]> {
  const polls = instances.flatMap(({ name, baseUrl }) =>
    Object.entries(surfaces(baseUrl, slug)).map(async ([surface, url]): Promise<Seen> => {
      let last = 'no answer';
      for (;;) {
        const sent = Date.now();
        const sentAfterMs = sent - since;
        if (sentAfterMs > VISIBLE_WITHIN_MS)
          return { instance: name, surface, sentAfterMs: null, last };
        try {
          const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
          const body = await res.text();
          if (meets(surface, res.status, body, want)) {
            return { instance: name, surface, sentAfterMs, last: `${res.status}` };
          }
          last = `${res.status} ${res.headers.get('x-cache') ?? ''} ${body.slice(0, 80).replace(/\s+/g, ' ')}`;
        } catch (error) {
          last = String(error);
        }
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, sent + POLL_MS - Date.now())),
        );
      }
    }),
  );
  return Promise.all(polls);
}

function report(what: string, seen: Seen[]): string {
  return [
    `${what}: not visible within ${VISIBLE_WITHIN_MS} ms on`,
    ...seen
      .filter((s) => s.sentAfterMs === null)
      .map((s) => `  ${s.instance} ${s.surface} (last answer: ${s.last})`),
    `seen after (ms): ${JSON.stringify(delays(seen))}`,
  ].join('\n');
}

function delays(seen: Seen[]): Record<string, number | null> {
  return Object.fromEntries(seen.map((s) => [`${s.instance}.${s.surface}`, s.sentAfterMs]));
}

interface ReadStats {
  requests: number;
  failures: string[];
  /** Reads sent again because nginx closed an idle keep-alive connection under them. */
  resent: number;
}

/**
 * Whether a fetch failed because the server closed a kept-alive connection before answering
 * anything: what a reload does to nginx's idle connections (its old workers close them), seen
 * as "other side closed" or as a reset. A browser sends an idempotent request again on a new
 * connection then; so do these readers (`fetchOnNewConnection`), once, and count it.
 */
function closedBeforeAnswer(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return (
    (cause?.code === 'UND_ERR_SOCKET' && cause.message === 'other side closed') ||
    cause?.code === 'ECONNRESET'
  );
}

/** Readers through nginx: pages and API reads, half of them past the micro-cache. */
function readThrough(url: string, until: () => boolean): { done: Promise<void>; stats: ReadStats } {
  const stats: ReadStats = { requests: 0, failures: [], resent: 0 };
  const reads = [
    SEED.commitmentPage,
    SEED.briefPage,
    '/api/v1/commitments?theme=chips',
    `/api/trpc/commitment.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 20 } }))}`,
  ];
  const check = (status: number, path: string) => {
    if (status !== 200 && status !== 304) stats.failures.push(`${status} ${path}`);
  };
  const get = async (path: string): Promise<void> => {
    try {
      const res = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      check(res.status, path);
    } catch (error) {
      if (!closedBeforeAnswer(error)) {
        const cause = (error as { cause?: unknown }).cause;
        stats.failures.push(`${path}: ${String(error)} (${String(cause)})`);
        return;
      }
      stats.resent++;
      try {
        const again = await fetchOnNewConnection(`${url}${path}`);
        await again.arrayBuffer();
        check(again.status, path);
      } catch (again) {
        stats.failures.push(`${path} (sent again on a new connection): ${String(again)}`);
      }
    }
  };
  const one = async (offset: number) => {
    for (let i = offset; !until(); i++) {
      const base = reads[i % reads.length]!;
      // Every other read has a query the cache has never seen, so it reaches an instance.
      const path = i % 2 ? `${base}${base.includes('?') ? '&' : '?'}r=${uniqueId()}` : base;
      await get(path);
      stats.requests++;
    }
  };
  const done = Promise.all(Array.from({ length: READERS }, (_, i) => one(i))).then(() => {});
  return { done, stats };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf((!postgresAvailable() || !haveNginx) && !config.isCI)(
  'three instances on one PostgreSQL behind nginx',
  () => {
    let pg: PostgresServer | undefined;
    let target: Target;
    let admin: AdminAccount;
    const ports: number[] = [];
    const servers: AppServer[] = [];
    let nginx: NginxHandle | undefined;
    let session: TrpcTarget;
    const names = ['A', 'B', 'C'];
    const others = () =>
      servers.slice(1).map((s, i) => ({ name: names[i + 1]!, baseUrl: s.baseUrl }));
    const all = () => servers.map((s, i) => ({ name: names[i]!, baseUrl: s.baseUrl }));
    const logsOf = () =>
      servers.map((s, i) => `--- ${names[i]} (${s.baseUrl}) ---\n${s.logs(30)}`).join('\n');

    let publicUrl: string;
    /**
     * An instance on its port, with the site's address that every instance shares. One server
     * process each: three instances are already more processes than CI's cores (the workers
     * of one instance are tested in apps/web/src/process/).
     */
    const startInstance = (port: number) =>
      AppServer.start(target, port, { publicUrl, workers: 1 });

    beforeAll(async () => {
      pg = await PostgresServer.start();
      target = { kind: 'postgres', url: await pg.createDatabase('accord_cluster') };
      admin = prepareDatabase(target);
      for (let i = 0; i < 3; i++) ports.push(await freePort());
      const nginxPort = await freePort();
      // ACCORD_BASE_URL is the same on every instance: the address readers use, nginx's.
      publicUrl = `http://127.0.0.1:${nginxPort}`;
      servers.push(...(await Promise.all(ports.map(startInstance))));
      nginx = await startNginx({
        nginxPath,
        confTemplatePath: join(REPO_ROOT, 'bench', 'nginx', 'accord.conf'),
        appPort: ports,
        port: nginxPort,
        readyPath: '/api/health/ready',
      });
      // Signed in through the site's address (better-auth checks the Origin against it);
      // the session works on every instance, since they share BETTER_AUTH_SECRET.
      const { cookie } = await signIn(publicUrl, admin);
      session = { baseUrl: servers[0]!.baseUrl, cookie };
    });

    afterAll(async () => {
      await nginx?.stop();
      await Promise.all(servers.map((s) => s.stop()));
      pg?.remove();
    });

    /** Runs a check; a failure carries each instance's last lines of output. */
    const withLogs = (check: () => Promise<void>) => async () => {
      try {
        await check();
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${logsOf()}`, { cause: error });
      }
    };

    /** A published commitment made on A, its surfaces read once on every instance. */
    async function publishedOnA(prefix: string) {
      const slug = `${prefix}-${uniqueId()}`;
      const draft = commitmentDraft(slug, 0);
      const created = await mustSave(session, 'editor.commitment.create', { data: draft });
      const submitted = await mustSave(session, 'editor.commitment.submit', {
        id: created.id,
        expectedVersion: created.version,
      });
      // Every instance has answered for it (404) before: a cached "not there" must go too.
      await visibility(all(), slug, { gone: draft.title }, Date.now());
      const published = await mustSave(session, 'editor.commitment.setState', {
        id: created.id,
        expectedVersion: submitted.version,
        to: 'published',
      });
      return {
        slug,
        id: created.id,
        version: published.version,
        title: draft.title,
        at: Date.now(),
      };
    }

    it(
      'a publish, an edit and an unpublish on one instance show on the other two within 1 s',
      withLogs(async () => {
        const record = await publishedOnA('cluster-visible');
        const published = await visibility(
          others(),
          record.slug,
          { shows: record.title },
          record.at,
        );

        const edited = commitmentDraft(record.slug, 1);
        const saved = await mustSave(session, 'editor.commitment.update', {
          id: record.id,
          expectedVersion: record.version,
          data: edited,
        });
        const editedAt = Date.now();
        const edit = await visibility(
          others(),
          record.slug,
          { shows: edited.title, notShows: record.title },
          editedAt,
        );

        await mustSave(session, 'editor.commitment.setState', {
          id: record.id,
          expectedVersion: saved.version,
          to: 'draft',
        });
        const unpublishedAt = Date.now();
        const unpublish = await visibility(
          others(),
          record.slug,
          // Any title it had: "Resilience <slug> round N".
          { gone: `Resilience ${record.slug} round` },
          unpublishedAt,
        );

        console.log(
          `RESULT cluster visibility ${JSON.stringify({
            publish: delays(published),
            edit: delays(edit),
            unpublish: delays(unpublish),
          })}`,
        );
        const failures = [
          ...(published.some((s) => s.sentAfterMs === null) ? [report('publish', published)] : []),
          ...(edit.some((s) => s.sentAfterMs === null) ? [report('edit', edit)] : []),
          ...(unpublish.some((s) => s.sentAfterMs === null)
            ? [report('unpublish', unpublish)]
            : []),
        ];
        expect(failures.join('\n\n'), 'changes on A that B and C did not show within 1 s').toBe('');
      }),
    );

    it(
      'a bulk publish of three on one instance shows all three on the other two within 1 s, and a bulk unpublish takes them all away',
      withLogs(async () => {
        // One purge for the three (apps/web/src/edge/public-pages.ts, purgesFor), announced
        // once: every instance must still show every record, and then lose every one.
        const made = [];
        for (let i = 0; i < 3; i++) {
          const slug = `cluster-bulk-${uniqueId()}`;
          const draft = commitmentDraft(slug, 0);
          const created = await mustSave(session, 'editor.commitment.create', { data: draft });
          const submitted = await mustSave(session, 'editor.commitment.submit', {
            id: created.id,
            expectedVersion: created.version,
          });
          made.push({ slug, id: created.id, version: submitted.version, title: draft.title });
        }
        for (const m of made) await visibility(all(), m.slug, { gone: m.title }, Date.now());

        const publish = dataOf(
          'editor.commitment.bulkMove',
          await trpcMutation(session, 'editor.commitment.bulkMove', {
            to: 'published',
            items: made.map((m) => ({ id: m.id, expectedVersion: m.version })),
          }),
        );
        const publishedAt = Date.now();
        expect(publish.outcomes.map((o) => o.ok)).toEqual([true, true, true]);
        const shown = (
          await Promise.all(
            made.map((m) => visibility(others(), m.slug, { shows: m.title }, publishedAt)),
          )
        ).flat();

        const unpublish = dataOf(
          'editor.commitment.bulkMove',
          await trpcMutation(session, 'editor.commitment.bulkMove', {
            to: 'draft',
            items: publish.outcomes.map((o) => ({
              id: o.id,
              expectedVersion: o.ok ? o.version : 0,
            })),
          }),
        );
        const unpublishedAt = Date.now();
        expect(unpublish.outcomes.map((o) => o.ok)).toEqual([true, true, true]);
        const gone = (
          await Promise.all(
            made.map((m) => visibility(others(), m.slug, { gone: m.title }, unpublishedAt)),
          )
        ).flat();

        console.log(
          `RESULT cluster bulk ${JSON.stringify({ publish: delays(shown), unpublish: delays(gone) })}`,
        );
        const failures = [
          ...(shown.some((s) => s.sentAfterMs === null) ? [report('bulk publish', shown)] : []),
          ...(gone.some((s) => s.sentAfterMs === null) ? [report('bulk unpublish', gone)] : []),
        ];
        expect(
          failures.join('\n\n'),
          'bulk changes on A that B and C did not show within 1 s',
        ).toBe('');
      }),
    );

    it(
      'SIGKILL of one instance under read load through nginx: readers see no failed request',
      withLogs(async () => {
        let stop = false;
        const { done, stats } = readThrough(nginx!.url, () => stop);
        await sleep(2000);
        const before = stats.requests;
        await servers[2]!.kill();
        await sleep(4000);
        stop = true;
        await done;
        console.log(
          `RESULT cluster kill ${JSON.stringify({ reads: stats.requests, afterKill: stats.requests - before, resent: stats.resent, failures: stats.failures.length })}`,
        );
        expect(stats.failures, 'reads through nginx that failed').toEqual([]);
        expect(stats.requests - before).toBeGreaterThan(10);
        // Back for the next checks, on the same port nginx knows.
        servers[2] = await startInstance(ports[2]!);
      }),
    );

    it(
      'a PostgreSQL restart is survived by all three without a restart, and leaves nothing stale',
      withLogs(async () => {
        const pids = servers.map((s) => s.pid);
        const marks = servers.map((s) => s.logMark);
        const record = await publishedOnA('cluster-pg-restart');
        await visibility(all(), record.slug, { shows: record.title }, record.at);

        pg!.stop();
        await sleep(1000);
        pg!.restart();
        const deadline = Date.now() + RECOVERY_MS;
        for (const server of servers) {
          await server.waitUntilReady(Math.max(1000, deadline - Date.now()));
        }
        expect(
          servers.map((s) => s.pid),
          'no instance was restarted',
        ).toEqual(pids);
        for (const pid of pids) expect(() => process.kill(pid, 0)).not.toThrow();
        // Nor any server process inside one (the supervisor says so when it restarts one).
        const restarts = servers
          .flatMap((s) => s.logsSince(marks[servers.indexOf(s)]!))
          .filter((l) => /exited .*restarting/.test(l));
        expect(restarts).toEqual([]);

        // Every surface answers again on every instance (ready says the database answers; a
        // pooled connection the restart cut may still fail a read or two). The old copy is
        // what they must show: nothing changed while the database was down.
        const recovery = await Promise.all(
          all().flatMap(({ name, baseUrl }) =>
            Object.entries(surfaces(baseUrl, record.slug)).map(async ([surface, url]) => {
              const errors: number[] = [];
              while (Date.now() < deadline) {
                const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
                const body = await res.text();
                if (meets(surface, res.status, body, { shows: record.title })) break;
                errors.push(res.status);
                await sleep(POLL_MS);
              }
              return { at: `${name}.${surface}`, errors };
            }),
          ),
        );
        const afterReady = recovery.filter((r) => r.errors.length > 0);
        console.log(`RESULT cluster pg-restart answers-after-ready ${JSON.stringify(afterReady)}`);
        expect(
          afterReady.filter((r) => r.errors.some((status) => status < 500)),
          'answers other than the record or a 5xx, after the restart',
        ).toEqual([]);

        // A change after the restart reaches every instance: each listens again.
        const edited = commitmentDraft(record.slug, 2);
        await mustSave(session, 'editor.commitment.update', {
          id: record.id,
          expectedVersion: record.version,
          data: edited,
        });
        const editedAt = Date.now();
        const edit = await visibility(
          others(),
          record.slug,
          { shows: edited.title, notShows: record.title },
          editedAt,
        );
        console.log(`RESULT cluster pg-restart ${JSON.stringify({ edit: delays(edit) })}`);
        expect(
          edit.some((s) => s.sentAfterMs === null) ? report('edit after the restart', edit) : '',
        ).toBe('');
      }),
    );

    it(
      'a rolling restart during reads and saves, each instance drained first: no failed request',
      withLogs(async () => {
        let stop = false;
        const { done, stats } = readThrough(nginx!.url, () => stop);
        // An editor saving through nginx all along (docs/deploy.md: drained, no save is cut off).
        const saves = new SaveLog();
        const editor = editorLoop(
          { baseUrl: nginx!.url, cookie: session.cookie, newConnections: true },
          saves,
          {
            prefix: `cluster-rolling-${uniqueId()}`,
            stop: () => stop,
          },
        );
        const restartMs: number[] = [];
        try {
          await sleep(1000);
          for (let i = 0; i < servers.length; i++) {
            const started = Date.now();
            await nginx!.setDown(ports[i]!, true);
            await sleep(1000);
            await servers[i]!.stop();
            servers[i] = await startInstance(ports[i]!);
            await nginx!.setDown(ports[i]!, false);
            restartMs.push(Date.now() - started);
            await sleep(500);
          }
        } finally {
          stop = true;
          await Promise.all([done, editor]);
        }
        console.log(
          `RESULT cluster rolling-restart ${JSON.stringify({ reads: stats.requests, resent: stats.resent, saves: saves.acks.length, restartMs, failures: stats.failures.length })}`,
        );
        expect(stats.failures, 'reads through nginx that failed').toEqual([]);
        expect(saves.refusals, 'saves through nginx that were refused').toEqual([]);
        expect(saves.unacknowledged, 'saves through nginx that got no answer').toEqual([]);
        expect(saves.acks.length).toBeGreaterThan(5);
      }),
    );
  },
);
