import 'server-only';
import {
  defineSettings,
  type LoadOptions,
  OptionalPort,
  processEnv,
  wholeNumber,
} from '@accord/settings';
import { z } from 'zod';
import { ObserveSettings } from '../observe/settings';

/** Beyond any sane count, below where a number stops being exact. */
const NO_MAX = 2 ** 31;

/**
 * The web app's own settings, read through @accord/settings: the environment wins over `.env`
 * at the repository root; .env.example lists them with their defaults. (The database's are
 * @accord/db's, sign-in's @accord/auth's, the production server's src/process/settings.ts.)
 */
const WebEnv = z.object({
  /** Requests a client may make at once to the public API, feeds and exports. */
  ACCORD_RATE_LIMIT_BURST: wholeNumber(1, NO_MAX, 60),
  /** Requests per minute a client gets back after a burst. */
  ACCORD_RATE_LIMIT_PER_MINUTE: wholeNumber(1, NO_MAX, 120),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (see rate-limit.ts). */
  ACCORD_TRUSTED_PROXIES: ObserveSettings.shape.ACCORD_TRUSTED_PROXIES,
  /** Largest request body accepted, in bytes. */
  ACCORD_MAX_BODY_BYTES: wholeNumber(1024, NO_MAX, 1024 * 1024),
  /**
   * How often the scheduler looks for commitments due to be published or unpublished, in ms
   * (edge/scheduler.ts). 15 s keeps a scheduled publish well within its minute; tests shorten it.
   */
  ACCORD_SCHEDULER_INTERVAL_MS: wholeNumber(200, 60_000, 15_000),
});
export type WebEnv = z.infer<typeof WebEnv>;

const read = defineSettings('web server', WebEnv);

export function readWebEnv(options: LoadOptions = {}): WebEnv {
  return read(options);
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
  source: Record<string, string | undefined> = processEnv(),
): string | null {
  const worker = source.ACCORD_WORKER_ORIGIN?.trim();
  if (worker) return new URL(worker).origin;
  const configured = source.ACCORD_INTERNAL_ORIGIN?.trim();
  if (configured) return new URL(configured).origin;
  // The port this process serves on, as the server set it (PORT's one schema).
  const port = OptionalPort.safeParse(source.PORT);
  return port.success && port.data !== undefined ? `http://127.0.0.1:${port.data}` : null;
}

/** The web app's build folder (next.config.ts reads the same variable). */
export function nextDistDir(source: Record<string, string | undefined> = processEnv()): string {
  return source.ACCORD_NEXT_DIST_DIR || '.next';
}
