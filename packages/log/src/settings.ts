import { z } from 'zod';

/** The logger's settings: the only place this package reads the environment. */
const LogEnv = z.object({
  /** The lowest level written: fatal, error, warn, info (default), debug, trace or silent. */
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  /** json (one object a line) or pretty (readable); unset: pretty on a terminal, else json. */
  LOG_FORMAT: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined),
    z.enum(['json', 'pretty']).optional(),
  ),
});
export type LogSettings = z.infer<typeof LogEnv>;
export type LogLevel = LogSettings['LOG_LEVEL'];

/** The settings from `source`, or one error naming every bad value. */
export function readLogSettings(
  // eslint-disable-next-line no-restricted-properties -- this module is where the logger reads the environment
  source: Record<string, string | undefined> = process.env,
): LogSettings {
  const parsed = LogEnv.safeParse({ LOG_LEVEL: source.LOG_LEVEL, LOG_FORMAT: source.LOG_FORMAT });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid logging configuration: ${problems}`);
  }
  return parsed.data;
}
