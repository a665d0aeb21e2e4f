import { type Locale } from '@accord/domain';
import { translations } from '~/i18n';
import { type ShownText } from '~/lib/translated';

/**
 * Our note in the page's language (shownText): the text, marked lang="en" when it is the
 * English, then a word saying so, or that the English changed since it was translated. English
 * pages show the text alone.
 */
export function TranslatedNote({
  shown,
  locale,
  as: Tag = 'span',
}: {
  shown: ShownText;
  locale: Locale;
  as?: 'span' | 'p';
}) {
  const site = translations(locale, 'site');
  const mark = shown.lang ? site('noteUntranslated') : shown.stale ? site('noteOlder') : null;
  // Text in the page's own language needs no element of its own (English pages unchanged).
  if (Tag === 'span' && !shown.lang && !mark) return <>{shown.text}</>;
  return (
    <Tag lang={shown.lang}>
      {shown.text}
      {mark && (
        <>
          {' '}
          <span className="meta translation-mark" lang={locale}>
            {mark}
          </span>
        </>
      )}
    </Tag>
  );
}
