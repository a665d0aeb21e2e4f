import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { AppServer, type Target } from '../src/app-server';
import { config, postgresAvailable } from '../src/config';
import { freshPgliteTarget, openTarget, prepareDatabase } from '../src/database';
import { editorLoop, SaveLog, uniqueId } from '../src/editor-work';
import { checkIntegrity } from '../src/integrity';
import { PostgresServer } from '../src/postgres-server';
import { signIn } from '../src/session';
import { dataOf, trpcQuery } from '../src/trpc';

/**
 * The lock a clean stop left behind, described for the failure message, or null when there is
 * none. The supervisor exits only after its worker has, so the file should be gone at once; it
 * is looked for a few times over 2 s so that the message, if any, says who held it and whether
 * that process still runs (a lock of a live process is a real fault; of a dead one, a leak).
 */
async function leftoverLock(path: string): Promise<string | null> {
  for (let i = 0; i < 20 && existsSync(path); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!existsSync(path)) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `${path} is unreadable: ${(error as Error).message}`;
  }
  const pid = (JSON.parse(text) as { pid?: number }).pid;
  let alive = false;
  try {
    if (typeof pid === 'number') process.kill(pid, 0);
    alive = typeof pid === 'number';
  } catch {
    alive = false;
  }
  return `${path} still exists after 2 s: ${text} (pid ${pid} ${alive ? 'still runs' : 'has exited'})`;
}

/** Editors saving at once during the burst. */
const CONCURRENCY = 4;
/** The server is killed once this many saves are acknowledged (or after KILL_AFTER_MS). */
const KILL_AFTER_ACKS = 40;
const KILL_AFTER_MS = 20_000;

interface CrashResult {
  acknowledged: number;
  unacknowledged: number;
  records: number;
  committedUnacknowledged: number;
  restartMs: number;
}

/**
 * A crash mid-write: editors save as fast as they can, the server's whole process tree is
 * SIGKILLed in the middle, and a new server is started on the same database. Whatever was
 * acknowledged must be there exactly; nothing may be half-written.
 */
async function crashDuringSaves(target: Target, engine: string): Promise<CrashResult> {
  const admin = prepareDatabase(target);
  const prefix = `crash-${engine}-${uniqueId()}`;
  const log = new SaveLog();
  let server = await AppServer.start(target);
  try {
    const session = await signIn(server.baseUrl, admin);
    let killing = false;
    let killed!: () => void;
    const killedSignal = new Promise<void>((resolve) => (killed = resolve));
    const crash = async () => {
      if (killing) return;
      killing = true;
      await server.kill();
      killed();
    };
    const timer = setTimeout(() => void crash(), KILL_AFTER_MS);
    const editors = Array.from({ length: CONCURRENCY }, () =>
      editorLoop(session, log, {
        prefix,
        // Editors keep saving through the kill: the saves in flight then are the point.
        stop: () => false,
        onAck: () => {
          if (log.acks.length >= KILL_AFTER_ACKS) void crash();
        },
      }),
    );
    await killedSignal;
    clearTimeout(timer);
    await Promise.all(editors);
    expect(log.refusals, 'saves the server refused before the crash').toEqual([]);
    expect(log.acks.length).toBeGreaterThanOrEqual(Math.min(KILL_AFTER_ACKS, 10));
    // Every editor had a save in flight when the server died.
    expect(log.unacknowledged.length).toBeGreaterThanOrEqual(1);

    if (target.kind === 'pglite') {
      // The dead server's lock is left behind; the new server must take it over by itself.
      const lock = JSON.parse(readFileSync(`${target.dataDir}.lock`, 'utf8')) as { pid: number };
      expect(lock.pid).toBeGreaterThan(0);
    }
    const restarted = Date.now();
    server = await AppServer.start(target);
    const restartMs = Date.now() - restarted;

    // The session made before the crash still works, and the API reads every record back.
    const again = { ...session, baseUrl: server.baseUrl };
    for (const [id, ack] of log.lastAcks()) {
      const read = dataOf(
        'editor.commitment.get',
        await trpcQuery(again, 'editor.commitment.get', { id }),
      );
      expect(read.version, `${ack.slug} after the restart`).toBeGreaterThanOrEqual(ack.version);
      if (read.version === ack.version) expect(read.data.title).toBe(ack.content.title);
    }
    await server.stop();
    if (target.kind === 'pglite') {
      expect(await leftoverLock(`${target.dataDir}.lock`), server.logs(20)).toBeNull();
    }

    const handle = await openTarget(target);
    try {
      const report = await checkIntegrity(handle.db, prefix, log);
      expect(report.lost, 'acknowledged saves missing or changed').toEqual([]);
      expect(report.inconsistent, 'half-written records').toEqual([]);
      expect(report.orphans, 'rows without their commitment').toEqual([]);
      // Every acknowledged record is there, plus at most one unacknowledged create per editor.
      expect(report.records).toBeGreaterThanOrEqual(log.lastAcks().size);
      expect(report.records).toBeLessThanOrEqual(log.lastAcks().size + CONCURRENCY);
      return {
        acknowledged: log.acks.length,
        unacknowledged: log.unacknowledged.length,
        records: report.records,
        committedUnacknowledged: report.committedUnacknowledged,
        restartMs,
      };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- server output ---\n${server.logs()}`, {
      cause: error,
    });
  } finally {
    await server.stop();
  }
}

describe('the server is killed (SIGKILL) in the middle of a burst of editor saves', () => {
  it('on the embedded database: every acknowledged save survives, none is half-written', async () => {
    const { target, remove } = freshPgliteTarget();
    try {
      const result = await crashDuringSaves(target, 'pglite');
      console.log(`RESULT crash pglite ${JSON.stringify(result)}`);
    } finally {
      remove();
    }
  });

  describe.skipIf(!postgresAvailable() && !config.isCI)('on PostgreSQL 15', () => {
    let pg: PostgresServer | undefined;
    afterAll(() => pg?.remove());

    it('every acknowledged save survives, none is half-written', async () => {
      pg = await PostgresServer.start();
      const url = await pg.createDatabase('accord_crash');
      const result = await crashDuringSaves({ kind: 'postgres', url }, 'postgres');
      console.log(`RESULT crash postgres ${JSON.stringify(result)}`);
    });
  });
});
