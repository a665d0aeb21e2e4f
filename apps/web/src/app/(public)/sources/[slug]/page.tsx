import { ATTRIBUTION_DEFINITIONS, QUOTE_FORM_DEFINITIONS, type SourceKind } from '@accord/domain';
import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import Link from '~/components/link';
import { UnreliableMark } from '~/components/source-link';
import { formatDate } from '~/lib/format';
import { listSources, loadSource } from '~/server/api';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

const KIND_LABELS: Record<SourceKind, string> = {
  news_report: 'News report',
  press_release: 'Press release',
  readout: 'Readout',
  joint_statement: 'Joint statement',
  transcript: 'Transcript',
  official_document: 'Official document',
};

export async function generateStaticParams() {
  const sources = await listSources();
  return sources.map((s) => ({ slug: s.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const s = await loadSource(slug);
  return sharedMetadata({
    path: `/sources/${slug}`,
    title: `Source: ${s.title}`,
    description: s.description ?? undefined,
  });
}

export default async function SourcePage({ params }: Props) {
  const { slug } = await params;
  const s = await loadSource(slug);
  return (
    <>
      <p className="eyebrow">Source</p>
      <h1>{s.title}</h1>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{KIND_LABELS[s.kind]}</dd>
        </div>
        <div>
          <dt>Publisher</dt>
          <dd>{s.publisher ?? 'Not named in the copy we hold'}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{s.publishedOn ? formatDate(s.publishedOn) : 'Date unknown'}</dd>
        </div>
        <div>
          <dt>Link</dt>
          <dd>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.url}
              </a>
            ) : (
              'No public link recorded'
            )}
          </dd>
        </div>
        {s.reliability === 'unreliable' && (
          <div>
            <dt>Reliability</dt>
            <dd>
              <UnreliableMark /> Known to be wrong on some fact. We keep it so readers can see we
              know of it, but never rely on it alone.
            </dd>
          </div>
        )}
      </dl>
      {s.description && <p>{s.description}</p>}
      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">What we quote from it</h2>
        <ol className="source-quotes">
          {s.quotes.map((q) => (
            <li key={q.id} id={`quote-${q.id}`}>
              <blockquote>
                <p>{q.text}</p>
              </blockquote>
              <p className="meta">
                {q.attribution.who} · {ATTRIBUTION_DEFINITIONS[q.attribution.kind].label} ·{' '}
                {QUOTE_FORM_DEFINITIONS[q.form].label.toLowerCase()} · for{' '}
                <Link href={`/commitments/${q.commitment.slug}`}>{q.commitment.title}</Link>
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
