import { type Locale, type SourceReliability } from '@accord/domain';
import Link from '~/components/link';
import { localeLink, translations } from '~/i18n';
import { formatDate } from '~/lib/format';

export interface SourceLike {
  slug: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  reliability?: SourceReliability;
  /** BCP 47; a quote from the source carries it as its lang attribute. */
  language?: string;
}

/** Marks a source known to be wrong on some fact: it never carries a fact on its own. */
export function UnreliableMark({ locale = 'en' }: { locale?: Locale }) {
  const t = translations(locale, 'quotes');
  return (
    <Link
      className="badge unreliable"
      {...localeLink('/methodology#unreliable-sources', locale)}
      title={t('unreliableTitle')}
    >
      {t('unreliable')}
    </Link>
  );
}

/** A source by title, with its publisher and date when `full`, and marked when unreliable. */
export function SourceLink({
  source,
  full = false,
  locale = 'en',
}: {
  source: SourceLike;
  full?: boolean;
  locale?: Locale;
}) {
  // A source's title and publisher are its own words, in its own language.
  const lang = locale === 'en' ? undefined : (source.language ?? 'en');
  return (
    <span className="source">
      <Link {...localeLink(`/sources/${source.slug}`, locale)} lang={lang}>
        {source.title}
      </Link>
      {full && source.publisher && (
        <>
          , <span lang={lang}>{source.publisher}</span>
        </>
      )}
      {full && source.publishedOn && <>, {formatDate(source.publishedOn, locale)}</>}
      {source.reliability === 'unreliable' && (
        <>
          {' '}
          <UnreliableMark locale={locale} />
        </>
      )}
    </span>
  );
}

/** "Sources: A, B" for an update or a link; nothing when there are none. */
export function SourceList({
  sources,
  locale = 'en',
}: {
  sources: readonly SourceLike[];
  locale?: Locale;
}) {
  if (sources.length === 0) return null;
  const t = translations(locale, 'quotes');
  return (
    <span className="sources">
      {t(sources.length === 1 ? 'source' : 'sources')}{' '}
      {sources.map((s, i) => (
        <span key={s.slug}>
          {i > 0 && (locale === 'en' ? '; ' : '、')}
          <SourceLink source={s} locale={locale} />
        </span>
      ))}
    </span>
  );
}
