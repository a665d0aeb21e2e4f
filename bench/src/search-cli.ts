/**
 * The search scenario: `commitment.list({ q })` for two-word queries on the generated dataset,
 * called in-process (createCaller over the same database layer the server uses), one at a
 * time, so the times are the query's own cost with no HTTP, queueing or cache in front.
 *
 *   pnpm --filter @accord/bench bench:search                 # 100k commitments
 *   pnpm --filter @accord/bench bench:search -- --size 10000 --runs 200
 *
 * Reuses (or loads) the dataset `pnpm bench:full` uses; DATABASE_URL for PostgreSQL. Target:
 * p99 under 50 ms for a two-word query at 100k commitments (issue 18).
 */
import { createCaller, createContext } from '@accord/api';
import { openBenchDataset, sizeLabel } from './database';
import { parseSizeAndRuns } from './size-runs';
import { summarise } from './stats';

/**
 * Two-word queries over the generator's vocabulary. The generated summaries draw 25–75 words
 * from 30, so a pair of them matches about a third of all commitments: the worst case, where
 * every match must be ranked. A word and a title's number is the selective case.
 */
const QUERIES: Record<string, { queries: string[]; lang?: 'ja' }> = {
  'two common words (about 1/3 of rows match)': {
    queries: ['quantum fisheries', 'supply chain', 'maritime deterrence', 'climate finance'],
  },
  'a common word and a rare one': {
    queries: ['quantum 4521', 'energy 777', 'talent 31337', 'health 99'],
  },
  // /ja/search: the Japanese index is searched as well. The generated dataset has no
  // translations, so Japanese words match nothing here: this is the extra lookup's cost on
  // top of the English search, not the cost of ranking many Japanese matches.
  'two common words, lang=ja': {
    queries: ['quantum fisheries', 'supply chain', 'maritime deterrence', 'climate finance'],
    lang: 'ja',
  },
  'Japanese words, lang=ja (no translations in the dataset)': {
    queries: ['半導体', '重要鉱物', 'AI 半導体', '日米同盟の強化'],
    lang: 'ja',
  },
};

const { size, runs } = parseSizeAndRuns(process.argv.slice(2));
const log = (line: string) => console.log(line);
const { handle } = await openBenchDataset(size, log);
try {
  const caller = createCaller(createContext({ db: handle.db }));
  log(`search on ${sizeLabel(size)} commitments (${handle.location}), ${runs} runs per kind`);
  for (const [kind, { queries, lang }] of Object.entries(QUERIES)) {
    // One warm-up pass: the first read of each index page is not the steady state.
    for (const q of queries) await caller.commitment.list({ q, lang });
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const q = queries[i % queries.length]!;
      const started = performance.now();
      const page = await caller.commitment.list({ q, lang });
      times.push(performance.now() - started);
      found += page.items.length;
    }
    const s = summarise(times);
    log(
      `  ${kind}: p50 ${s.p50} ms, p99 ${s.p99} ms (${(found / runs).toFixed(1)} results a page)`,
    );
  }
} finally {
  await handle.close();
}
