import {
  blankIsUnset,
  defineSettings,
  type LoadOptions,
  parseSettings,
  Port,
  wholeNumber,
} from '@accord/settings';
import { z } from 'zod';
import { ServerSettings } from '../edge/front/http-server';
import { ObserveSettings } from '../observe/settings';
import { WorkersSetting } from './workers';

/**
 * Everything the production server (server.ts) reads, parsed once at start so that one error
 * names every bad variable: the environment over `.env` at the repository root, like every
 * other setting (@accord/settings).
 */
export const ServerProcessSettings = z.object({
  /** The port it serves on (-p wins; see readPortFlag). */
  PORT: Port,
  /** `off` serves from this process alone, for a platform that restarts processes itself. */
  ACCORD_SUPERVISOR: z.preprocess(
    blankIsUnset,
    z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on'),
  ),
  /** How long one request may block the event loop before the watchdog ends the process. */
  ACCORD_WATCHDOG_STALL_MS: wholeNumber(1000, 600_000, 10_000),
  /**
   * The V8 heap each server process may use, in MiB; 0 for V8's own default. 256 left room at
   * 100k commitments under load (bench/README.md, "Memory"); NODE_OPTIONS' own
   * --max-old-space-size wins over it.
   */
  ACCORD_MAX_HEAP_MB: wholeNumber(0, 65_536, 256).refine((mb) => mb === 0 || mb >= 128, {
    error: 'must be 0 (no cap) or at least 128',
  }),
  /** Worker threads that read texts for the editors' assistant (@accord/assistant/pool). */
  ACCORD_ASSISTANT_THREADS: wholeNumber(1, 16, 1),
  /** Texts that may wait for a free assistant thread; one more is refused with a 429. */
  ACCORD_ASSISTANT_QUEUE: wholeNumber(0, 100, 4),
  /** The longest one text may take in an assistant thread before it is ended (a 503). */
  ACCORD_ASSISTANT_TIMEOUT_MS: wholeNumber(1000, 600_000, 30_000),
  /** Server processes under the supervisor (src/process/workers.ts). */
  ACCORD_WORKERS: WorkersSetting,
  /** Only whether it is set: several workers need PostgreSQL. @accord/db parses the URL. */
  DATABASE_URL: z.preprocess(blankIsUnset, z.string().optional()),
  ...ObserveSettings.shape,
  ...ServerSettings.shape,
});
export type ServerProcessSettings = z.infer<typeof ServerProcessSettings>;

export const readServerProcessSettings: (options?: LoadOptions) => ServerProcessSettings =
  defineSettings('web server', ServerProcessSettings);

/** `-p <port>` from the command line, parsed by the one PORT schema. */
export function readPortFlag(value: string): number {
  return parseSettings('command line', z.object({ '--port': Port }), { '--port': value })['--port'];
}
