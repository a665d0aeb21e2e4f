import { z } from 'zod';
import { type CliEnv } from './args';

const CliEnvSchema = z.object({
  ACCORD_URL: z.string().trim().optional(),
  ACCORD_TOKEN: z.string().trim().optional(),
});

/** The only place the CLI reads the environment (the URL is checked with the flags). */
export function readCliEnv(
  // eslint-disable-next-line no-restricted-properties -- this module is where the environment is read
  source: Record<string, string | undefined> = process.env,
): CliEnv {
  const { ACCORD_URL, ACCORD_TOKEN } = CliEnvSchema.parse({
    ACCORD_URL: source.ACCORD_URL,
    ACCORD_TOKEN: source.ACCORD_TOKEN,
  });
  return { ACCORD_URL: ACCORD_URL || undefined, ACCORD_TOKEN: ACCORD_TOKEN || undefined };
}
