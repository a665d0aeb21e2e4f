/**
 * Memory of one bulk export at a given size: `pnpm --filter @accord/bench bench:export-memory
 * -- --size 100000` loads (or reuses) the bench dataset, then downloads /exports/commitments
 * .json and .csv in this process, through the same handler the site serves them with,
 * reading the body as a client would, and samples the process's memory every 20 ms.
 *
 * It reports the growth over the idle process (RSS and V8 heap in use), not absolute
 * figures: Node, drizzle and the driver are the same before and after a change, and the
 * database (PGlite or PostgreSQL) is part of the idle figure. Run it with `DATABASE_URL`
 * to keep PGlite's WebAssembly memory out of the picture.
 */
import { parseArgs } from 'node:util';
import { serveCommitmentsExport } from '@accord/api/rest';
import { openBenchDataset } from './database';

const { values } = parseArgs({
  // `pnpm bench:export-memory -- --size 1000` passes the `--` on.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { size: { type: 'string', default: '100000' } },
});
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1 || size > 1_000_000) {
  console.error('--size must be a whole number from 1 to 1,000,000');
  process.exit(2);
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('Run with node --expose-gc (the package script does).');
  process.exit(2);
}

const MB = 1024 * 1024;
const { handle, target } = await openBenchDataset(size, (line) => console.error(line));

interface Result {
  format: 'json' | 'csv';
  megabytes: number;
  seconds: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
}

async function measure(format: 'json' | 'csv'): Promise<Result> {
  gc!();
  const idle = process.memoryUsage();
  let peakRss = idle.rss;
  let peakHeap = idle.heapUsed;
  const sample = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const started = performance.now();
  const res = await serveCommitmentsExport(
    new Request(`http://bench.local/exports/commitments.${format}`),
    handle.db,
    format,
    { origin: 'http://bench.local' },
  );
  let bytes = 0;
  const reader: ReadableStreamDefaultReader<Uint8Array> = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  clearInterval(sample);
  return {
    format,
    megabytes: Math.round((bytes / MB) * 10) / 10,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    rssGrowthMb: Math.round((peakRss - idle.rss) / MB),
    heapGrowthMb: Math.round((peakHeap - idle.heapUsed) / MB),
  };
}

// Once to warm the driver and the database's caches, then the figures.
await measure('csv');
const results = [await measure('json'), await measure('csv')];
await handle.close();
console.log(JSON.stringify({ size, engine: target.kind, results }, null, 2));
