import { ATTRIBUTION_DEFINITIONS, type QuoteView, QUOTE_FORM_DEFINITIONS } from '@accord/domain';
import Link from '~/components/link';
import { formatDate } from '~/lib/format';

export function QuoteBlock({ quote }: { quote: QuoteView }) {
  const kind = ATTRIBUTION_DEFINITIONS[quote.attribution.kind];
  return (
    <figure className="quote" id={`quote-${quote.id}`}>
      <blockquote>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="who">{quote.attribution.who}</span>{' '}
        {/* The kind links to its definition, for readers who cannot hover a tooltip. */}
        <Link
          className="badge attribution"
          href={`/methodology#attribution-${quote.attribution.kind}`}
          title={kind.definition}
        >
          {kind.label}
        </Link>{' '}
        <Link
          className="form"
          href={`/methodology#quote-${quote.form}`}
          title={QUOTE_FORM_DEFINITIONS[quote.form].definition}
        >
          {QUOTE_FORM_DEFINITIONS[quote.form].label.toLowerCase()}
        </Link>
        <br />
        Source:{' '}
        {/* A plain link: client-side navigation would not set :target, so the quote would not be highlighted. */}
        <a href={`/sources/${quote.source.slug}#quote-${quote.id}`}>{quote.source.title}</a>
        {quote.source.publisher && <>, {quote.source.publisher}</>}
        {quote.source.publishedOn && <>, {formatDate(quote.source.publishedOn)}</>}
      </figcaption>
    </figure>
  );
}
