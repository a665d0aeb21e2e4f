import { defineSettings, type LoadOptions } from '@accord/settings';
import { z } from 'zod';

/** The logger's settings, read through @accord/settings (the environment, then `.env`). */
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

const read = defineSettings('logging', LogEnv);

/** The settings (the environment over `.env`), or one error naming every bad value. */
export function readLogSettings(options: LoadOptions = {}): LogSettings {
  return read(options);
}
