// `pnpm --filter @accord/bench bench:assistant [-- --runs 5]`: what the assistant's worker
// threads (@accord/assistant/pool) buy the server, in one process, against a baseline taken in
// the same run:
// 1. the main thread's event-loop delay (perf_hooks.monitorEventLoopDelay, p99 and max) while a
//    ~59,000-character text is read inline (as before) and in the pool, against the same window
//    with nothing read (the baseline);
// 2. the first answer's latency: inline in a fresh process (loads the model), from a pool asked
//    at once (the worker starts and loads the model), and from a pool started beforehand (what
//    the server's start-up warm-up gives).
// The texts are the eval passages (our own sentences), joined and repeated.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { propose } from '@accord/assistant';
import { ProposePool, sourceWorker } from '@accord/assistant/pool';
import { ASSISTANT_MAX_CHARS } from '@accord/domain';

// The worker the production server runs (built by `pnpm --filter @accord/web build`), else the
// same code from source through tsx (slower to start).
const bundle = join(import.meta.dirname, '..', '..', 'apps', 'web', 'dist', 'assistant-worker.mjs');
const workerFile = existsSync(bundle) ? bundle : sourceWorker();

const { values } = parseArgs({
  // `pnpm bench:assistant -- --runs 10` passes the `--` on.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { runs: { type: 'string', default: '5' } },
});
const runs = Number(values.runs);

const dir = join(import.meta.dirname, '..', '..', 'eval', 'passages');
const passages = readdirSync(dir)
  .sort()
  .map((name) => readFileSync(join(dir, name), 'utf8'))
  .join('\n\n');
const SHORT = passages.slice(0, passages.indexOf('\n\n', 2_000));
let long = '';
while (long.length + passages.length + 2 < ASSISTANT_MAX_CHARS - 1_000) long += `${passages}\n\n`;
long += passages.slice(0, ASSISTANT_MAX_CHARS - 1_000 - long.length);

const ms = (ns: number) => ns / 1e6;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The main thread's event-loop delay while `work` runs: p99 and max, in ms. */
async function loopDelay(
  work: () => Promise<unknown>,
): Promise<{ p99: number; max: number; ms: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  await tick();
  const start = performance.now();
  await work();
  const took = performance.now() - start;
  await tick();
  h.disable();
  return { p99: ms(h.percentile(99)), max: ms(h.max), ms: took };
}

const round = (x: number) => Math.round(x * 10) / 10;

// 2a. Inline, first call in this process: pays the model load (what the first editor paid).
let t = performance.now();
propose(SHORT);
const inlineCold = performance.now() - t;
t = performance.now();
propose(SHORT);
const inlineWarm = performance.now() - t;

// 1. Event-loop delay: baseline (nothing read), inline, pool.
const pool = new ProposePool({ file: workerFile });
await pool.start();
const rows: { case: string; p99: number[]; max: number[]; ms: number[] }[] = [
  { case: 'baseline (nothing read)', p99: [], max: [], ms: [] },
  { case: 'inline propose (before)', p99: [], max: [], ms: [] },
  { case: 'worker-thread pool (after)', p99: [], max: [], ms: [] },
];
for (let i = 0; i < runs; i++) {
  const inline = await loopDelay(async () => {
    await tick();
    propose(long);
  });
  const worker = await loopDelay(() => pool.propose(long));
  // The same window as the pool's read, with nothing read at all.
  const baseline = await loopDelay(() => new Promise((r) => setTimeout(r, worker.ms)));
  for (const [row, m] of [
    [rows[0]!, baseline],
    [rows[1]!, inline],
    [rows[2]!, worker],
  ] as const) {
    row.p99.push(m.p99);
    row.max.push(m.max);
    row.ms.push(m.ms);
  }
}
await pool.close();

// 2b, 2c. First answer from a pool asked at once, and from one started beforehand.
const cold: number[] = [];
const warm: number[] = [];
const second: number[] = [];
for (let i = 0; i < runs; i++) {
  const asked = new ProposePool({ file: workerFile });
  t = performance.now();
  await asked.propose(SHORT);
  cold.push(performance.now() - t);
  await asked.close();
  const started = new ProposePool({ file: workerFile });
  await started.start();
  t = performance.now();
  await started.propose(SHORT);
  warm.push(performance.now() - t);
  t = performance.now();
  await started.propose(SHORT);
  second.push(performance.now() - t);
  await started.close();
}

const base = median(rows[0]!.p99);
console.log(
  `assistant bench: ${long.length.toLocaleString('en')}-character text, ${runs} runs, load average ${loadavg()[0]!.toFixed(1)}\n`,
);
console.log(
  `worker: ${workerFile === bundle ? 'the production bundle' : 'TypeScript source (tsx)'}\n`,
);
console.log('event-loop delay on the main thread (medians of the runs, ms):');
for (const row of rows) {
  console.log(
    `  ${row.case.padEnd(28)} p99 ${String(round(median(row.p99))).padStart(7)}  max ${String(round(median(row.max))).padStart(7)}  ` +
      `(${round(median(row.p99) / base)}× baseline p99; window ${round(median(row.ms))} ms)`,
  );
}
console.log(`\nfirst answer for a ${SHORT.length.toLocaleString('en')}-character text (ms):`);
console.log(`  inline, first call in the process (model load)  ${round(inlineCold)}`);
console.log(`  inline, warm (baseline)                         ${round(inlineWarm)}`);
console.log(
  `  pool asked at once, no warm-up (median)         ${round(median(cold))}  (${round(median(cold) / inlineWarm)}× baseline)`,
);
console.log(
  `  pool started beforehand, warm-up (median)       ${round(median(warm))}  (${round(median(warm) / inlineWarm)}× baseline)`,
);
console.log(
  `  the same pool's second text (median)            ${round(median(second))}  (${round(median(second) / inlineWarm)}× baseline)`,
);
