import { createHash } from 'node:crypto';
import { siteOrigin } from '@accord/auth';
import { log, logError } from '@accord/log';
import { type Database } from '@accord/db';
import { AsOfDate, DEFAULT_LOCALE, type Locale, localePath, translatedOr } from '@accord/domain';
import { exportBatches, exportHeader, recentChanges } from '../queries/changes';
import { themeTitle } from '../queries/themes';
import { errorResponse } from './errors';
import { commitmentsCsvChunks, commitmentsJsonChunks, exportFileName } from './exports';
import { FEED_WORDS, renderAtom, renderJsonFeed } from './feeds';

/** Entries in a feed: enough for a reader that polls hourly, small enough to fetch often. */
export const FEED_SIZE = 50;

export type FeedFormat = 'atom' | 'json';

export interface LinkOptions {
  /**
   * The site's public origin, which absolute links are built on. By default ACCORD_BASE_URL
   * when it is set; null (or unset) means the origin the request was addressed to.
   */
  origin?: string | null;
}

const FEED_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/**
 * The site-wide feed of changes, or one theme's (404 when there is no such theme), in English
 * or, with `locale`, in another language of the site (/ja/feeds/changes.atom): its words,
 * titles and summaries, and links to that language's pages.
 */
export async function serveChangeFeed(
  req: Request,
  db: Database,
  format: FeedFormat,
  themeSlug?: string,
  options: LinkOptions & { locale?: Locale } = {},
): Promise<Response> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const words = FEED_WORDS[locale];
  const origin = originOf(req, options);
  const at = (path: string) => `${origin}${localePath(path, locale)}`;
  const suffix = locale === DEFAULT_LOCALE ? '' : `:${locale}`;
  let themeId: number | undefined;
  let title = words.siteTitle;
  let home = at('/');
  let base = at('/feeds/changes');
  let id = `urn:accord:feed:changes${suffix}`;
  if (themeSlug !== undefined) {
    const theme = await themeTitle(db, themeSlug);
    if (!theme) return errorResponse(404, `No theme with slug "${themeSlug}".`);
    themeId = theme.id;
    const shown =
      locale === 'en'
        ? theme.title
        : translatedOr(theme.title, theme.translations[locale]?.title).text;
    title = words.themeTitle(shown);
    home = at(`/themes/${themeSlug}`);
    base = `${home}/feed`;
    id = `urn:accord:feed:theme:${theme.id}${suffix}`;
  }
  const changes = await recentChanges(db, { themeId, limit: FEED_SIZE });
  const feed = {
    locale,
    title,
    homeUrl: home,
    atomUrl: `${base}.atom`,
    jsonUrl: `${base}.json`,
    id,
    changes,
  };
  const body = format === 'atom' ? renderAtom(feed, origin) : renderJsonFeed(feed, origin);
  return new Response(body, { headers: { 'Content-Type': FEED_TYPES[format] } });
}

export type ExportFormat = 'csv' | 'json';

/**
 * The day an export is read as of, from `?asOf=YYYY-MM-DD`: undefined without one, or a 400
 * in the API's error shape for a malformed, future or too early date. No other parameter is
 * read; unknown ones are ignored, as they always were here.
 */
function exportDay(req: Request): { day?: string; error?: Response } {
  const values = new URL(req.url).searchParams.getAll('asOf');
  if (values.length === 0) return {};
  const parsed = values.length === 1 ? AsOfDate.safeParse(values[0]) : null;
  if (parsed?.success) return { day: parsed.data };
  const message = parsed ? parsed.error.issues[0]!.message : 'Give asOf once';
  return {
    error: errorResponse(400, `Invalid input: asOf: ${message}`, {
      fieldErrors: [{ path: ['asOf'], message }],
    }),
  };
}

