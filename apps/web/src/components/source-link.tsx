import { type SourceReliability } from '@accord/domain';
import Link from '~/components/link';
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
export function UnreliableMark() {
  return (
    <Link
      className="badge unreliable"
      href="/methodology#unreliable-sources"
      title="Known to be wrong on some fact: we never rely on it alone."
    >
      Unreliable source
    </Link>
  );
}

/** A source by title, with its publisher and date when `full`, and marked when unreliable. */
export function SourceLink({ source, full = false }: { source: SourceLike; full?: boolean }) {
  return (
    <span className="source">
      <Link href={`/sources/${source.slug}`}>{source.title}</Link>
      {full && source.publisher && <>, {source.publisher}</>}
      {full && source.publishedOn && <>, {formatDate(source.publishedOn)}</>}
      {source.reliability === 'unreliable' && (
        <>
          {' '}
          <UnreliableMark />
        </>
      )}
    </span>
  );
}

/** "Sources: A, B" for an update or a link; nothing when there are none. */
export function SourceList({ sources }: { sources: readonly SourceLike[] }) {
  if (sources.length === 0) return null;
  return (
    <span className="sources">
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {sources.map((s, i) => (
        <span key={s.slug}>
          {i > 0 && '; '}
          <SourceLink source={s} />
        </span>
      ))}
    </span>
  );
}
