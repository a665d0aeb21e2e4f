import 'server-only';
import { findRepoRoot, readEnvFile } from '@accord/db';
import { join } from 'node:path';
import { z } from 'zod';

/** A whole number from the environment; unset or empty means the default. */
const Count = (min: number, fallback: number) =>
  z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number().int().min(min).default(fallback),
  );

/**
 * The web server's own settings (the database's are read by @accord/db). The environment
 * wins over `.env` at the repository root; .env.example lists them with their defaults.
 */
const WebEnv = z.object({
  /** Requests a client may make at once to the public API, feeds and exports. */
  ACCORD_RATE_LIMIT_BURST: Count(1, 60),
  /** Requests per minute a client gets back after a burst. */
  ACCORD_RATE_LIMIT_PER_MINUTE: Count(1, 120),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (see rate-limit.ts). */
  ACCORD_TRUSTED_PROXIES: Count(0, 0).pipe(z.number().max(10)),
  /** Largest request body accepted, in bytes. */
  ACCORD_MAX_BODY_BYTES: Count(1024, 1024 * 1024),
});
export type WebEnv = z.infer<typeof WebEnv>;

const KEYS = Object.keys(WebEnv.shape) as (keyof WebEnv)[];

export function readWebEnv(
  // eslint-disable-next-line no-restricted-properties -- this module is where the web app reads the environment
  source: Record<string, string | undefined> = process.env,
  envFile: string = join(/*turbopackIgnore: true*/ findRepoRoot(), '.env'),
): WebEnv {
  const fromFile = readEnvFile(envFile);
  const merged = Object.fromEntries(KEYS.map((key) => [key, source[key] ?? fromFile[key]]));
  const parsed = WebEnv.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid web server configuration: ${problems}`);
  }
  return parsed.data;
}

let cached: WebEnv | undefined;
/** The settings, read once per process. */
export function webEnv(): WebEnv {
  return (cached ??= readWebEnv());
}

/**
 * How this server reaches itself to re-render cached pages and apply purges: under the
 * production server, this worker's private loopback port (ACCORD_WORKER_ORIGIN, set by
 * server.ts, so that with several workers each reaches itself and not a sibling); else the
 * address `next start` listens on (it sets PORT), on loopback, unless ACCORD_INTERNAL_ORIGIN
 * says otherwise (a server bound to one non-loopback address). Null when there is no port
 * (the build, tests).
 */
export function internalOrigin(
  // eslint-disable-next-line no-restricted-properties -- this module is where the web app reads the environment
  source: Record<string, string | undefined> = process.env,
): string | null {
  const worker = source.ACCORD_WORKER_ORIGIN?.trim();
  if (worker) return new URL(worker).origin;
  const configured = source.ACCORD_INTERNAL_ORIGIN?.trim();
  if (configured) return new URL(configured).origin;
  const port = Number(source.PORT);
  return Number.isInteger(port) && port > 0 ? `http://127.0.0.1:${port}` : null;
}

/** The web app's build folder (next.config.ts reads the same variable). */
export function nextDistDir(
  // eslint-disable-next-line no-restricted-properties -- this module is where the web app reads the environment
  source: Record<string, string | undefined> = process.env,
): string {
  return source.ACCORD_NEXT_DIST_DIR || '.next';
}