/**
 * All published commitments as a download, with the data's as-of time in a header too. With
 * `?asOf=YYYY-MM-DD`, the dataset as it stood at the end of that day.
 *
 * The file is streamed a batch of commitments at a time (`exportBatches`): at 100k
 * commitments the whole JSON held in memory took hundreds of megabytes per request. Its ETag
 * is computed before the first byte from what the bytes depend on (`exportHeader`'s
 * fingerprint, the format, the origin and the day the statuses are read as of), so the
 * guard in front of it answers If-None-Match without reading the body. The first batch is
 * read before the answer starts, so a database that is away is still a 503; a failure later
 * ends the transfer unfinished (never a complete-looking file) and is logged.
 */
export async function serveCommitmentsExport(
  req: Request,
  db: Database,
  format: ExportFormat,
  options: LinkOptions & {
    batchSize?: number;
    /**
     * The CSV's language (/ja/exports/commitments.csv): its links, titles and summaries, and
     * a byte order mark. The JSON holds every language's translations, so there is one.
     */
    locale?: Locale;
  } = {},
): Promise<Response> {
  const { day, error } = exportDay(req);
  if (error) return error;
  const locale = format === 'csv' ? (options.locale ?? DEFAULT_LOCALE) : DEFAULT_LOCALE;
  const origin = originOf(req, options);
  const header = await exportHeader(db, day);
  const asOfDay = day ?? null;
  const batches = await primed(exportBatches(db, day, options.batchSize));
  const chunks =
    format === 'csv'
      ? commitmentsCsvChunks(batches, origin, asOfDay, locale)
      : commitmentsJsonChunks(header, batches, origin, asOfDay);
  const { asOf } = header;
  const headers = new Headers({
    'Content-Type':
      format === 'csv'
        ? 'text/csv; charset=utf-8; header=present'
        : 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${exportFileName(format, asOf, asOfDay, locale)}"`,
    ETag: exportEtag([format, locale, origin, day ?? `today ${todayUtc()}`, header.fingerprint]),
  });
  if (asOf) {
    headers.set('X-Data-As-Of', asOf.toISOString());
    headers.set('Last-Modified', asOf.toUTCString());
  }
  return new Response(textStream(chunks, new URL(req.url).pathname), { headers });
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A strong validator in the shape of the read guard's ETags: 32 base64url characters. */
function exportEtag(parts: string[]): string {
  return `"${createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32)}"`;
}

/** The generator with its first item already read: errors up to there are the caller's. */
async function primed<T>(items: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await items.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* items;
  })();
}

/**
 * Text chunks as a byte stream, read only as fast as the client takes them (pull), and
 * stopped when the client goes away (cancel returns the generator, ending its reads).
 */
function textStream(chunks: AsyncGenerator<string>, path: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // A client that leaves mid-read cancels while a pull waits for its batch: that pull then
  // neither enqueues into the closed stream nor reports a failure.
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (cancelled) return;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        if (cancelled) return;
        logError(log, error, `${path}: the export stopped midway`);
        controller.error(error);
      }
    },
    async cancel() {
      cancelled = true;
      await chunks.return(undefined);
    },
  });
}

/**
 * The origin for absolute links in feeds and exports. When ACCORD_BASE_URL is set (as it
 * must be in production), that: then no request header can put another host into links
 * that caches hand to every reader. Otherwise, for a local server reached as localhost or
 * by its LAN address alike, the origin as the client addressed it: the Host header (what
 * caches key on, unlike X-Forwarded-Host) and the scheme Next or the proxy in front
 * recorded in X-Forwarded-Proto.
 */
export function originOf(req: Request, options: LinkOptions = {}): string {
  const base = options.origin === undefined ? (siteOrigin() ?? null) : options.origin;
  if (base) return base;
  const url = new URL(req.url);
  const forwarded = req.headers.get('x-forwarded-proto');
  const scheme =
    forwarded === 'https' || forwarded === 'http' ? forwarded : url.protocol.slice(0, -1);
  const host = req.headers.get('host');
  return host && /^[A-Za-z0-9.[\]:-]+$/.test(host) ? `${scheme}://${host}` : url.origin;
}
