import {
  blankIsUnset,
  defineSettings,
  type LoadOptions,
  OptionalPort,
  wholeNumber,
} from '@accord/settings';
import { z } from 'zod';

/**
 * The production server's observability settings (server.ts reads them with the rest of its
 * own in src/process/settings.ts). Declared here rather than in src/server/env.ts, because
 * that module is for Next's bundles only (`server-only`) and server.ts is bundled without
 * them. ACCORD_TRUSTED_PROXIES means what it means there (src/server/env.ts): how many
 * reverse proxies stand in front of the app.
 */
export const ObserveSettings = z.object({
  /** Port of the Prometheus listener; unset: no listener. */
  METRICS_PORT: OptionalPort,
  /** Address it binds to: loopback unless told otherwise (the numbers are not public). */
  METRICS_HOST: z.preprocess(blankIsUnset, z.string().trim().min(1).default('127.0.0.1')),
  ACCORD_TRUSTED_PROXIES: wholeNumber(0, 10, 0),
});
export type ObserveSettings = z.infer<typeof ObserveSettings>;

const read = defineSettings('web server', ObserveSettings);

/** The settings: the environment over `.env`. */
export function readObserveSettings(options: LoadOptions = {}): ObserveSettings {
  return read(options);
}
