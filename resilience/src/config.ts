import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (resilience/ sits directly under it). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The build the scenarios run; the runner (scripts/run-resilience.mjs) makes it. */
export const DIST_DIR = '.next-resilience';

// eslint-disable-next-line no-restricted-properties -- the scenarios' settings come from the runner's environment
const env = process.env;

function seconds(name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const config = {
  isCI: env.CI === 'true',
  /** Binaries of PostgreSQL 15 (initdb, pg_ctl, postgres). */
  pgBin: env.ACCORD_PG_BIN ?? '/usr/lib/postgresql/15/bin',
  /** How long the load scenario runs; CI uses the full minute. */
  loadSeconds: seconds('ACCORD_LOAD_SECONDS', 60),
  /** Readers running at once in the load scenario. */
  loadReaders: seconds('ACCORD_LOAD_READERS', 8),
  /** The environment the app and the CLIs inherit. */
  inherited: env,
};

export function postgresAvailable(): boolean {
  return existsSync(join(config.pgBin, 'initdb')) && existsSync(join(config.pgBin, 'pg_ctl'));
}
