import { DEFAULT_LOCALE, hasJapaneseEdition, type Locale, localePath } from '@accord/domain';

// The paths of each edition are defined with the locales in @accord/domain (the sitemap
// needs them too).
export {
  editionsOf,
  englishPathOf,
  hasJapaneseEdition,
  languageAlternates,
  localePath,
} from '@accord/domain';

/**
 * A link from a page in `locale` to another public page, by its English path (a `#fragment`
 * or `?query` kept): the page in the same language when it has that edition, otherwise the
 * English page, marked `hrefLang="en"` so readers and crawlers know the language changes.
 */
export function localeLink(
  englishPath: string,
  locale: Locale,
): { href: string; hrefLang?: Locale } {
  if (locale === DEFAULT_LOCALE) return { href: englishPath };
  const cut = englishPath.search(/[?#]/);
  const path = cut === -1 ? englishPath : englishPath.slice(0, cut);
  const rest = cut === -1 ? '' : englishPath.slice(cut);
  if (!hasJapaneseEdition(path)) return { href: englishPath, hrefLang: DEFAULT_LOCALE };
  return { href: `${localePath(path, locale)}${rest}` };
}
