#!/usr/bin/env node
// Builds the app into .next-resilience (when the sources changed since the last build) against
// a fresh embedded database, then runs the fault and load scenarios one after another. Each
// scenario makes its own databases and servers; see docs/reliability.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const distDir = '.next-resilience';
const distPath = join(root, 'apps', 'web', distDir);
const stampPath = join(distPath, 'accord-source-stamp');

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };
delete env.DATABASE_URL;

function run(cmd, args, extraEnv = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The commit plus any uncommitted change to the app's sources: a new value needs a new build. */
function sourceStamp() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    const scope = ['--', 'apps/web', 'packages', 'pnpm-lock.yaml'];
    return createHash('sha256')
      .update(git('rev-parse', 'HEAD'))
      .update(git('status', '--porcelain', ...scope))
      .update(git('diff', 'HEAD', ...scope))
      .digest('hex');
  } catch {
    return `no-git-${Date.now()}`; // cannot tell: always build
  }
}

const stamp = sourceStamp();
const built =
  existsSync(join(distPath, 'BUILD_ID')) &&
  existsSync(stampPath) &&
  readFileSync(stampPath, 'utf8') === stamp;
if (built && !process.argv.includes('--build')) {
  console.log(`resilience: reusing the build in apps/web/${distDir} (sources unchanged)`);
} else {
  // Prerendered pages come from a fresh seeded database, like every scenario's.
  rmSync(join(root, '.data', 'resilience-build'), { recursive: true, force: true });
  rmSync(join(root, '.data', 'resilience-build.lock'), { force: true });
  const started = Date.now();
  run('pnpm', ['turbo', 'run', 'build', '--filter=@accord/web', '--output-logs=errors-only'], {
    ACCORD_NEXT_DIST_DIR: distDir,
    ACCORD_DATA_DIR: '.data/resilience-build',
  });
  writeFileSync(stampPath, stamp);
  console.log(
    `resilience: built apps/web/${distDir} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

const args = process.argv.slice(2).filter((a) => a !== '--build');
run('pnpm', ['--filter', '@accord/resilience', 'exec', 'vitest', 'run', ...args]);
