import {
  DEFAULT_LOCALE,
  type Locale,
  localePath,
  STATUS_LABELS,
  type TranslatedTextView,
  translatedOr,
} from '@accord/domain';
import { generateAtomFeed, generateJsonFeed } from 'feedsmith';
import { type Change } from '../queries/changes';

/**
 * Atom (RFC 4287) and JSON Feed 1.1 documents of changes: a commitment published, or a
 * status update recorded. feedsmith writes them (the e2e tests read them back with it too).
 * Entry ids are URNs made of database ids, so they stay the same whatever host name the feed
 * is fetched through.
 */
export interface ChangeFeed {
  /** The feed's language: its words, its records' titles and summaries, its links. */
  locale: Locale;
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

/**
 * What a feed says around the records' own text, per language. Status names are the
 * domain's (STATUS_LABELS), as on the site's pages; the Japanese words are the site's
 * (合意 for a commitment, ステータス for its status).
 */
export interface FeedWords {
  siteTitle: string;
  themeTitle: (theme: string) => string;
  description: string;
  published: (title: string) => string;
  /** An update's entry title; `party` when it rates one party's part only. */
  status: (status: string, party: string | null, title: string) => string;
  publishedText: (summary: string, status: string, theme: string) => string;
  statusText: (note: string, summary: string) => string;
}

export const FEED_WORDS: Record<Locale, FeedWords> = {
  en: {
    siteTitle: 'Accord: changes to summit commitments',
    themeTitle: (theme) => `Accord: ${theme}`,
    description: 'Commitments published and status updates recorded on Accord, newest first.',
    published: (title) => `New commitment: ${title}`,
    status: (status, party, title) => `${status}${party ? ` (${party})` : ''}: ${title}`,
    publishedText: (summary, status, theme) => `${summary}\n\nStatus: ${status}. Theme: ${theme}.`,
    statusText: (note, summary) => `${note}\n\nCommitment: ${summary}`,
  },
  ja: {
    siteTitle: 'Accord：首脳会談の合意の動き',
    themeTitle: (theme) => `Accord：${theme}`,
    description: 'Accordで公開された合意と、記録されたステータスの更新（新しい順）。',
    published: (title) => `新しい合意：${title}`,
    status: (status, party, title) => `${status}${party ? `（${party}）` : ''}：${title}`,
    publishedText: (summary, status, theme) =>
      `${summary}\n\nステータス：${status}。テーマ：${theme}。`,
    statusText: (note, summary) => `${note}\n\n合意：${summary}`,
  },
};

/**
 * A record's text in the feed's language: its translation where there is one (older than the
 * English or not, as the site's pages show it), else the English.
 */
function inLocale(english: string, translation: TranslatedTextView | undefined): string {
  return translatedOr(english, translation).text;
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

export function entryOf(
  change: Change,
  origin: string,
  locale: Locale = DEFAULT_LOCALE,
): FeedEntry {
  const c = change.commitment;
  const words = FEED_WORDS[locale];
  const labels = STATUS_LABELS[locale];
  const translated = locale === 'en' ? undefined : c.translations[locale];
  const title = inLocale(c.title, translated?.title);
  const summary = inLocale(c.summary, translated?.summary);
  const url = `${origin}${localePath(`/commitments/${c.slug}`, locale)}`;
  // The same change in another language is another entry: a reader subscribed to both
  // feeds keeps both.
  const id = locale === DEFAULT_LOCALE ? change.id : `${change.id}:${locale}`;
  if (change.kind === 'published') {
    const theme =
      locale === 'en'
        ? c.theme.title
        : inLocale(c.theme.title, c.theme.translations[locale]?.title);
    return {
      id,
      title: words.published(title),
      url,
      text: words.publishedText(summary, labels[c.status], theme),
      published: change.effectiveAt,
      updated: change.recordedAt,
      author: FEED_AUTHOR,
      tags: [c.theme.slug],
    };
  }
  // A per-party update rates one party's part, not the commitment: the title says whose.
  return {
    id,
    title: words.status(
      labels[change.status],
      change.party &&
        (locale === 'en'
          ? change.party.name
          : inLocale(change.party.name, change.party.translations[locale]?.name)),
      title,
    ),
    url,
    text: words.statusText(
      locale === 'en' ? change.note : inLocale(change.note, change.translations[locale]?.note),
      summary,
    ),
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
  const entries = feed.changes.map((c) => entryOf(c, origin, feed.locale));
  const atom = generateAtomFeed({
    xml: { lang: feed.locale },
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
  const entries = feed.changes.map((c) => entryOf(c, origin, feed.locale));
  const json = generateJsonFeed({
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    description: FEED_WORDS[feed.locale].description,
    language: feed.locale,
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
