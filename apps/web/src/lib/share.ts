import { type Metadata } from 'next';
import { languageAlternates, type Locale, localePath } from '~/i18n';

/**
 * What a link to a public page shows when it is pasted into a chat or a post (OpenGraph and
 * Twitter cards), and the page's canonical address. Next merges metadata key by key, so a
 * page that sets `alternates` or `openGraph` replaces the layout's: this builds them whole.
 * Relative URLs resolve against `metadataBase`, ACCORD_BASE_URL's origin (app/layout.tsx).
 */
export const SITE_NAME = 'Accord';

type FeedLinks = NonNullable<NonNullable<Metadata['alternates']>['types']>;

const FEED_NAMES: Record<Locale, { all: string; atom: string; json: string }> = {
  en: { all: 'all changes', atom: 'Atom', json: 'JSON Feed' },
  ja: { all: 'すべての動き', atom: 'Atom', json: 'JSON Feed' },
};

/**
 * The site-wide feeds, announced on every page for feed readers' autodiscovery: a Japanese
 * page announces the Japanese feeds. With `theme`, that theme's feeds first.
 */
export function siteFeeds(locale: Locale, theme?: { slug: string; title: string }): FeedLinks {
  const names = FEED_NAMES[locale];
  const sep = locale === 'ja' ? '：' : ': ';
  const feeds = (base: string, name: string) => ({
    'application/atom+xml': { url: `${base}.atom`, title: `Accord${sep}${name} (${names.atom})` },
    'application/feed+json': { url: `${base}.json`, title: `Accord${sep}${name} (${names.json})` },
  });
  const site = feeds(localePath('/feeds/changes', locale), names.all);
  const own = theme ? feeds(localePath(`/themes/${theme.slug}/feed`, locale), theme.title) : null;
  return {
    'application/atom+xml': [
      ...(own ? [own['application/atom+xml']] : []),
      site['application/atom+xml'],
    ],
    'application/feed+json': [
      ...(own ? [own['application/feed+json']] : []),
      site['application/feed+json'],
    ],
  };
}

export interface SharedPage {
  /**
   * The page's English path; in `locale`, its canonical address once resolved against the
   * site's origin. Pages with a Japanese edition announce both (hreflang en, ja, x-default).
   */
  path: string;
  /** The language of this copy of the page: English unless given. */
  locale?: Locale;
  title: string;
  description?: string;
  /** `article` for a record (a commitment, a brief), `website` for the rest. */
  type?: 'article' | 'website';
  /** Feed links of the page's own; the site's (in its language) are used when it has none. */
  feeds?: FeedLinks;
}

export function sharedMetadata(page: SharedPage): Metadata {
  const description = page.description?.trim() || undefined;
  const locale = page.locale ?? 'en';
  const url = localePath(page.path, locale);
  const languages = languageAlternates(page.path);
  return {
    title: page.title,
    ...(description ? { description } : {}),
    alternates: {
      canonical: url,
      ...(languages ? { languages } : {}),
      types: page.feeds ?? siteFeeds(locale),
    },
    openGraph: {
      siteName: SITE_NAME,
      type: page.type ?? 'website',
      locale: locale === 'ja' ? 'ja_JP' : 'en_GB',
      ...(languages ? { alternateLocale: locale === 'ja' ? ['en_GB'] : ['ja_JP'] } : {}),
      url,
      title: page.title,
      ...(description ? { description } : {}),
    },
    twitter: { card: 'summary', title: page.title, ...(description ? { description } : {}) },
  };
}
