import { EARLIEST_AS_OF, type IsoDate, type Locale, todayIso } from '@accord/domain';
import { translations } from '~/i18n';
import Link from '~/components/link';
import { formatDate } from '~/lib/format';
import { type AsOfKind } from '~/lib/site-paths';

/** Says a page shows the past, and leads back to today's version. */
export function AsOfBanner({ asOf, todayHref }: { asOf: IsoDate; todayHref: string }) {
  return (
    <p className="as-of-banner">
      <strong>
        As it stood at the end of <time dateTime={asOf}>{formatDate(asOf)}</time>
      </strong>{' '}
      — <Link href={todayHref}>see today&apos;s version</Link>
    </p>
  );
}

/**
 * "See it as of a date": a plain GET form to /as-of, which sends the reader on to the dated
 * page. It works without script; the browser's date picker keeps the day in range. The
 * dated pages are English only: a Japanese page's form leads to the English dated page.
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
    <form method="get" action="/as-of" className="as-of-form">
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
