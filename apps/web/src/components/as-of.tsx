import { EARLIEST_AS_OF, type IsoDate, type Locale, localePath, todayIso } from '@accord/domain';
import { localeLink, translations } from '~/i18n';
import Link from '~/components/link';
import { formatDate } from '~/lib/format';
import { type AsOfKind } from '~/lib/site-paths';

/** Says a page shows the past, and leads back to today's version (in the page's language). */
export function AsOfBanner({
  asOf,
  todayPath,
  locale = 'en',
}: {
  asOf: IsoDate;
  /** Today's version, by its English path (`/commitments/<slug>`). */
  todayPath: string;
  locale?: Locale;
}) {
  const t = translations(locale, 'asOf');
  return (
    <p className="as-of-banner">
      <strong>
        {t.rich('banner', {
          day: () => <time dateTime={asOf}>{formatDate(asOf, locale)}</time>,
        })}
      </strong>{' '}
      — <Link {...localeLink(todayPath, locale)}>{t('seeToday')}</Link>
    </p>
  );
}

/**
 * "See it as of a date": a plain GET form to /as-of, which sends the reader on to the dated
 * page. It works without script; the browser's date picker keeps the day in range. A
 * Japanese page's form goes to /ja/as-of, and on to the Japanese dated page.
 */
export function AsOfForm({
  kind,
  slug,
  from = EARLIEST_AS_OF,
  value,
  locale = 'en',
}: {
  kind: AsOfKind;
  slug: string;
  /** The first day worth asking for (the meeting's). */
  from?: IsoDate;
  value?: IsoDate | null;
  locale?: Locale;
}) {
  const t = translations(locale, 'chart');
  const id = `as-of-${kind}-${slug}`;
  return (
    <form method="get" action={localePath('/as-of', locale)} className="as-of-form">
      <input type="hidden" name={kind === 'commitments' ? 'commitment' : 'theme'} value={slug} />
      <label htmlFor={id}>{t('asOfLabel')}</label>{' '}
      <input
        id={id}
        type="date"
        name="date"
        required
        min={from}
        max={todayIso()}
        defaultValue={value ?? undefined}
      />{' '}
      <button type="submit">{t('show')}</button>
    </form>
  );
}
