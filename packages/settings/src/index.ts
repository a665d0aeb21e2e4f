import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/**
 * Accord's one settings loader. Every package that reads a setting declares its own zod
 * schema (db, auth, log, web) and reads it through `defineSettings`, so every setting:
 * - comes from the environment first, then from `.env` at the repository root (a variable
 *   set in the environment wins, even when empty; the schemas treat empty as unset);
 * - fails with one error format, `Invalid <what> settings: NAME: problem; NAME: problem`,
 *   naming every bad variable at once and never printing a value (secrets live here).
 * This is the only module that reads `process.env` and `.env` for settings.
 */

/** The variables as the process sees them, or a test's stand-in. */
export type Source = Readonly<Record<string, string | undefined>>;

/** Where settings come from: `source` (default: the environment) over `envFile`. */
export interface LoadOptions {
  /** Default: process.env. */
  source?: Source;
  /** The `.env` file; default: `.env` at the repository root; null: none. */
  envFile?: string | null;
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

/** `.env` at the repository root: the one settings file. */
export function defaultEnvFile(): string {
  return join(/*turbopackIgnore: true*/ findRepoRoot(), '.env');
}

/** Variables from a `.env` file, or none when it does not exist. */
export function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  try {
    return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new Error(`Could not read ${path}: ${(error as Error).message}`);
  }
}

/** The process's own environment. */
export function processEnv(): Source {
  // eslint-disable-next-line no-restricted-properties -- the one module that reads the environment
  return process.env;
}

interface Loaded {
  values: Record<string, string | undefined>;
  /** Names whose value came from the file, for the error message. */
  fromFile: Set<string>;
  envFile: string | null;
}

function load(options: LoadOptions): Loaded {
  const source = options.source ?? processEnv();
  const envFile = options.envFile === undefined ? defaultEnvFile() : options.envFile;
  const file = envFile === null ? {} : readEnvFile(envFile);
  const values: Record<string, string | undefined> = { ...file };
  const fromFile = new Set(Object.keys(file));
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined) continue;
    values[name] = value;
    fromFile.delete(name);
  }
  return { values, fromFile, envFile };
}

/**
 * Every variable: the environment over `.env`. For code that needs the whole set (the
 * logger's list of secrets to redact); settings are read through `defineSettings`.
 */
export function loadEnvironment(options: LoadOptions = {}): Record<string, string | undefined> {
  return load(options).values;
}

export interface SettingsProblem {
  /** The variable, e.g. DATABASE_URL. */
  name: string;
  /** What is wrong with it, without its value. */
  problem: string;
}

/** The one error for bad settings: every bad variable and its problem, never a value. */
export class SettingsError extends Error {
  constructor(
    readonly what: string,
    readonly problems: readonly SettingsProblem[],
  ) {
    super(`Invalid ${what} settings: ${problems.map((p) => `${p.name}: ${p.problem}`).join('; ')}`);
    this.name = 'SettingsError';
  }
}

/** `message` with `value` cut out: a schema's message must not carry a secret into a log. */
function withoutValue(message: string, value: string | undefined): string {
  const raw = value?.trim();
  if (!raw || raw.length < 3) return message;
  return message.split(raw).join('…').split(value!).join('…');
}

/**
 * Parses `values` with `schema`, or throws one SettingsError naming every bad variable.
 * `fromFile` names the variables that came from `envFile`, so the message says where to look.
 */
export function parseSettings<S extends z.ZodObject>(
  what: string,
  schema: S,
  values: Source,
  where: { fromFile?: ReadonlySet<string>; envFile?: string | null } = {},
): z.output<S> {
  const names = Object.keys(schema.shape);
  const picked = Object.fromEntries(names.map((name) => [name, values[name]]));
  const parsed = schema.safeParse(picked);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue): SettingsProblem => {
    const name = issue.path.length > 0 ? String(issue.path[0]) : names.join(', ');
    const value = issue.path.length > 0 ? values[name] : undefined;
    const origin = where.fromFile?.has(name) && where.envFile ? ` (from ${where.envFile})` : '';
    return { name: `${name}${origin}`, problem: withoutValue(issue.message, value) };
  });
  throw new SettingsError(what, problems);
}

/**
 * A reader for one package's settings: `schema` names the variables it reads (its keys) and
 * how to parse them. The reader takes the environment and `.env` unless told otherwise.
 *
 *   const readDbSettings = defineSettings('database', z.object({ DATABASE_URL: ... }));
 *   readDbSettings();                                  // process.env over the root .env
 *   readDbSettings({ source: { ... }, envFile: null }); // a test's own values
 */
export function defineSettings<S extends z.ZodObject>(
  what: string,
  schema: S,
): (options?: LoadOptions) => z.output<S> {
  return (options = {}) => {
    const { values, fromFile, envFile } = load(options);
    return parseSettings(what, schema, values, { fromFile, envFile });
  };
}

/** Empty or blank is unset: `.env.example` lists every variable, most of them empty. */
export const blankIsUnset = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A whole number from `min` to `max`; unset or blank means `fallback`. */
export function wholeNumber(min: number, max: number, fallback: number) {
  const problem = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: problem })
      .int(problem)
      .min(min, problem)
      .max(max, problem)
      .default(fallback),
  );
}

/**
 * PORT, the one schema for it: the port `pnpm start` serves on (default 3000). The server
 * reads it (apps/web/server.ts) and sign-in builds its default address on it (@accord/auth).
 */
const PORT_PROBLEM = 'must be a whole number from 1 to 65535';
const portNumber = z.coerce
  .number({ error: PORT_PROBLEM })
  .int(PORT_PROBLEM)
  .min(1, PORT_PROBLEM)
  .max(65535, PORT_PROBLEM);

/**
 * PORT, the one schema for it: the port `pnpm start` serves on (default 3000). The server
 * reads it (apps/web/src/process/settings.ts) and sign-in builds its default address on it
 * (@accord/auth).
 */
export const Port = z.preprocess(blankIsUnset, portNumber.default(3000));

/** Any other port setting (METRICS_PORT): unset or blank means none. */
export const OptionalPort = z.preprocess(blankIsUnset, portNumber.optional());

/** PORT alone. */
export const readPort = defineSettings('server', z.object({ PORT: Port }));
