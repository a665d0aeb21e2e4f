import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppServer, isAccessLine } from '../src/app-server';
import { DIST_DIR, REPO_ROOT } from '../src/config';
import { freshPgliteTarget, prepareDatabase } from '../src/database';
import { SEED } from '../src/editor-work';

/** How many made-up URLs are sent, and how many at once. */
const JUNK_URLS = 1_000;
const CONCURRENCY = 8;
/** A fixed port when the machine's are shared (ACCORD_RESILIENCE_PORT), else any free one. */
// eslint-disable-next-line no-restricted-properties -- the scenarios' settings come from the runner's environment
const PORT = Number(process.env.ACCORD_RESILIENCE_PORT) || undefined;

const distPath = join(REPO_ROOT, 'apps', 'web', DIST_DIR);

/** Every file under the app's dist dir with its size, everything included. */
function diskUse(): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const entry of readdirSync(distPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    sizes.set(path.slice(distPath.length), statSync(path).size);
  }
  return sizes;
}

/** The files added, grown or shrunk between two looks, for the failure message. */
function changed(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after]
    .filter(([path, size]) => before.get(path) !== size)
    .map(([path, size]) => `${path} (${before.get(path) ?? 'new'} -> ${size} bytes)`);
}

function total(sizes: Map<string, number>): number {
  return [...sizes.values()].reduce((a, b) => a + b, 0);
}

function junk(bytes: number): string {
  return randomBytes(bytes).toString('hex').slice(0, bytes);
}

/** A well-formed cursor (`c1.` and a position) for a position no list has. */
function farCursor(): string {
  const position = 10_000_000 + Math.floor(Math.random() * 1e9);
  return `c1.${btoa(String(position)).replace(/=+$/, '')}`;
}

/** The i-th made-up URL: unknown slugs on every route, junk cursors, 300-byte segments. */
function junkUrl(i: number): string {
  const slug = `no-such-${junk(12)}`;
  const kinds = [
    () => `/themes/${slug}`,
    () => `/commitments/${slug}`,
    () => `/meetings/${slug}`,
    () => `/parties/${slug}`,
    () => `/sources/${slug}`,
    () => `/themes/${SEED.theme}/more/${junk(20)}`,
    () => `/parties/${SEED.parties[0]}/more/${farCursor()}`,
    () => `/themes/${SEED.theme}/more/${farCursor()}`,
    () => `/themes/${slug}/more/${farCursor()}`,
    () => `/themes/${slug}/feed.atom`,
    () => `/commitments/${'a'.repeat(300)}${i}`,
    () => `/parties/${junk(300)}`,
    () => `/${junk(40)}`,
    () => `/themes/%00${i}/feed.json`,
  ];
  return kinds[i % kinds.length]!();
}

/**
 * Anyone could fill the disk: every 404 of a made-up slug and every made-up cursor was
 * stored in Next's page cache (about 120 kB each), and a 300-byte segment logged 50 kB per
 * request. A thousand such URLs must now leave the dist dir exactly as it was, get a 4xx
 * each, and log next to nothing; so must the later pages of a list (kept in memory).
 */
