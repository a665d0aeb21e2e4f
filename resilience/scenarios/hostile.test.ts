/**
 * Hostile requests while readers read, and the supervisor's restart (docs/security.md).
 *
 * 1. Readers read for a while; then an attacker sends the probe that used to freeze the
 *    server (a superjson self-reference), its relatives (shared graphs, deep nesting, huge
 *    arrays) and the rest of the hostile-envelope family, while the readers go on. Each
 *    attack must get a 400, the readers' p99 must stay under a second, and the same process
 *    must still be serving at the end.
 * 2. The serving process is killed (SIGKILL, as the watchdog does): the supervisor starts a
 *    new one, which takes over the embedded database's lock and serves again. The restart
 *    time is reported.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AppServer } from '../src/app-server';
import { freshPgliteTarget, prepareDatabase } from '../src/database';
import { SEED } from '../src/editor-work';

const READERS = 4;
const PHASE_MS = 8_000;

const READS = [
  SEED.commitmentPage,
  SEED.briefPage,
  '/api/v1/commitments?theme=chips',
  '/api/trpc/theme.list',
];

const enc = encodeURIComponent;
/** Attacks, each a path on the server. All are anonymous GETs: anyone can send them. */
const ATTACKS = [
  // The probe from the issue: json.a.b = json.a.
  `/api/trpc/theme.list?input=${enc('{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["a.b"]}}}')}`,
  `/api/trpc/theme.list?input=${enc('{"json":{},"meta":{"referentialEqualities":[["a"]]}}')}`,
  `/api/trpc/commitment.list?input=${enc(
    JSON.stringify({
      json: {},
      meta: {
        referentialEqualities: Object.fromEntries(
          Array.from({ length: 40 }, (_, i) => [`l${i}`, [`l${i + 1}.a`, `l${i + 1}.b`]]),
        ),
      },
    }),
  )}`,
  // Within Node's 16 KB of request headers (a longer URL is a 431 before any parsing).
  `/api/trpc/commitment.bySlug?input=${enc(`{"json":${'['.repeat(1000)}${']'.repeat(1000)}}`)}`,
  `/api/trpc/commitment.list?input=${enc(`{"json":{"a":[${new Array(2000).fill(0).join(',')}]}}`)}`,
  `/api/trpc/theme.list?input=${enc('{"json":{"a":1},"meta":{"values":{"a":[["class","X"]]}}}')}`,
  `/api/trpc/theme.list,theme.list?batch=1&input=${enc(
    '{"0":{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["a.b"]}}},"1":{"json":null}}',
  )}`,
];

interface Stats {
  latencies: number[];
  failures: string[];
}

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
}

async function read(baseUrl: string, until: number, stats: Stats, offset: number): Promise<void> {
  for (let i = offset; Date.now() < until; i++) {
    const path = READS[i % READS.length]!;
    const started = performance.now();
    try {
      const res = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      stats.latencies.push(performance.now() - started);
      if (res.status !== 200) stats.failures.push(`${res.status} ${path}`);
    } catch (error) {
      stats.failures.push(`${path}: ${String(error)}`);
    }
  }
}

async function attack(baseUrl: string, until: number, stats: Stats): Promise<void> {
  for (let i = 0; Date.now() < until; i++) {
    const path = ATTACKS[i % ATTACKS.length]!;
    const started = performance.now();
    try {
      const res = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
      const body = await res.text();
      stats.latencies.push(performance.now() - started);
      if (res.status !== 400)
        stats.failures.push(`${res.status} ${path.slice(0, 80)} ${body.slice(0, 200)}`);
    } catch (error) {
      stats.failures.push(`${path.slice(0, 80)}: ${String(error)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The pid of the process serving now: the supervisor logs it once it serves. */
function servingPid(server: AppServer): number | null {
  const matches = [...server.events().matchAll(/server process (\d+) is serving/g)];
  const last = matches.at(-1);
  return last ? Number(last[1]) : null;
}

describe('hostile requests and the supervisor, embedded database', () => {
  const { target, remove } = freshPgliteTarget();
  let server: AppServer | undefined;
  afterAll(async () => {
    await server?.stop();
    remove();
  });

  it('attacks get a 400 while readers read on, and the process stays up', async () => {
    prepareDatabase(target);
    server = await AppServer.start(target);
    const { baseUrl } = server;
    const pid = servingPid(server);
    expect(pid, server.logs()).not.toBeNull();

    // Warm the caches, then measure readers alone.
    await read(baseUrl, Date.now() + 1000, { latencies: [], failures: [] }, 0);
    const calm: Stats = { latencies: [], failures: [] };
    const calmUntil = Date.now() + PHASE_MS;
    await Promise.all(Array.from({ length: READERS }, (_, i) => read(baseUrl, calmUntil, calm, i)));

    const underAttack: Stats = { latencies: [], failures: [] };
    const attacks: Stats = { latencies: [], failures: [] };
    const attackUntil = Date.now() + PHASE_MS;
    await Promise.all([
      attack(baseUrl, attackUntil, attacks),
      ...Array.from({ length: READERS }, (_, i) => read(baseUrl, attackUntil, underAttack, i)),
    ]);

    const summary = {
      calm: { reads: calm.latencies.length, p99Ms: Math.round(p99(calm.latencies)) },
      underAttack: {
        reads: underAttack.latencies.length,
        p99Ms: Math.round(p99(underAttack.latencies)),
      },
      attacks: { sent: attacks.latencies.length, p99Ms: Math.round(p99(attacks.latencies)) },
    };
    console.info(`hostile: ${JSON.stringify(summary)}`);
    expect(attacks.failures, 'every attack answered 400').toEqual([]);
    expect(attacks.latencies.length).toBeGreaterThan(20);
    expect(calm.failures).toEqual([]);
    expect(underAttack.failures, 'readers under attack').toEqual([]);
    expect(p99(underAttack.latencies), JSON.stringify(summary)).toBeLessThan(1000);
    // The same process served throughout: nothing crashed, nothing was restarted.
    expect(servingPid(server)).toBe(pid);
    // (A busy machine may log event-loop lag warnings; a stall would be fatal.)
    expect(server.events()).not.toMatch(/"level":"fatal"|exited \(/);
    const health = await fetch(`${baseUrl}/api/health/ready`);
    expect(health.status).toBe(200);
  });

  it('a killed server process is replaced by the supervisor, which takes over the data-dir lock', async () => {
    expect(server, 'the first test starts the server').toBeDefined();
    const { baseUrl } = server!;
    const pid = servingPid(server!);
    expect(pid).not.toBeNull();
    const killedAt = performance.now();
    process.kill(pid!, 'SIGKILL');
    let newPid: number | null = null;
    let status = 0;
    while (performance.now() - killedAt < 60_000) {
      newPid = servingPid(server!);
      if (newPid !== pid) {
        try {
          status = (
            await fetch(`${baseUrl}/api/health/ready`, { signal: AbortSignal.timeout(2000) })
          ).status;
        } catch {
          status = 0;
        }
        if (status === 200) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const restartMs = Math.round(performance.now() - killedAt);
    console.info(`hostile: restart after SIGKILL took ${restartMs} ms`);
    expect(newPid, server!.logs()).not.toBe(pid);
    expect(status, server!.logs()).toBe(200);
    // The new process reads and serves the same database.
    const page = await fetch(`${baseUrl}${SEED.commitmentPage}`);
    expect(page.status).toBe(200);
    const api = await fetch(`${baseUrl}/api/v1/commitments?theme=chips`);
    expect(api.status).toBe(200);
    expect(server!.events()).toMatch(/exited \(SIGKILL\); restarting/);
  });
});
