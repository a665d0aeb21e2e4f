import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/** The only place the db package reads the environment. */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ACCORD_DATA_DIR: z.string().trim().min(1).optional(),
});

export type DbEnv = z.infer<typeof EnvSchema>;

/** Variables from a `.env` file, or none when it does not exist. */
export function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  try {
    return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new Error(`Could not read ${path}: ${(error as Error).message}`);
  }
}

/**
 * The database settings: the environment first, then `.env` at the repository root, so
 * every tool (the web server, the db:* scripts, the tests) sees the same configuration.
 */
export function readDbEnv(
  // eslint-disable-next-line no-restricted-properties -- this module is where the environment is read
  source: Record<string, string | undefined> = process.env,
  envFile: string = join(/*turbopackIgnore: true*/ findRepoRoot(), '.env'),
): DbEnv {
  const fromFile = readEnvFile(envFile);
  const merged = {
    DATABASE_URL: source.DATABASE_URL ?? fromFile.DATABASE_URL,
    ACCORD_DATA_DIR: source.ACCORD_DATA_DIR ?? fromFile.ACCORD_DATA_DIR,
  };
  const parsed = EnvSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid database configuration: ${problems}`);
  }
  return parsed.data;
}

/** The repository root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function findRepoRoot(from: string = process.cwd()): string {
  let dir = resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    if (existsSync(join(/*turbopackIgnore: true*/ dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(/*turbopackIgnore: true*/ from);
    dir = parent;
  }
}

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
export function invocationDir(
  // eslint-disable-next-line no-restricted-properties -- this module is where the environment is read
  source: Record<string, string | undefined> = process.env,
): string {
  return source.INIT_CWD || process.cwd();
}
