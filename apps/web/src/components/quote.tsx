import { type AttributionKind, type Locale, type QuoteForm, type QuoteView } from '@accord/domain';
import Link from '~/components/link';
import { localeLink, translations } from '~/i18n';
import { formatDate } from '~/lib/format';
import { type SourceLike, SourceLink, UnreliableMark } from './source-link';

/** The kind of statement, linked to its definition for readers who cannot hover a tooltip. */
function AttributionKindLink({ kind, locale }: { kind: AttributionKind; locale: Locale }) {
  const vocab = translations(locale, 'vocab');
  return (
    <Link
      className="badge attribution"
      {...localeLink(`/methodology#attribution-${kind}`, locale)}
      title={vocab(`attributionDefinition.${kind}`)}
    >
      {vocab(`attribution.${kind}`)}
    </Link>
  );
}

function FormLink({ form, locale }: { form: QuoteForm; locale: Locale }) {
  const vocab = translations(locale, 'vocab');
  const label = vocab(`form.${form}`);
  return (
    <Link
      className="form"
      {...localeLink(`/methodology#quote-${form}`, locale)}
      title={vocab(`formDefinition.${form}`)}
    >
      {locale === 'en' ? label.toLowerCase() : label}
    </Link>
  );
}

/**
 * The language of a quote: its source's. A quote stays in the words it was said or reported
 * in, so screen readers switch voice on a page in another language. Every source of this
 * dataset has a language (English unless an editor says otherwise).
 */
function quoteLang(source?: { language?: string }): string {
  return source?.language ?? 'en';
}

export function QuoteBlock({ quote, locale = 'en' }: { quote: QuoteView; locale?: Locale }) {
  const t = translations(locale, 'quotes');
  // Who said it and the source's title are the source's own words, in its language.
  const lang = locale === 'en' ? undefined : quoteLang(quote.source);
  return (
    <figure className="quote" id={`quote-${quote.id}`}>
      <blockquote lang={quoteLang(quote.source)}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="who" lang={lang}>
          {quote.attribution.who}
        </span>{' '}
        <AttributionKindLink kind={quote.attribution.kind} locale={locale} />{' '}
        <FormLink form={quote.form} locale={locale} />
        <br />
        {t('source')}{' '}
        {/* A plain link: client-side navigation would not set :target, so the quote would not be highlighted. */}
        <a {...localeLink(`/sources/${quote.source.slug}#quote-${quote.id}`, locale)} lang={lang}>
          {quote.source.title}
        </a>
        {quote.source.publisher && (
          <>
            , <span lang={lang}>{quote.source.publisher}</span>
          </>
        )}
        {quote.source.publishedOn && <>, {formatDate(quote.source.publishedOn, locale)}</>}
        {quote.source.reliability === 'unreliable' && (
          <>
            {' '}
            <UnreliableMark locale={locale} />
          </>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * A short quote that is not one of the commitment's own (a later restatement, one side of a
 * dispute, one government's account of a meeting): its words, who said them, and its source.
 */
export function AttributedQuote({
  text,
  form,
  attribution,
  source,
  locale = 'en',
}: {
  text: string;
  form?: QuoteForm;
  attribution: { kind: AttributionKind; who: string };
  source?: SourceLike;
  locale?: Locale;
}) {
  const lang = locale === 'en' ? undefined : quoteLang(source);
  return (
    <figure className="quote quote-small">
      <blockquote lang={quoteLang(source)}>
        <p>{text}</p>
      </blockquote>
      <figcaption>
        <span className="who" lang={lang}>
          {attribution.who}
        </span>{' '}
        <AttributionKindLink kind={attribution.kind} locale={locale} />
        {form && (
          <>
            {' '}
            <FormLink form={form} locale={locale} />
          </>
        )}
        {source && (
          <>
            <br />
            {translations(locale, 'quotes')('source')}{' '}
            <SourceLink source={source} full locale={locale} />
          </>
        )}
      </figcaption>
    </figure>
  );
}
