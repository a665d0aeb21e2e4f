/**
 * The watchdog and the supervisor, on real child processes: a process whose event loop is
 * blocked is killed and named in the log; a supervised worker that dies is replaced, one that
 * never started is not retried, and SIGTERM ends a worker even while its loop is blocked.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'accord-process-test-'));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
}

/** Runs a TypeScript script (through tsx) that imports this folder's modules. */
function runScript(name: string, source: string, env: Record<string, string> = {}): Run {
  const file = join(scratch, `${name}.ts`);
  writeFileSync(file, source.replaceAll('HERE', here));
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    cwd: join(here, '..', '..'),
    // eslint-disable-next-line no-restricted-properties -- the child inherits PATH and the rest
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let text = '';
  const listeners = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
      for (const l of listeners) l();
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => text,
    exited,
    waitFor: (pattern, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = text.match(pattern);
          if (!match) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(match);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern}; output:\n${text}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
  };
}

describe('watchdog', { timeout: 30_000 }, () => {
  it('kills a process whose event loop stays blocked, naming the requests in flight', async () => {
    const run = runScript(
      'blocked',
      `
      import { startWatchdog } from 'HERE/watchdog';
      import { EventEmitter } from 'node:events';
      const watchdog = startWatchdog({ stallMs: 1000, warnMs: 500 });
      const res = new EventEmitter();
      watchdog.track({ method: 'GET', url: '/api/trpc/theme.list?input=secret-input' } as never, res as never);
      const done = new EventEmitter();
      watchdog.track({ method: 'GET', url: '/finished' } as never, done as never);
      done.emit('close');
      setTimeout(() => {
        console.log('blocking');
        for (;;) {} // what a cyclic input used to do to a walker
      }, 300);
      `,
    );
    const { signal } = await run.exited;
    expect(signal).toBe('SIGKILL');
    const fatal = run
      .output()
      .split('\n')
      .find((line) => line.includes('"level":"fatal"'));
    expect(fatal, run.output()).toBeDefined();
    const entry = JSON.parse(fatal!) as { msg: string; inFlight: { request: string }[] };
    expect(entry.msg).toMatch(/event loop blocked for \d+ ms/);
    // The request in flight is named, without its query string; the finished one is not.
    expect(entry.inFlight.map((r) => r.request)).toEqual(['GET /api/trpc/theme.list']);
    expect(run.output()).not.toContain('secret-input');
  });

  it('leaves a busy but responsive process alone', async () => {
    const run = runScript(
      'busy',
      `
      import { startWatchdog } from 'HERE/watchdog';
      const watchdog = startWatchdog({ stallMs: 1000 });
      let rounds = 0;
      // 2.5 s of work in 50 ms slices: the loop turns between them.
      const work = () => {
        const until = Date.now() + 50;
        while (Date.now() < until) {}
        if (++rounds < 50) setTimeout(work, 1);
        else void watchdog.stop().then(() => console.log('survived'));
      };
      work();
      `,
    );
    const { code } = await run.exited;
    expect(run.output()).toContain('survived');
    expect(code).toBe(0);
  });
});

describe('supervisor', { timeout: 30_000 }, () => {
  /** A supervised "server" whose workers report their pid, and die when told to. */
  const supervised = (extra = '', workers = 1, heapMb = 0) => `
    import cluster from 'node:cluster';
    import { createServer } from 'node:http';
    import { getHeapStatistics } from 'node:v8';
    import { READY_MESSAGE, supervise } from 'HERE/supervisor';
    if (cluster.isPrimary) {
      supervise({ workers: ${workers}, heapMb: ${heapMb}, shutdownMs: 1500, log: (line) => console.log('SUPERVISOR ' + JSON.stringify(line)) });
    } else {
      ${extra}
      createServer((req, res) => res.end(String(process.pid))).listen(0, '127.0.0.1', () => {
        console.log('WORKER ' + process.pid);
        process.send?.(READY_MESSAGE);
      });
    }
  `;

  it('starts a new worker when the serving one is killed', async () => {
    const run = runScript('restart', supervised());
    const first = Number((await run.waitFor(/server process (\d+) is serving/))[1]);
    // The worker's pid is a field of its own: the logger already writes the supervisor's `pid`.
    const serving = run
      .output()
      .split('\n')
      .find((line) => line.includes('is serving'))!;
    expect(JSON.parse(serving.slice(serving.indexOf('{')))).toMatchObject({ worker: first });
    expect(serving).not.toContain('"pid"');
    process.kill(first, 'SIGKILL');
    await run.waitFor(/exited \(SIGKILL\); restarting/);
    const second = await run.waitFor(new RegExp(`server process (?!${first}\\b)(\\d+) is serving`));
    expect(Number(second[1])).not.toBe(first);
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  });

  it('runs several workers (one per core on PostgreSQL) and replaces the one that dies', async () => {
    const run = runScript('workers', supervised('', 2));
    await run.waitFor(/is serving[\s\S]*is serving/);
    const serving = () =>
      [...run.output().matchAll(/server process (\d+) is serving/g)].map((m) => Number(m[1]));
    const [first, second] = serving();
    expect(first).not.toBe(second);
    process.kill(first!, 'SIGKILL');
    await run.waitFor(new RegExp(`${first} exited \\(SIGKILL\\); restarting`));
    await run.waitFor(/is serving[\s\S]*is serving[\s\S]*is serving/);
    const third = serving()[2];
    expect([first, second]).not.toContain(third);
    // The other worker was left alone.
    expect(() => process.kill(second!, 0)).not.toThrow();
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  });

  it("starts workers with the heap cap it was given, and with V8's default without one", async () => {
    const limitMb = async (heapMb: number) => {
      const run = runScript(
        `heap-${heapMb}`,
        supervised(
          `console.log('HEAP ' + getHeapStatistics().heap_size_limit);`,
          1,
          heapMb,
        ),
      );
      const bytes = Number((await run.waitFor(/HEAP (\d+)/))[1]);
      run.child.kill('SIGTERM');
      await run.exited;
      return bytes / 1024 / 1024;
    };
    // The limit is the old space plus the young generation's (up to 192 MiB on Node 24).
    const capped = await limitMb(200);
    expect(capped).toBeGreaterThanOrEqual(200);
    expect(capped).toBeLessThan(500);
    expect(await limitMb(0)).toBeGreaterThan(1000);
  });

  it('does not retry a worker that never started, and exits with its code', async () => {
    const run = runScript('never-ready', supervised('process.exit(2);'));
    const { code } = await run.exited;
    expect(code).toBe(2);
    expect(run.output()).toMatch(/the server did not start/);
    expect(run.output().match(/did not start/g)).toHaveLength(1);
  });

  it('kills a worker that does not stop after SIGTERM (a blocked loop)', async () => {
    const run = runScript(
      'stuck',
      supervised(`process.on('message', () => {}); process.on('SIGTERM', () => { for (;;) {} });`),
    );
    const pid = Number((await run.waitFor(/WORKER (\d+)/))[1]);
    run.child.kill('SIGTERM');
    const { code } = await run.exited;
    expect(code).toBe(0);
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
