import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

// eslint-disable-next-line no-restricted-properties -- this module is where the environment is read
export function readDbEnv(source: Record<string, string | undefined> = process.env): DbEnv {
  const parsed = EnvSchema.safeParse(source);
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