describe('made-up URLs against the production server', () => {
  it(`${JUNK_URLS} junk URLs leave the page cache's disk use unchanged`, async () => {
    const { target, remove } = freshPgliteTarget();
    let server: AppServer | undefined;
    try {
      prepareDatabase(target);
      server = await AppServer.start(target, PORT);
      const base = server.baseUrl;
      // Real pages render (and may be stored) before the baseline is taken, and so does the
      // site's one 404 page for paths no route matches (the build's copy, stored once). The
      // build folder is shared by the scenarios: a page an earlier one changed is stale here,
      // and its first visit re-renders it in the background. So visit until the dist dir
      // stops changing.
      let settled = diskUse();
      for (let round = 0; round < 10; round++) {
        for (const path of ['/', SEED.briefPage, SEED.commitmentPage, '/no-such-page']) {
          await (await fetch(`${base}${path}`)).arrayBuffer();
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
        const now = diskUse();
        const unchanged = changed(settled, now).length === 0 && now.size === settled.size;
        settled = now;
        if (unchanged && round > 0) break;
      }
      // Every line written during the junk: one access-log line per request (route pattern,
      // never the path) and next to nothing else.
      const junkLines: string[] = [];
      const stopListening = server.onLine((line) => junkLines.push(line));
      const before = diskUse();

      const statuses = new Map<number, string[]>();
      let next = 0;
      async function client(): Promise<void> {
        for (let i = next++; i < JUNK_URLS; i = next++) {
          const path = junkUrl(i);
          const res = await fetch(`${base}${path}`, { redirect: 'manual' });
          await res.arrayBuffer();
          const paths = statuses.get(res.status) ?? [];
          paths.push(path.slice(0, 80));
          statuses.set(res.status, paths);
        }
      }
      await Promise.all(Array.from({ length: CONCURRENCY }, client));
      // The server writes a request's access line once the answer has gone out, and the line
      // reaches us through its stdout pipe: the last one can arrive after the last body. Wait
      // (bounded) until every junk request has its line, or the count below says which are missing.
      const logged = () =>
        junkLines.filter(
          (line) =>
            isAccessLine(line) &&
            [400, 404].includes((JSON.parse(line) as { status?: number }).status ?? 0),
        ).length;
      for (let waited = 0; waited < 5_000 && logged() < JUNK_URLS; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      stopListening();
      // Any commitment of a list can start one of its later pages: real pages, kept in memory.
      for (let position = 1; position <= 20; position++) {
        const cursor = `c1.${btoa(String(position)).replace(/=+$/, '')}`;
        const res = await fetch(`${base}/parties/${SEED.parties[0]}/more/${cursor}`);
        await res.arrayBuffer();
        expect([200, 404]).toContain(res.status);
      }
      // A real page after the junk: any write still pending from it has finished by now.
      expect((await fetch(`${base}${SEED.briefPage}`)).status).toBe(200);

      const after = diskUse();
      const unexpected = [...statuses].filter(([status]) => status !== 400 && status !== 404);
      expect(unexpected, 'answers other than 400 and 404').toEqual([]);
      const written = changed(before, after);
      expect(written.slice(0, 10), `${written.length} files written under the dist dir`).toEqual(
        [],
      );
      expect(after.size, 'files under the dist dir').toBe(before.size);
      expect(total(after), 'bytes under the dist dir').toBe(total(before));
      const logs = junkLines.join('\n');
      expect(logs).not.toContain('ENAMETOOLONG');
      const access = junkLines.filter(isAccessLine);
      // One line per junk request (each answered 400 or 404); the server's own requests in the
      // same window (a probe, a purge it sends itself) have their own lines.
      const junkAccess = access.filter((line) =>
        [400, 404].includes((JSON.parse(line) as { status?: number }).status ?? 0),
      );
      expect(junkAccess.length, 'access-log lines of the junk requests').toBe(JUNK_URLS);
      expect(access.length, 'access-log lines in all').toBeLessThanOrEqual(JUNK_URLS + 5);
      expect(Math.max(...access.map((l) => l.length)), 'longest access-log line').toBeLessThan(300);
      // Route patterns only: no made-up slug, cursor or query in an access line.
      expect(access.join('\n'), 'a junk path in an access line').not.toMatch(
        /more\/c1\.|aaaaaaaaaa|%00|no-such-/,
      );
      // Besides those, at most a line or two (a refused long path is logged once a minute).
      const other = junkLines.filter((line) => !isAccessLine(line));
      expect(other.join('\n').length, other.slice(0, 5).join('\n')).toBeLessThan(2_000);
    } finally {
      await server?.stop();
      remove();
    }
  });
});
