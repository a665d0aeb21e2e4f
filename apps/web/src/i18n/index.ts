import { DEFAULT_LOCALE, isLocale, type Locale, LOCALES } from '@accord/domain';
import { createTranslator } from 'next-intl';
import { cache } from 'react';
import { en, ja, type Messages } from './messages';

export { DEFAULT_LOCALE, isLocale, type Locale, LOCALES };
export * from './paths';

const MESSAGES: Record<Locale, Messages> = { en, ja };

/** The UI strings of one namespace in one language, ICU plurals included (next-intl). */
export function translations<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}

/** The language of the page being rendered: set by a Japanese page, English otherwise. */
const pageLocaleStore = cache((): { locale: Locale } => ({ locale: DEFAULT_LOCALE }));

/** A page's first call: the components it renders then speak its language. */
export function setPageLocale(locale: Locale): void {
  pageLocaleStore().locale = locale;
}

export function pageLocale(): Locale {
  return pageLocaleStore().locale;
}
