// pnpm bench:lighthouse: Lighthouse scores of home, a brief and a commitment page, in English
// and Japanese, in the light and the dark colour scheme, and the JavaScript the brief ships
// compared with an empty page, on the 1k dataset.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '@accord/settings';
import { ensureBuild, startApp } from './app-server';
import { prepareDatabase } from './database';
import { readBenchEnv } from './env';
import { AppClient } from './app-client';
import { themeSlug } from './generate';
import { lighthousePages, runLighthouse } from './lighthouse';
import { primeDataset } from './phase';
import { renderLighthouse } from './report';

const log = (line: string) => console.log(`[bench:lighthouse] ${line}`);

async function main() {
  const env = readBenchEnv();
  const repoRoot = findRepoRoot();
  const admin = {
    email: 'bench-admin@example.org',
    name: 'Bench Admin',
    password: randomBytes(18).toString('base64url'),
  };
  await ensureBuild(repoRoot, log);
  const db = await prepareDatabase({
    repoRoot,
    size: 1000,
    databaseUrl: env.DATABASE_URL,
    admin,
    log,
  });
  const app = await startApp({ repoRoot, port: env.BENCH_PORT, dbEnv: db.env });
  try {
    await primeDataset(app.url, admin, Date.now().toString(36));
    const brief = `/themes/${themeSlug(0)}`;
    const first = await new AppClient(app.url, app.url).query<{ items: { slug: string }[] }>(
      'commitment.list',
      { limit: 1 },
    );
    const result = await runLighthouse({
      baseUrl: app.url,
      chromiumPath: env.CHROMIUM_PATH,
      runs: env.BENCH_LIGHTHOUSE_RUNS,
      reportDir: env.BENCH_LIGHTHOUSE_REPORTS,
      pages: lighthousePages({
        home: '/',
        brief,
        commitment: `/commitments/${first.items[0]?.slug ?? ''}`,
      }),
      briefPath: brief,
      log,
    });
    const dir = join(repoRoot, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${new Date().toISOString().slice(0, 10)}-lighthouse.json`);
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
    console.log(`\n${renderLighthouse(result).join('\n')}\n`);
    log(`wrote ${file}`);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(
    `[bench:lighthouse] failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
