import { z } from 'zod';

/**
 * The production server's observability settings. Read here, like ACCORD_MAX_CONNECTIONS in
 * src/front/http-server.ts, rather than in src/server/env.ts, because that module is for
 * Next's bundles only (`server-only`, the database package) and server.ts is bundled
 * without them. ACCORD_TRUSTED_PROXIES means what it means there (src/server/env.ts): how
 * many reverse proxies stand in front of the app.
 */
const blankIsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const ObserveSettings = z.object({
  /** Port of the Prometheus listener; unset: no listener. */
  METRICS_PORT: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(65535).optional()),
  /** Address it binds to: loopback unless told otherwise (the numbers are not public). */
  METRICS_HOST: z.preprocess(blankIsUnset, z.string().trim().min(1).default('127.0.0.1')),
  ACCORD_TRUSTED_PROXIES: z.preprocess(
    blankIsUnset,
    z.coerce.number().int().min(0).max(10).default(0),
  ),
});
export type ObserveSettings = z.infer<typeof ObserveSettings>;

export function readObserveSettings(
  // eslint-disable-next-line no-restricted-properties -- the front server reads its own settings
  source: Record<string, string | undefined> = process.env,
): ObserveSettings {
  const parsed = ObserveSettings.safeParse({
    METRICS_PORT: source.METRICS_PORT,
    METRICS_HOST: source.METRICS_HOST,
    ACCORD_TRUSTED_PROXIES: source.ACCORD_TRUSTED_PROXIES,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid web server configuration: ${problems}`);
  }
  return parsed.data;
}
