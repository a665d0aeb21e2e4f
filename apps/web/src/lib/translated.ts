import { type Locale, type TranslatedTextView, type TranslationLocale } from '@accord/domain';

/**
 * A record's text as a page in `locale` shows it: the translation when there is one (marked
 * `stale` when the English changed since), else the English, marked lang="en" so screen
 * readers switch voice. English pages always get the English, with no lang of their own.
 */
export interface ShownText {
  text: string;
  /** The lang attribute the text needs on this page; undefined when it is the page's own. */
  lang: 'en' | undefined;
  /** A translation is shown. */
  translated: boolean;
  /** The translation shown is older than the English. */
  stale: boolean;
}

type Translations = Partial<
  Record<TranslationLocale, Partial<Record<string, TranslatedTextView>> | undefined>
>;

export function shownText<K extends string>(
  locale: Locale,
  record: Record<K, string> & { translations?: Translations },
  field: K,
): ShownText {
  const english = record[field];
  if (locale === 'en') return { text: english, lang: undefined, translated: false, stale: false };
  const t = record.translations?.[locale]?.[field];
  if (!t) return { text: english, lang: 'en', translated: false, stale: false };
  return { text: t.text, lang: undefined, translated: true, stale: t.stale };
}
