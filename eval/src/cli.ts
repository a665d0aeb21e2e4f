// `pnpm eval:propose`: runs the assistant on every annotated document and prints precision,
// recall and accuracy per document and overall. Exits 1 when `gate()` (src/score.ts) says so:
// recall or precision of the whole set under its target, or a seed commitment missed (with
// --strict, the held-out targets too).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { propose } from '@accord/assistant';
import { DOCUMENTS } from './documents';
import { type Counts, gate, percent, rates, scoreDocument, sumCounts, TARGETS } from './score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// One decimal, never rounded up (84.96% is 84.9%): a row never shows a target it misses.
const pct = (x: number) => percent(x).padStart(6);
const verbose = process.argv.includes('--verbose');

function row(label: string, c: Counts): string {
  const r = rates(c);
  return `${label.padEnd(50)} ${String(c.gold).padStart(4)} ${String(c.proposed).padStart(5)} ${String(c.matched).padStart(5)}  ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.theme)}  ${pct(r.strength)}  ${pct(r.attribution)}`;
}

console.log(`${'document'.padEnd(50)} gold  prop match    prec    rec   theme   stren  attrib`);
const heldOut: Counts[] = [];
const heldOutByRound = new Map<number, Counts[]>();
const dev: Counts[] = [];
const devByRound = new Map<number, Counts[]>();
const all: Counts[] = [];
let seedMissed: number | null = null;
for (const doc of DOCUMENTS) {
  const path = join(root, doc.path);
  if (!existsSync(path)) {
    console.log(`${doc.id.padEnd(46)} skipped: ${doc.path} is not on this machine`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  const { proposals } = propose(text, { source: doc.source });
  const score = scoreDocument(text, doc.commitments, proposals);
  console.log(row(`${doc.id} (${doc.set})`, score));
  // Held-out passages show their totals only, never their misses: nobody tunes on them.
  if (verbose && doc.set !== 'held-out') {
    for (const g of score.missed) console.log(`    missed: ${g.anchor}`);
    for (const p of score.extra) console.log(`    extra:  ${p.quotes[0]?.text}`);
    for (const { gold, proposal } of score.pairs) {
      const wrong = [
        proposal.theme !== gold.theme && `theme ${proposal.theme} ≠ ${gold.theme}`,
        proposal.strength !== gold.strength && `strength ${proposal.strength} ≠ ${gold.strength}`,
        proposal.attribution.kind !== gold.attribution &&
          `attribution ${proposal.attribution.kind} ≠ ${gold.attribution}`,
      ].filter(Boolean);
      if (wrong.length > 0) console.log(`    ${gold.anchor}: ${wrong.join(', ')}`);
    }
  }
  all.push(score);
  if (doc.set === 'held-out') {
    heldOut.push(score);
    const round = heldOutByRound.get(doc.round ?? 0) ?? [];
    round.push(score);
    heldOutByRound.set(doc.round ?? 0, round);
  }
  if (doc.set === 'dev') {
    dev.push(score);
    if (doc.round !== undefined)
      devByRound.set(doc.round, [...(devByRound.get(doc.round) ?? []), score]);
  }
  if (doc.set === 'seed') seedMissed = score.missed.length;
}
const heldOutTotal = sumCounts(heldOut);
for (const [round, scores] of devByRound) {
  console.log(row(`dev passages, set ${round}`, sumCounts(scores)));
}
console.log(row('dev passages', sumCounts(dev)));
for (const [round, scores] of heldOutByRound) {
  console.log(row(`held-out passages, set ${round}`, sumCounts(scores)));
}
console.log(row('held-out passages', heldOutTotal));
console.log(row('all documents', sumCounts(all)));

// The guard: the whole evaluation set, so that a change that loses commitments fails; with
// --strict (CI's `test` script, since the fourth round) the target on text never tuned
// on too: held-out recall, precision and attribution (eval/README.md).
const strict = process.argv.includes('--strict');
if (seedMissed === null) console.log('The seed article was not found: its check was skipped.');
const { failures, heldOutShortfalls } = gate({
  all: sumCounts(all),
  heldOut: heldOutTotal,
  heldOutDocuments: heldOut.length,
  seedMissed,
  strict,
});
const held = rates(heldOutTotal);
console.log(
  heldOutShortfalls.length === 0
    ? `Held-out target met: recall ${percent(held.recall)} ≥ ${TARGETS.recall}, precision ${percent(held.precision)} ≥ ${TARGETS.precision}, attribution ${percent(held.attribution)} ≥ ${TARGETS.attribution}.`
    : `Held-out target NOT met: ${heldOutShortfalls.join('; ')}.`,
);

if (failures.length > 0) {
  console.error(`eval:propose failed: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(
    `eval:propose passed: evaluation-set recall ≥ ${TARGETS.recall}, precision ≥ ${TARGETS.precision}${seedMissed === null ? '' : ', every seed commitment found'}${strict ? ', held-out target met' : ''}`,
  );
}
