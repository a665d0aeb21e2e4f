import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * E2E_SCOPE=database (CI's PostgreSQL stage) runs only the specs whose outcome can depend on
 * the database engine: every spec that writes, and the reads that query at request time
 * (search, as-of, follow-ups, the API). These below check what the first stage already checked
 * on the same seeded pages, rendered from the same rows: axe on the public and admin pages,
 * reading without JavaScript and on a phone, the screenshots of both colour schemes, the
 * Japanese edition's wording, 404 pages for slugs no table has, the security headers, or the
 * client package itself (packed, installed and compiled outside the repository). The build
 * of that stage prerenders every public page from PostgreSQL all the same. The admin specs
 * listed after those check the browser's side (typing before hydration, the keyboard
 * shortcuts, the Markdown toolbar, how hostile text is rendered, the assistant's proposals):
 * their saves go through the same mutations the PostgreSQL stage's API tests run.
 */
const ENGINE_INDEPENDENT = [
  'public/accessibility.spec.ts',
  'public/reading-conditions.spec.ts',
  'public/colour-schemes.spec.ts',
  'public/japanese-edition.spec.ts',
  'public/not-found.spec.ts',
  'public/security-headers.spec.ts',
  'api/package.spec.ts',
  'admin/accessibility.spec.ts',
  // The continuation pages' rendering; their cursor query runs on PostgreSQL in the API tests.
  'admin/more-pages.spec.ts',
  'admin/typing-before-hydration.spec.ts',
  'admin/editing-shortcuts.spec.ts',
  'admin/markdown-toolbar.spec.ts',
  'admin/xss.spec.ts',
  // Accepting a proposal as a draft, an account or a status update stays in that stage
  // (assistant-accept.spec.ts); this one reads a text and links a restatement.
  'admin/from-text.spec.ts',
];
const scope = process.env.E2E_SCOPE ?? 'all';
if (scope !== 'all' && scope !== 'database') {
  throw new Error(`E2E_SCOPE must be "all" or "database", not "${scope}"`);
}

// Runs against the built app (see scripts/run-e2e.mjs, which builds it first).
export default defineConfig({
  testDir: '.',
  testMatch: ['public/**/*.spec.ts', 'api/**/*.spec.ts', 'admin/**/*.spec.ts'],
  // Screenshot baselines live in git beside the specs (e2e/screenshots/), not in test-results.
  snapshotPathTemplate: '{testDir}/screenshots/{testFilePath}/{arg}{-projectName}{-platform}{ext}',
  forbidOnly: !!process.env.CI,
  // One retry everywhere, not only under CI: the README's `pnpm test` must pass on a loaded
  // laptop as it does in CI. A test that passes only on its retry is still reported, by name,
  // in the JSON report and in CI's closing summary (scripts/test-summary.mjs), so flakiness is
  // seen and fixed rather than hidden.
  retries: 1,
  workers: 2,
  timeout: 30_000,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'test-results/report.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: ['admin/**', ...(scope === 'database' ? ENGINE_INDEPENDENT : [])],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      // Editors publish their own test records for a few seconds; readers' specs count the
      // seed exactly, so the editors' specs start once the readers' have finished.
      name: 'admin',
      testMatch: ['admin/**/*.spec.ts'],
      testIgnore: scope === 'database' ? ENGINE_INDEPENDENT : [],
      dependencies: ['desktop'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: {
    command: `pnpm --filter @accord/web exec node dist/server.mjs -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/methodology`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Every spec calls from 127.0.0.1, so the shared per-client budget is raised far above
    // what the suite uses; limits.spec.ts floods from its own X-Forwarded-For addresses
    // past this burst to see the 429. They are buckets of their own because the test client
    // is trusted as one proxy: with none, every spec would share the socket's one bucket.
    env: {
      ...(process.env as Record<string, string>),
      ACCORD_RATE_LIMIT_BURST: '1000',
      ACCORD_RATE_LIMIT_PER_MINUTE: '60',
      ACCORD_TRUSTED_PROXIES: '1',
      ACCORD_MAX_BODY_BYTES: String(1024 * 1024),
      // Playwright's request client ignores `Keep-Alive: timeout` and reuses a socket the server
      // is closing, which fails with ECONNRESET (an editor's sign-in did, beside another build).
      // Sockets here stay open longer than any test; the production default stays 5 s.
      ACCORD_KEEP_ALIVE_MS: '300000',
    },
  },
});
