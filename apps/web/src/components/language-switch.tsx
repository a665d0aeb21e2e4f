import { type Locale, LOCALES, localePath, translations } from '~/i18n';

/**
 * "日本語 / English": the same page in the other language. A plain link, so it works without
 * JavaScript, and it keeps the reader on the same record (/commitments/x <-> /ja/commitments/x).
 * Only pages that have both editions render it (i18n hasJapaneseEdition).
 */
export function LanguageSwitch({ englishPath, locale }: { englishPath: string; locale: Locale }) {
  const t = translations(locale, 'site');
  return (
    <nav aria-label={t('language')} className="language-switch">
      <ul>
        {LOCALES.filter((other) => other !== locale).map((other) => (
          <li key={other}>
            <a href={localePath(englishPath, other)} hrefLang={other} lang={other}>
              {translations(other, 'site')('languageName')}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
