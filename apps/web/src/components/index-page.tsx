import { INDEX_MORE_SEGMENT } from '@accord/domain';
import { type Metadata } from 'next';
import { type ReactNode } from 'react';
import Link from '~/components/link';
import { LanguageSwitch } from '~/components/language-switch';
import { MoreLink } from '~/components/more-link';
import { type Locale, localeLink, translations } from '~/i18n';
import { sharedMetadata } from '~/lib/share';
import { loadMeetingsPage, loadPartiesPage, loadSourcesPage } from '~/server/list-page';

/**
 * The indexes of meetings, parties and sources, a page at a time, in either language: the
 * first page at the index's own address (/sources, /ja/sources), re-rendered after each
 * publish like any page that lists a record; the later ones at `/sources/more/<cursor>`,
 * rendered on first request and cached (server/list-page.ts says which cursors are pages).
 * Each index's items are drawn by its own component (components/pages/<index>.tsx) inside
 * IndexPage, which adds what every page of an index has around them.
 */
export type IndexName = 'meetings' | 'parties' | 'sources';

/** Each index's pages, read once per render. */
const LOADERS = {
  meetings: loadMeetingsPage,
  parties: loadPartiesPage,
  sources: loadSourcesPage,
} as const;

/** A page of an index by its English path: the index, or a later page. */
export function indexPath(index: IndexName, cursor: string | null): string {
  return cursor === null ? `/${index}` : `/${index}/${INDEX_MORE_SEGMENT}/${cursor}`;
}

/** What an index says of itself, in a language. */
function wordsOf(index: IndexName, locale: Locale) {
  const t =
    index === 'meetings'
      ? translations(locale, 'meetings')
      : index === 'parties'
        ? translations(locale, 'parties')
        : translations(locale, 'sources');
  return { title: t('title'), description: t('description'), lede: t('lede'), more: t('more') };
}

/** Which page of the index a page is: "Sources, page 2 of 205". */
function pageTitle(index: IndexName, locale: Locale, page: { number: number; pages: number }) {
  return translations(locale, 'site')('listPage', {
    list: wordsOf(index, locale).title,
    page: page.number,
    pages: page.pages,
  });
}

/** The first page's metadata (the index route's `metadata`). */
export function indexMetadata(index: IndexName, locale: Locale): Metadata {
  const words = wordsOf(index, locale);
  return sharedMetadata({
    path: indexPath(index, null),
    locale,
    title: words.title,
    description: words.description,
  });
}

export interface IndexMoreProps {
  params: Promise<{ cursor: string }>;
}

/** A later page's `generateMetadata`: its own title and address (a bad cursor is a 404). */
export function indexMoreMetadata(index: IndexName, locale: Locale = 'en') {
  return async function generateMetadata({ params }: IndexMoreProps): Promise<Metadata> {
    const { cursor } = await params;
    const page = await LOADERS[index](cursor);
    return sharedMetadata({
      path: indexPath(index, cursor),
      locale,
      title: pageTitle(index, locale, page),
      description: wordsOf(index, locale).description,
    });
  };
}

/**
 * A page of an index around its items: the language switch to the same page, the heading
 * (and on a later page, the way back to the first), then the items, and the link to the next
 * page with how many items the index has in all.
 */
export function IndexPage({
  index,
  locale,
  cursor,
  page,
  children,
}: {
  index: IndexName;
  locale: Locale;
  /** Null for the first page. */
  cursor: string | null;
  page: { number: number; pages: number; total: number; nextCursor: string | null };
  children: ReactNode;
}) {
  const words = wordsOf(index, locale);
  const site = translations(locale, 'site');
  return (
    <>
      <LanguageSwitch englishPath={indexPath(index, cursor)} locale={locale} />
      {cursor !== null && (
        <nav aria-label={site('breadcrumb')} className="breadcrumb">
          <Link {...localeLink(indexPath(index, null), locale)}>{words.title}</Link>{' '}
          <span aria-hidden="true">›</span>{' '}
          <span aria-current="page">{site('listPageCrumb', { page: page.number })}</span>
        </nav>
      )}
      <h1>{cursor === null ? words.title : pageTitle(index, locale, page)}</h1>
      {cursor === null && <p className="lede">{words.lede}</p>}
      {children}
      <MoreLink
        label={words.more}
        total={page.total}
        href={page.nextCursor && localeLink(indexPath(index, page.nextCursor), locale).href}
      />
    </>
  );
}
