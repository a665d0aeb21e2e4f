import Link from '~/components/link';
import { type Locale, localeLink } from '~/i18n';
import { type ShownText } from '~/lib/translated';

/**
 * A link to a record named on another's page (a party, a meeting), by its name as the page's
 * language shows it: the translation, or the English marked lang="en" (shownText).
 */
export function ShownName({
  shown,
  path,
  locale,
}: {
  shown: ShownText;
  path: string;
  locale: Locale;
}) {
  return (
    <Link {...localeLink(path, locale)} lang={shown.lang}>
      {shown.text}
    </Link>
  );
}
