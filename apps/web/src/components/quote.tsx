import { ATTRIBUTION_DEFINITIONS, type QuoteView, QUOTE_FORM_DEFINITIONS } from '@accord/domain';
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
        <span className="badge attribution" title={kind.definition}>
          {kind.label}
        </span>{' '}
        <span className="form" title={QUOTE_FORM_DEFINITIONS[quote.form].definition}>
          {QUOTE_FORM_DEFINITIONS[quote.form].label.toLowerCase()}
        </span>
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
