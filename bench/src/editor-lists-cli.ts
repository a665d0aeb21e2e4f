/**
 * The editor list pages' query cost: `editor.commitment.list` (the admin commitments list)
 * and a reference list with its use counts (`editor.source.list`), called in-process as an
 * editor, one at a time, so the times are the procedures' own cost with no HTTP, queueing
 * or cache in front. The HTTP scenario under load (against the baseline) is in the main run
 * ("tRPC editor.commitment.list (editor list pages)").
 *
 *   pnpm --filter @accord/bench bench:editor-lists                        # 100k commitments
 *   pnpm --filter @accord/bench bench:editor-lists -- --size 10000 --runs 200
 *
 * Reuses (or loads) the dataset `pnpm bench:full` uses; DATABASE_URL for PostgreSQL. Target:
 * p50 under 300 ms at 100k commitments (issue 17).
 */
import { createCaller, createContext } from '@accord/api';
import { openBenchDataset, sizeLabel } from './database';
import { themeSlug } from './generate';
import { parseSizeAndRuns } from './size-runs';
import { summarise } from './stats';

const { size, runs } = parseSizeAndRuns(process.argv.slice(2));
const log = (line: string) => console.log(line);
const { handle } = await openBenchDataset(size, log);
try {
  const caller = createCaller(
    createContext({
      db: handle.db,
      viewer: { id: 'bench-editor', name: 'Bench Editor', email: 'e@example.org', role: 'editor' },
    }),
  );
  const theme = themeSlug(0);
  const second = (await caller.editor.commitment.list({ theme })).nextCursor;
  const cases: Record<string, () => Promise<unknown>> = {
    'commitments, first page': () => caller.editor.commitment.list({}),
    'commitments by theme, page 2': () =>
      caller.editor.commitment.list({ theme, cursor: second ?? undefined }),
    'commitments, drafts': () => caller.editor.commitment.list({ state: 'draft' }),
    'commitments by a title word': () => caller.editor.commitment.list({ q: 'supply' }),
    'commitments overdue, by status': () =>
      caller.editor.commitment.list({ overdue: true, status: 'in_progress' }),
    'sources, first page with use counts': () => caller.editor.source.list({}),
    'parties, first page with use counts': () => caller.editor.party.list({}),
  };
  log(`editor lists on ${sizeLabel(size)} commitments (${handle.location}), ${runs} runs each`);
  for (const [name, call] of Object.entries(cases)) {
    await call(); // warm-up: the first read of each index page is not the steady state
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await call();
      times.push(performance.now() - started);
    }
    const s = summarise(times);
    log(`  ${name}: p50 ${s.p50} ms, p99 ${s.p99} ms`);
  }
} finally {
  await handle.close();
}
