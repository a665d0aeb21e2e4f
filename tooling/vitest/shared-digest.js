import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The folders of `shared/` (beside the repository, not in it) that tests read: the seed's
 * article in `seed/` (packages/db's seed tests, eval's documents test) and the research
 * dossier in `research/` (packages/db's follow-ups test).
 */
export const SHARED_FOLDERS = ['seed', 'research'];

function files(dir) {
  if (!existsSync(dir)) return [];
  return statSync(dir).isDirectory()
    ? readdirSync(dir)
        .sort()
        .flatMap((name) => files(join(dir, name)))
    : [dir];
}

/**
 * A fingerprint of what tests read from `<repo>/../shared`. Turbo hashes only files inside the
 * repository, so scripts/turbo.mjs passes this as ACCORD_SHARED_DIGEST, which the tasks that
 * read these files list in their `env`: a changed text then misses the cache. `absent` when
 * the folder is not there (the tests that need it skip).
 *
 * @param {string} repoRoot
 * @returns {string}
 */
export function sharedDigest(repoRoot) {
  const shared = join(repoRoot, '..', 'shared');
  const all = SHARED_FOLDERS.flatMap((folder) => files(join(shared, folder)));
  if (all.length === 0) return 'absent';
  const hash = createHash('sha256');
  for (const file of all) {
    hash.update(relative(shared, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
