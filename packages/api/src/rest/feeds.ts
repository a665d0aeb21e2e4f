import { STATUS_DEFINITIONS } from '@accord/domain';
import { type Change } from '../queries/changes';

/**
 * Atom (RFC 4287) and JSON Feed 1.1 documents of changes: a commitment published, or a
 * status update recorded. Entry ids are URNs made of database ids, so they stay the same
 * whatever host name the feed is fetched through.
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

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text for XML content and attributes; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

export function renderAtom(feed: ChangeFeed, origin: string): string {
  const entries = feed.changes.map((c) => entryOf(c, origin));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${newestOf(entries).toISOString()}</updated>`,
    `  <author><name>${FEED_AUTHOR}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.atomUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `  <link rel="alternate" type="application/feed+json" href="${escapeXml(feed.jsonUrl)}"/>`,
    '  <generator>Accord</generator>',
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${e.published.toISOString()}</published>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <author><name>${escapeXml(e.author)}</name></author>`,
      ...e.tags.map((t) => `    <category term="${escapeXml(t)}"/>`),
      `    <content type="text">${escapeXml(e.text)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

export function renderJsonFeed(feed: ChangeFeed, origin: string): string {
  const entries = feed.changes.map((c) => entryOf(c, origin));
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
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
        date_published: e.published.toISOString(),
        date_modified: e.updated.toISOString(),
        authors: [{ name: e.author }],
        tags: e.tags,
      })),
    },
    null,
    2,
  );
}
