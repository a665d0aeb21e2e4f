import { STATUS_DEFINITIONS } from '@accord/domain';
import { generateAtomFeed, generateJsonFeed } from 'feedsmith';
import { type Change } from '../queries/changes';

/**
 * Atom (RFC 4287) and JSON Feed 1.1 documents of changes: a commitment published, or a
 * status update recorded. feedsmith writes them (the e2e tests read them back with it too).
 * Entry ids are URNs made of database ids, so they stay the same whatever host name the feed
 * is fetched through.
 */
export interface ChangeFeed {
  title: string;
  /** The page the feed is about (absolute URL). */
  homeUrl: string;
  /** Where this feed is served (absolute URL), per format. */
  atomUrl: string;
  jsonUrl: string;
  /** Stable id of the feed itself. */
  id: string;
  changes: Change[];
}

const FEED_AUTHOR = 'Accord editors';
/** A feed with no entries still needs an updated time: the epoch of the dataset. */
const EMPTY_FEED_UPDATED = new Date('2023-05-18T00:00:00Z');

function statusLabel(status: keyof typeof STATUS_DEFINITIONS): string {
  return STATUS_DEFINITIONS[status].label;
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  text: string;
  published: Date;
  updated: Date;
  author: string;
  tags: string[];
}

export function entryOf(change: Change, origin: string): FeedEntry {
  const c = change.commitment;
  const url = `${origin}/commitments/${c.slug}`;
  if (change.kind === 'published') {
    return {
      id: change.id,
      title: `New commitment: ${c.title}`,
      url,
      text: `${c.summary}\n\nStatus: ${statusLabel(c.status)}. Theme: ${c.theme.title}.`,
      published: change.effectiveAt,
      updated: change.recordedAt,
      author: FEED_AUTHOR,
      tags: [c.theme.slug],
    };
  }
  // A per-party update rates one party's part, not the commitment: the title says whose.
  const whose = change.party ? ` (${change.party.name})` : '';
  return {
    id: change.id,
    title: `${statusLabel(change.status)}${whose}: ${c.title}`,
    url,
    text: `${change.note}\n\nCommitment: ${c.summary}`,
    published: change.effectiveAt,
    updated: change.recordedAt > change.effectiveAt ? change.recordedAt : change.effectiveAt,
    author: change.author,
    tags: [c.theme.slug, change.status, ...(change.party ? [change.party.slug] : [])],
  };
}

function newestOf(entries: FeedEntry[]): Date {
  let newest = EMPTY_FEED_UPDATED;
  for (const e of entries) if (e.updated > newest) newest = e.updated;
  return newest;
}

/** Characters XML 1.0 cannot carry at all, not even in CDATA: dropped from feed text. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/**
 * feedsmith writes text holding `<`, `&` or `]]>` as CDATA (split at each `]]>`), but on a line
 * of its own, indented: `<title>\n    <![CDATA[…]]>\n  </title>`. That whitespace is part of
 * the text to a reader that does not trim (a DOM's textContent), so it is taken out again here.
 * Only whitespace between a tag and a CDATA section goes, never any inside one: a section is
 * found from its real start, and its first `]]>` is its real end, since feedsmith split every
 * `]]>` in the text.
 */
export function tightenCdata(xml: string): string {
  const spaceThenTag = /\s+</y;
  let out = '';
  let at = 0;
  for (;;) {
    const start = xml.indexOf('<![CDATA[', at);
    const close = start < 0 ? -1 : xml.indexOf(']]>', start);
    if (close < 0) return out + xml.slice(at);
    const end = close + ']]>'.length;
    out += xml.slice(at, start).replace(/>\s+$/, '>') + xml.slice(start, end);
    spaceThenTag.lastIndex = end;
    at = spaceThenTag.test(xml) ? spaceThenTag.lastIndex - 1 : end;
  }
}

export function renderAtom(feed: ChangeFeed, origin: string): string {
  const entries = feed.changes.map((c) => entryOf(c, origin));
  const atom = generateAtomFeed({
    xml: { lang: 'en' },
    id: xmlText(feed.id),
    title: { value: xmlText(feed.title) },
    updated: newestOf(entries),
    authors: [{ name: FEED_AUTHOR }],
    links: [
      { rel: 'self', type: 'application/atom+xml', href: xmlText(feed.atomUrl) },
      { rel: 'alternate', type: 'text/html', href: xmlText(feed.homeUrl) },
      { rel: 'alternate', type: 'application/feed+json', href: xmlText(feed.jsonUrl) },
    ],
    generator: { text: 'Accord' },
    entries: entries.map((e) => ({
      id: xmlText(e.id),
      title: { value: xmlText(e.title) },
      links: [{ rel: 'alternate', type: 'text/html', href: xmlText(e.url) }],
      published: e.published,
      updated: e.updated,
      authors: [{ name: xmlText(e.author) }],
      categories: e.tags.map((t) => ({ term: xmlText(t) })),
      content: { type: 'text', value: xmlText(e.text) },
    })),
  });
  return tightenCdata(atom);
}

export function renderJsonFeed(feed: ChangeFeed, origin: string): string {
  const entries = feed.changes.map((c) => entryOf(c, origin));
  const json = generateJsonFeed({
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    description: 'Commitments published and status updates recorded on Accord, newest first.',
    language: 'en',
    authors: [{ name: FEED_AUTHOR }],
    items: entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_text: e.text,
      date_published: e.published,
      date_modified: e.updated,
      authors: [{ name: e.author }],
      tags: e.tags,
    })),
  }) as Record<string, unknown>;
  // JSON Feed requires `items`; feedsmith leaves an empty list out.
  return JSON.stringify({ ...json, items: json.items ?? [] }, null, 2);
}
