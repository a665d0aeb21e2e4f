// The paths of each edition are defined with the locales in @accord/domain (the sitemap
// needs them too).
export {
  editionsOf,
  englishPathOf,
  hasJapaneseEdition,
  languageAlternates,
  localePath,
} from '@accord/domain';
