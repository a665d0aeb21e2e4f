import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  blankIsUnset,
  defineSettings,
  findRepoRoot,
  type LoadOptions,
  Port,
} from '@accord/settings';
import { z } from 'zod';

/** The auth package's settings, read through @accord/settings (the environment, then `.env`). */
const AuthEnvSchema = z.object({
  /** Signs session cookies. At least 32 characters; generate with `openssl rand -base64 32`. */
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, 'BETTER_AUTH_SECRET must be at least 32 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The public address of the site, e.g. https://accord.example.org. */
  ACCORD_BASE_URL: z.preprocess(
    blankIsUnset,
    z.url({ protocol: /^https?$/, error: 'ACCORD_BASE_URL must be an http(s) URL' }).optional(),
  ),
  /** The port `pnpm start` serves on: the default address follows it. */
  PORT: Port,
  /** The first admin's password for `pnpm admin:create`, when not typed or piped in. */
  ACCORD_ADMIN_PASSWORD: z.preprocess(blankIsUnset, z.string().optional()),
});

const readSignIn = defineSettings(
  'sign-in',
  AuthEnvSchema.pick({ BETTER_AUTH_SECRET: true, ACCORD_BASE_URL: true, PORT: true }),
);
const readBaseUrl = defineSettings('sign-in', AuthEnvSchema.pick({ ACCORD_BASE_URL: true }));
const readAdminPassword = defineSettings(
  'admin',
  AuthEnvSchema.pick({ ACCORD_ADMIN_PASSWORD: true }),
);

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

export function readAuthEnv(options: LoadOptions = {}): AuthEnv {
  const settings = readSignIn(options);
  return {
    secret: settings.BETTER_AUTH_SECRET ?? localSecret(findRepoRoot()),
    baseURL: (settings.ACCORD_BASE_URL ?? `http://localhost:${settings.PORT}`).replace(/\/$/, ''),
  };
}

/** Loopback hosts, where cookies may travel without TLS. */
export function isLocalOrigin(baseURL: string): boolean {
  const host = new URL(baseURL).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** The first admin's password for `pnpm admin:create`, when given through the settings. */
export function adminPasswordFromEnv(options: LoadOptions = {}): string | undefined {
  return readAdminPassword(options).ACCORD_ADMIN_PASSWORD;
}

/**
 * The site's public origin when ACCORD_BASE_URL is configured (the environment, then `.env`),
 * or undefined when it is not: unlike readAuthEnv, no localhost fallback. Feeds and exports
 * build their absolute links on it, so no request header can choose them.
 */
export function configuredOrigin(options: LoadOptions = {}): string | undefined {
  const url = readBaseUrl(options).ACCORD_BASE_URL;
  return url === undefined ? undefined : new URL(url).origin;
}

let siteOriginOnce: { origin: string | undefined } | undefined;

/**
 * configuredOrigin of this process, read once: for links built on every request or render
 * (feeds, exports, sitemaps, the pages' canonical and card URLs), which would otherwise read
 * the environment and `.env` each time.
 */
export function siteOrigin(): string | undefined {
  siteOriginOnce ??= { origin: configuredOrigin() };
  return siteOriginOnce.origin;
}
