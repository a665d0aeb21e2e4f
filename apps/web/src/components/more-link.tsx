import Link from '~/components/link';
import { pageLocale, translations } from '~/i18n';

/**
 * Where a long list continues, and how long it is in all: "More sources (10,234 in all)";
 * nothing when the list is complete. `href` is the next page in the page's own language (both
 * editions have them).
 */
export function MoreLink({
  label,
  total,
  href,
}: {
  label: string;
  total: number;
  href: string | null;
}) {
  if (!href) return null;
  const t = translations(pageLocale(), 'brief');
  return (
    <p className="more">
      <Link href={href}>{label}</Link> {t('inAll', { count: total })}
    </p>
  );
}
