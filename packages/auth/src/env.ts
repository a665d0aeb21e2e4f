import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findRepoRoot, readEnvFile } from '@accord/db';
import { z } from 'zod';

/** The only place the auth package reads the environment. */
const AuthEnvSchema = z.object({
  /** Signs session cookies. At least 32 characters; generate with `openssl rand -base64 32`. */
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, 'BETTER_AUTH_SECRET must be at least 32 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The public address of the site, e.g. https://accord.example.org. */
  ACCORD_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'ACCORD_BASE_URL must be an http(s) URL' })
    .optional(),
  /** The port `pnpm start` serves on: the default address follows it. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export interface AuthEnv {
  secret: string;
  baseURL: string;
}

/**
 * The secret for a machine that has none configured: generated once and kept in
 * `.data/auth-secret` (never in the repository), so `pnpm start` works on a fresh clone and
 * sessions survive restarts. Production sets BETTER_AUTH_SECRET (the same on every instance).
 */
function localSecret(root: string): string {
  const path = join(root, '.data', 'auth-secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(path, secret, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return readFileSync(path, 'utf8').trim();
    throw error;
  }
  chmodSync(path, 0o600);
  return secret;
}

export function readAuthEnv(
  // eslint-disable-next-line no-restricted-properties -- this module is where the environment is read
  source: Record<string, string | undefined> = process.env,
): AuthEnv {
  const root = findRepoRoot();
  const fromFile = readEnvFile(join(/*turbopackIgnore: true*/ root, '.env'));
  const parsed = AuthEnvSchema.safeParse({
    BETTER_AUTH_SECRET: source.BETTER_AUTH_SECRET ?? fromFile.BETTER_AUTH_SECRET,
    ACCORD_BASE_URL: source.ACCORD_BASE_URL || fromFile.ACCORD_BASE_URL || undefined,
    PORT: source.PORT || fromFile.PORT || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid sign-in configuration: ${problems}`);
  }
  return {
    secret: parsed.data.BETTER_AUTH_SECRET ?? localSecret(root),
    baseURL: (parsed.data.ACCORD_BASE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(
      /\/$/,
      '',
    ),
  };
}

/** Loopback hosts, where cookies may travel without TLS. */
export function isLocalOrigin(baseURL: string): boolean {
  const host = new URL(baseURL).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** The first admin's password for `pnpm admin:create`, when given through the environment. */
export function adminPasswordFromEnv(
  // eslint-disable-next-line no-restricted-properties -- this module is where the environment is read
  source: Record<string, string | undefined> = process.env,
): string | undefined {
  return source.ACCORD_ADMIN_PASSWORD || undefined;
}

/**
 * The site's public origin when ACCORD_BASE_URL is configured (the environment, then `.env`),
 * or undefined when it is not: unlike readAuthEnv, no localhost fallback. Feeds and exports
 * build their absolute links on it, so no request header can choose them.
 */
export function configuredOrigin(
  // eslint-disable-next-line no-restricted-properties -- this module is where the environment is read
  source: Record<string, string | undefined> = process.env,
  envFile: string = join(/*turbopackIgnore: true*/ findRepoRoot(), '.env'),
): string | undefined {
  const raw = source.ACCORD_BASE_URL || readEnvFile(envFile).ACCORD_BASE_URL || undefined;
  const parsed = AuthEnvSchema.shape.ACCORD_BASE_URL.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message).join('; ');
    throw new Error(`Invalid sign-in configuration: ACCORD_BASE_URL: ${problems}`);
  }
  return parsed.data === undefined ? undefined : new URL(parsed.data).origin;
}
