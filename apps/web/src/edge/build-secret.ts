import 'server-only';
import { findRepoRoot } from '@accord/settings';
import { readFileSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { nextDistDir } from '../server/env';
import { PRERENDER_MANIFEST, previewIdOf } from './next-internals';

let cachedSecret: string | null | undefined;

/** The build's revalidation secret (its preview id), read once; null without a build. */
export function buildSecret(): string | null {
  if (cachedSecret !== undefined) return cachedSecret;
  const dist = nextDistDir();
  const candidates = [
    join(/*turbopackIgnore: true*/ process.cwd(), dist, PRERENDER_MANIFEST),
    join(/*turbopackIgnore: true*/ findRepoRoot(), 'apps', 'web', dist, PRERENDER_MANIFEST),
  ];
  for (const file of candidates) {
    try {
      cachedSecret = previewIdOf(readFileSync(file, 'utf8'));
      return cachedSecret;
    } catch {
      // Not this one: try the next.
    }
  }
  console.warn(`no ${PRERENDER_MANIFEST}: changed pages are expired, not re-rendered`);
  cachedSecret = null;
  return null;
}

/**
 * Whether a request carries this build's secret in `header`: the requests a server makes to
 * itself (a purge, a scheduler run). Anyone else gets a 404 from those routes.
 */
export function carriesBuildSecret(req: Request, header: string): boolean {
  const secret = buildSecret();
  const given = req.headers.get(header);
  if (!secret || !given) return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
