import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DbHandle, openDb } from '@accord/db';
import { targetEnv, type Target } from './app-server';
import { REPO_ROOT } from './config';

export interface AdminAccount {
  email: string;
  password: string;
}

/** What a CLI command printed and how it ended. */
export interface CliRun {
  status: number | null;
  output: string;
}

/**
 * Runs `pnpm <args>` at the repository root; never throws. Silent: pnpm's banners echo the
 * command line (an admin's email), which is the operator's own input, not the command's.
 */
export function runPnpm(args: string[], env: NodeJS.ProcessEnv, input?: string): CliRun {
  const result = spawnSync('pnpm', ['--silent', ...args], {
    cwd: REPO_ROOT,
    env: { ...env, npm_config_loglevel: 'silent' },
    encoding: 'utf8',
    input,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** runPnpm without blocking this process (the test runner keeps talking to its workers). */
export function runPnpmAsync(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['--silent', ...args], {
      cwd: REPO_ROOT,
      env: { ...env, npm_config_loglevel: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

function run(args: string[], env: NodeJS.ProcessEnv, log?: string[]): void {
  const result = runPnpm(args, env);
  log?.push(result.output);
  if (result.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed:\n${result.output}`);
}

/**
 * A database ready for the app, made the way an operator makes one: `pnpm db:setup`
 * (migrations + seed), then `pnpm admin:create` for the admin who signs in.
 */
export function prepareDatabase(
  target: Target,
  options: { admin?: AdminAccount; log?: string[] } = {},
): AdminAccount {
  const env = targetEnv(target);
  run(['db:setup'], env, options.log);
  const admin = options.admin ?? {
    email: `resilience-admin-${randomBytes(4).toString('hex')}@example.org`,
    password: randomBytes(18).toString('base64url'),
  };
  run(
    ['admin:create', '--email', admin.email, '--name', 'Resilience Admin'],
    { ...env, ACCORD_ADMIN_PASSWORD: admin.password },
    options.log,
  );
  return admin;
}

/** A fresh embedded data dir in a temp folder (removed by the returned function). */
export function freshPgliteTarget(): { target: Target; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'accord-resilience-'));
  return {
    target: { kind: 'pglite', dataDir: join(dir, 'pglite') },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Opens the scenario's database directly, for the checks after the app has stopped. */
export function openTarget(target: Target): Promise<DbHandle> {
  return openDb(
    target.kind === 'postgres' ? { kind: 'postgres', url: target.url, max: 2 } : target,
  );
}
