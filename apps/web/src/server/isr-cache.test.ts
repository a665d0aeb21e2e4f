import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BoundedFileSystemCache, { isDatedPage, isListPage, mayStore } from '../../isr-cache.mjs';

/** A key as Next makes it for a path of an App Router page (route-cache-key.ts). */
function pageKey(path: string): string {
  return `/route-cache/APP_PAGE/${'a'.repeat(64)}/$${path}`;
}

function page(status: number | undefined, html = `<html>${status}</html>`) {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from('rsc'),
    headers: {},
    status,
    postponed: undefined,
    segmentData: undefined,
  } as never;
}

const PAGE_CONTEXT = {
  kind: 'APP_PAGE',
  isRoutePPREnabled: false,
  isFallback: false,
  cacheControl: { revalidate: 3600, expire: 31536000 },
} as never;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-isr-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function open(Cache: typeof FileSystemCache = BoundedFileSystemCache, maxMemoryCacheSize = 0) {
  return new Cache({
    fs: nodeFs,
    serverDistDir: dir,
    flushToDisk: true,
    maxMemoryCacheSize,
    revalidatedTags: [],
    _requestHeaders: {},
  });
}

/** Every file under the cache's folder. */
function files(): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length));
}

describe('the page cache', () => {
  it("Next's own cache stores the 404 of a made-up path (why this handler exists)", async () => {
    await open(FileSystemCache).set(pageKey('/themes/no-such-theme'), page(404), PAGE_CONTEXT);
    expect(files().length).toBeGreaterThan(0);
  });

  it('stores nothing for the 404 of a path it never had', async () => {
    const cache = open();
    for (const path of ['/themes/no-such-theme', '/themes/chips/more/c1.OTk5', '/parties/x'])
      await cache.set(pageKey(path), page(404), PAGE_CONTEXT);
    await cache.set(pageKey('/sources/gone'), page(500), PAGE_CONTEXT);
    expect(files()).toEqual([]);
  });

  it('stores pages that render, and a 404 that replaces one of them', async () => {
    const cache = open();
    const key = pageKey('/commitments/chip-supply');
    await cache.set(key, page(undefined, 'published'), PAGE_CONTEXT);
    expect(readFileSync(join(dir, `${key}.html`), 'utf8')).toBe('published');
    // Unpublished: its page must stop being served, so the 404 takes the old copy's place.
    await cache.set(key, page(404, 'gone'), PAGE_CONTEXT);
    expect(readFileSync(join(dir, `${key}.html`), 'utf8')).toBe('gone');
  });

  it('stores a 404 that replaces a page the build prerendered', async () => {
    const seed = join(dir, 'app', 'commitments', 'chip-supply.html');
    mkdirSync(dirname(seed), { recursive: true });
    writeFileSync(seed, 'prerendered');
    const key = pageKey('/commitments/chip-supply');
    await open().set(key, page(404, 'gone'), PAGE_CONTEXT);
    expect(readFileSync(join(dir, `${key}.html`), 'utf8')).toBe('gone');
  });

  it('stores nothing for a path segment too long for a file name, and does not throw', async () => {
    await open().set(pageKey(`/themes/${'x'.repeat(300)}`), page(undefined), PAGE_CONTEXT);
    expect(files()).toEqual([]);
  });
});

describe('the later pages of a list', () => {
  it('are kept in memory, never on disk', async () => {
    const cache = open(BoundedFileSystemCache, 1024 * 1024);
    const key = pageKey('/themes/chips/more/c1.NTA');
    await cache.set(key, page(undefined, 'page two'), PAGE_CONTEXT);
    expect(files()).toEqual([]);
    const hit = await cache.get(key, PAGE_CONTEXT);
    expect(hit?.value).toMatchObject({ kind: 'APP_PAGE', html: 'page two' });
  });

  it('are told apart from the pages of records by their key', () => {
    expect(isListPage(pageKey('/themes/chips/more/c1.NTA'))).toBe(true);
    expect(isListPage(pageKey('/parties/jp/more/c1.MQ'))).toBe(true);
    expect(isListPage(pageKey('/ja/themes/chips/more/c1.NTA'))).toBe(true);
    expect(isListPage(pageKey('/ja/parties/jp/more/c1.MQ'))).toBe(true);
    for (const index of ['meetings', 'parties', 'sources']) {
      expect(isListPage(pageKey(`/${index}/more/c1.NTA`)), index).toBe(true);
      expect(isListPage(pageKey(`/ja/${index}/more/c1.NTA`)), index).toBe(true);
      // A record's own page, whatever its slug.
      expect(isListPage(pageKey(`/${index}/more`)), index).toBe(false);
      expect(isListPage(pageKey(`/ja/${index}/more`)), index).toBe(false);
    }
    expect(isListPage(pageKey('/commitments/more/c1.NTA'))).toBe(false);
    expect(isListPage(pageKey('/ja/themes/chips'))).toBe(false);
    expect(isListPage(pageKey('/themes/chips'))).toBe(false);
    expect(isListPage(pageKey('/commitments/more'))).toBe(false);
  });
});

describe('the dated pages', () => {
  it('are kept in memory, never on disk, however many days are asked for', async () => {
    const cache = open(BoundedFileSystemCache, 1024 * 1024);
    for (const day of ['2023-05-19', '2024-01-01', '2025-06-30']) {
      for (const path of [
        `/as-of/${day}/commitments/chip-supply`,
        `/ja/as-of/${day}/themes/chips`,
      ]) {
        const key = pageKey(path);
        await cache.set(key, page(undefined, day), PAGE_CONTEXT);
        expect((await cache.get(key, PAGE_CONTEXT))?.value).toMatchObject({ html: day });
      }
    }
    expect(files()).toEqual([]);
  });

  it('are told apart from the pages of records by their key', () => {
    expect(isDatedPage(pageKey('/as-of/2023-05-19/themes/chips'))).toBe(true);
    expect(isDatedPage(pageKey('/as-of/2023-05-19/themes/chips/more/c1.NTA'))).toBe(true);
    expect(isDatedPage(pageKey('/ja/as-of/2023-05-19/commitments/chip-supply'))).toBe(true);
    expect(isDatedPage(pageKey('/ja/as-of/2023-05-19/themes/chips/more/c1.NTA'))).toBe(true);
    expect(isDatedPage(pageKey('/ja/themes/chips'))).toBe(false);
    expect(isDatedPage(pageKey('/themes/chips'))).toBe(false);
    expect(isDatedPage(pageKey('/commitments/as-of'))).toBe(false);
  });
});

describe('mayStore', () => {
  const never = () => false;

  it('leaves everything that is not an error page alone', () => {
    expect(mayStore('/fetch-key', { kind: 'FETCH' }, never)).toBe(true);
    expect(mayStore(pageKey('/themes/chips'), { kind: 'APP_PAGE' }, never)).toBe(true);
    expect(mayStore(pageKey('/feeds/x'), { kind: 'APP_ROUTE', status: 200 }, never)).toBe(true);
  });

  it('looks for the entry and the build copy of the same path', () => {
    const seen: string[] = [];
    mayStore(pageKey('/themes/x'), { kind: 'APP_PAGE', status: 404 }, (file) => {
      seen.push(file);
      return false;
    });
    expect(seen).toEqual([`${pageKey('/themes/x')}.html`, join('app', 'themes', 'x.html')]);
  });
});
