/**
 * One purge path: edge/invalidate.ts is the only module that empties a cache of public data.
 * Read from the source, so a second caller (a route that purges on its own, a copy of the
 * re-render) fails here rather than in a review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Calls that purge: a cache's invalidate(), Next's page cache, the re-render. */
const PURGES = [
  /\binvalidateFrontCache\(/,
  /\.invalidate\(\)/,
  /\brevalidateTag\(/,
  /\brevalidatePath\(/,
  /\brefreshPages\(/,
  /\brerenderPages\(/,
];

describe('the purge path', () => {
  it('has one home: every purge is called from edge/invalidate.ts only', () => {
    const callers = new Map<string, string[]>();
    for (const file of sources(src)) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of PURGES) {
        // Definitions (`function refreshPages(`) and comments are not calls.
        const lines = text
          .split('\n')
          .filter(
            (line) =>
              pattern.test(line) && !/\bfunction\s/.test(line) && !/^\s*(\*|\/\/)/.test(line),
          );
        if (lines.length > 0) {
          const name = relative(src, file);
          callers.set(name, [...(callers.get(name) ?? []), pattern.source]);
        }
      }
    }
    // rerender.ts's refreshPages calls its own rerenderPages: the re-render itself; the
    // registry's invalidateFrontCache is how the front cache is reached from Next's bundles.
    callers.delete(join('edge', 'rerender.ts'));
    callers.delete(join('edge', 'front', 'registry.ts'));
    expect([...callers.keys()]).toEqual([join('edge', 'invalidate.ts')]);
  });
});

describe('the later pages of lists', () => {
  it('are all expired on a retraction: every `…/more/[cursor]` route is in LIST_PAGE_ROUTES', () => {
    const app = join(src, 'app');
    const routes = sources(app)
      .filter((file) => /\/more\/\[cursor\]\/page\.tsx$/.test(file))
      .map((file) => `/${relative(app, dirname(file)).split('\\').join('/')}`)
      // The dated ones go with their layout (AS_OF_LAYOUTS).
      .filter((route) => !/\/as-of\//.test(route));
    // A brief's and a party's list, and the three indexes, in each language.
    expect(routes).toHaveLength(10);
    const invalidate = readFileSync(join(src, 'edge', 'invalidate.ts'), 'utf8');
    const listed = invalidate.slice(
      invalidate.indexOf('const LIST_PAGE_ROUTES = ['),
      invalidate.indexOf('];', invalidate.indexOf('const LIST_PAGE_ROUTES = [')),
    );
    for (const route of routes) expect(listed, route).toContain(`'${route}'`);
  });
});
