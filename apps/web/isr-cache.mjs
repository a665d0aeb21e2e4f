// @ts-check
/**
 * Next's page cache (the filesystem cache behind ISR), minus what lets anyone fill the disk.
 * Loaded by Next at run time from next.config.ts `cacheHandler`, so it is plain JavaScript.
 *
 * Next stores every render of a dynamic route's path, a 404 included: each made-up slug
 * (`/themes/anything`) and junk cursor wrote about 120 kB under the dist dir, for good. This
 * handler is the built-in one with two refusals:
 * - an error render (404, and any other 4xx/5xx) is not stored for a path that has no stored
 *   copy, so only a page that really existed can become a stored 404 (an unpublished
 *   commitment's page must replace its old copy, or the old copy would be served again);
 * - a path with a segment too long for a file name is not stored (it failed with
 *   ENAMETOOLONG and logged the whole render, about 50 kB, per request).
 * and one rule of where: the later pages of a long list (`/themes/<slug>/more/<cursor>`,
 * `/sources/more/<cursor>`) and
 * the dated pages (`/as-of/<date>/…`), in both languages (`/ja/…`), are kept in memory only (Next's LRU,
 * cacheMaxMemorySize). Any commitment of a list can start such a list page (src/server/list-page.ts), and
 * any past day is a dated page, so on disk they would grow with every position or day asked
 * for; they have no build copy, and one that leaves memory is rendered again on its next visit.
 * What remains on disk is one copy per page of a real record, as the build wrote them.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

// Required, not imported: the module is CommonJS with its class on `default`. A Next internal,
// checked against the version in src/edge/next-internals.ts (NEXT_VERSION_CHECKED).
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache')} */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- require() is untyped; the type is Next's own
const fileSystemCacheModule = require('next/dist/server/lib/incremental-cache/file-system-cache');
const FileSystemCache = fileSystemCacheModule.default;

/**
 * The longest path segment stored. A segment becomes file and folder names with suffixes
 * (`.html`, `.meta`, `.segments`), and most filesystems allow 255 bytes per name.
 */
export const MAX_STORED_SEGMENT_BYTES = 200;

/** Where a scoped key keeps its entry: `/route-cache/<kind>/<route hash>/$/<path>`. */
const PATH_MARKER = '/$/';

/**
 * @typedef {{ kind: string; status?: number } | null} StoredValue
 * @typedef {(relativePath: string) => boolean} Exists
 */

/** Whether any segment of a cache key is too long to be a file name. */
export function hasOverlongSegment(/** @type {string} */ key) {
  return key.split('/').some((s) => Buffer.byteLength(s) > MAX_STORED_SEGMENT_BYTES);
}

/**
 * The files (relative to the server dist dir) whose presence means `key` has a stored copy:
 * its own entry, and for a page prerendered by the build, the build's copy under app/.
 */
export function storedCopyFiles(/** @type {string} */ key, /** @type {string} */ kind) {
  const suffix = kind === 'APP_ROUTE' ? '.body' : '.html';
  const files = [`${key}${suffix}`];
  const marker = key.indexOf(PATH_MARKER);
  if (marker !== -1)
    files.push(join(kind === 'PAGES' ? 'pages' : 'app', key.slice(marker + 2) + suffix));
  return files;
}

/**
 * Whether the filesystem cache may store `value` under `key`: see the rules at the top.
 * `exists` answers for a path relative to the server dist dir.
 */
export function mayStore(
  /** @type {string} */ key,
  /** @type {StoredValue} */ value,
  /** @type {Exists} */ exists,
) {
  if (hasOverlongSegment(key)) return false;
  if (!value || !['APP_PAGE', 'APP_ROUTE', 'PAGES'].includes(value.kind)) return true;
  if ((value.status ?? 200) < 400) return true;
  return storedCopyFiles(key, value.kind).some(exists);
}

/**
 * Whether a cache key is a later page of a list: a record's (`/$/<section>/<slug>/more/<cursor>`)
 * or an index's (`/$/<index>/more/<cursor>`), or the Japanese twin of either (`/$/ja/…`).
 */
export function isListPage(/** @type {string} */ key) {
  return /\/\$\/(?:ja\/)?(?:[^/]+\/[^/]+|meetings|parties|sources)\/more\/[^/]+$/.test(key);
}

/** Whether a cache key is a dated page: `/$/as-of/<date>/…` or `/$/ja/as-of/<date>/…`. */
export function isDatedPage(/** @type {string} */ key) {
  return key.includes(`${PATH_MARKER}as-of/`) || key.includes(`${PATH_MARKER}ja/as-of/`);
}

export default class BoundedFileSystemCache extends FileSystemCache {
  /** @type {string} */
  #serverDistDir;
  /** The same cache without its disk: it shares the in-memory LRU (a static of the class). */
  #memoryOnly;

  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} ctx */
  constructor(ctx) {
    super(ctx);
    this.#serverDistDir = ctx.serverDistDir;
    this.#memoryOnly = new FileSystemCache({ ...ctx, flushToDisk: false });
  }

  /**
   * @override
   * @param {Parameters<InstanceType<typeof FileSystemCache>['set']>} args
   */
  async set(...args) {
    const [key, data] = args;
    const stored = mayStore(key, /** @type {StoredValue} */ (data), (file) => {
      const path = join(this.#serverDistDir, file);
      // Never look outside the cache's own folder, whatever the key says.
      return path.startsWith(this.#serverDistDir) && existsSync(path);
    });
    if (!stored) return;
    if (isListPage(key) || isDatedPage(key)) await this.#memoryOnly.set(...args);
    else await super.set(...args);
  }
}
