// `pnpm --filter @accord/assistant bench`: how long `propose` takes on a ~1,500-word text (the
// eval passages, our own sentences, joined), median of 10 after one warm-up call, plus the
// first call in a fresh process (which loads wink's English model).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { propose } from '../src/index';

const dir = join(import.meta.dirname, '..', '..', '..', 'eval', 'passages');
let text = '';
for (const name of readdirSync(dir).sort()) {
  if (text.split(/\s+/).length >= 1500) break;
  text += `${readFileSync(join(dir, name), 'utf8')}\n\n`;
}
const words = text.split(/\s+/).filter(Boolean).length;

const time = () => {
  const start = performance.now();
  const { proposals } = propose(text, { source: { date: '2025-01-01' } });
  return { ms: performance.now() - start, count: proposals.length };
};

const first = time();
const runs = Array.from({ length: 10 }, () => time().ms).sort((a, b) => a - b);
const median = (runs[4]! + runs[5]!) / 2;
console.log(
  `${words} words, ${first.count} proposals: first call ${first.ms.toFixed(0)} ms (loads the model); ` +
    `then median ${median.toFixed(1)} ms of 10 (min ${runs[0]!.toFixed(1)}, max ${runs[9]!.toFixed(1)})`,
);
