#!/usr/bin/env node
// Builds the app against a fresh e2e database and runs the Playwright specs in Debian's
// Chromium. The database is the embedded one in .data/e2e unless DATABASE_URL is set.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `e2e: Chromium is not installed at ${chromium}. Install it (Debian: sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
  console.log('e2e: installing Chromium from apt (once) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

function run(cmd, args, env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureChromium();

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  ACCORD_NEXT_DIST_DIR: '.next-e2e',
};
/** The pid in a data-dir lock file if that process is still running. */
function liveHolder(lockPath) {
  try {
    const { pid } = JSON.parse(readFileSync(lockPath, 'utf8'));
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return error?.code === 'EPERM' ? 'another user' : null;
  }
}

if (!env.DATABASE_URL) {
  // A fresh embedded database for every run, so the specs see exactly the seed.
  env.ACCORD_DATA_DIR = '.data/e2e';
  const lockPath = join(root, '.data', 'e2e.lock');
  const holder = liveHolder(lockPath);
  if (holder) {
    console.error(
      `e2e: .data/e2e is in use by process ${holder} (another e2e run?). Stop it and try again.`,
    );
    process.exit(1);
  }
  rmSync(join(root, '.data', 'e2e'), { recursive: true, force: true });
  rmSync(lockPath, { force: true });
}

const port = env.E2E_PORT ?? '3100';
// Sign-in checks the Origin against the site's address, which is the test server's here.
env.ACCORD_BASE_URL = `http://127.0.0.1:${port}`;
// Each run signs in as its own admin, so a reused PostgreSQL database never clashes.
env.E2E_ADMIN_EMAIL = `e2e-admin-${Date.now()}@example.org`;
env.E2E_ADMIN_PASSWORD = randomBytes(18).toString('base64url');

run('pnpm', ['turbo', 'run', 'build', '--filter=@accord/web', '--output-logs=errors-only'], env);
run('pnpm', ['admin:create', '--email', env.E2E_ADMIN_EMAIL, '--name', 'E2E Admin'], {
  ...env,
  ACCORD_ADMIN_PASSWORD: env.E2E_ADMIN_PASSWORD,
});
// `pnpm test:e2e -- admin/x.spec.ts` hands us the `--` too; Playwright would then ignore the filter.
const specArgs = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
run('pnpm', ['--filter', '@accord/e2e', 'exec', 'playwright', 'test', ...specArgs], {
  ...env,
  // Playwright may not download browsers here; it uses Debian's Chromium (see the config).
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
});
