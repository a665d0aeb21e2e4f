import {
  ATTRIBUTION_DEFINITIONS,
  type AttributionKind,
  type QuoteForm,
  type QuoteView,
  QUOTE_FORM_DEFINITIONS,
} from '@accord/domain';
import Link from '~/components/link';
import { formatDate } from '~/lib/format';
import { type SourceLike, SourceLink, UnreliableMark } from './source-link';

/** The kind of statement, linked to its definition for readers who cannot hover a tooltip. */
function AttributionKindLink({ kind }: { kind: AttributionKind }) {
  const definition = ATTRIBUTION_DEFINITIONS[kind];
  return (
    <Link
      className="badge attribution"
      href={`/methodology#attribution-${kind}`}
      title={definition.definition}
    >
      {definition.label}
    </Link>
  );
}

function FormLink({ form }: { form: QuoteForm }) {
  return (
    <Link
      className="form"
      href={`/methodology#quote-${form}`}
      title={QUOTE_FORM_DEFINITIONS[form].definition}
    >
      {QUOTE_FORM_DEFINITIONS[form].label.toLowerCase()}
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

export function QuoteBlock({ quote }: { quote: QuoteView }) {
  return (
    <figure className="quote" id={`quote-${quote.id}`}>
      <blockquote lang={quoteLang(quote.source)}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="who">{quote.attribution.who}</span>{' '}
        <AttributionKindLink kind={quote.attribution.kind} /> <FormLink form={quote.form} />
        <br />
        Source:{' '}
        {/* A plain link: client-side navigation would not set :target, so the quote would not be highlighted. */}
        <a href={`/sources/${quote.source.slug}#quote-${quote.id}`}>{quote.source.title}</a>
        {quote.source.publisher && <>, {quote.source.publisher}</>}
        {quote.source.publishedOn && <>, {formatDate(quote.source.publishedOn)}</>}
        {quote.source.reliability === 'unreliable' && (
          <>
            {' '}
            <UnreliableMark />
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
}: {
  text: string;
  form?: QuoteForm;
  attribution: { kind: AttributionKind; who: string };
  source?: SourceLike;
}) {
  return (
    <figure className="quote quote-small">
      <blockquote lang={quoteLang(source)}>
        <p>{text}</p>
      </blockquote>
      <figcaption>
        <span className="who">{attribution.who}</span>{' '}
        <AttributionKindLink kind={attribution.kind} />
        {form && (
          <>
            {' '}
            <FormLink form={form} />
          </>
        )}
        {source && (
          <>
            <br />
            Source: <SourceLink source={source} full />
          </>
        )}
      </figcaption>
    </figure>
  );
}
