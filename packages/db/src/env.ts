import { join, resolve } from 'node:path';
import { defineSettings, findRepoRoot, type LoadOptions, processEnv } from '@accord/settings';
import { z } from 'zod';

export { findRepoRoot };

/** The database's settings, read through @accord/settings (the environment, then `.env`). */
const DbSettings = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ACCORD_DATA_DIR: z.string().trim().min(1).optional(),
});

export type DbEnv = z.infer<typeof DbSettings>;

/**
 * The database settings: the environment first, then `.env` at the repository root, so
 * every tool (the web server, the db:* scripts, the tests) sees the same configuration.
 */
export const readDbEnv: (options?: LoadOptions) => DbEnv = defineSettings('database', DbSettings);

/** Where the embedded database lives: ACCORD_DATA_DIR, or `.data/pglite` in the repository. */
export function resolveDataDir(env: DbEnv = readDbEnv()): string {
  return env.ACCORD_DATA_DIR
    ? resolve(/*turbopackIgnore: true*/ findRepoRoot(), env.ACCORD_DATA_DIR)
    : join(/*turbopackIgnore: true*/ findRepoRoot(), '.data', 'pglite');
}

/**
 * The folder the user ran the command from: pnpm runs package scripts inside the package, and
 * passes the original folder as INIT_CWD, so that paths given on the command line mean what
 * the user meant.
 */
export function invocationDir(source: Record<string, string | undefined> = processEnv()): string {
  return source.INIT_CWD || process.cwd();
}
