import Link from 'next/link';
import { formatDateTime } from './format';
import { type LoadedReference } from './reference-load';
import { REFERENCE_WORDS, type ReferenceType } from './reference-types';

/** The top of a reference record's editor: what it is, its version, and where else to go. */
export function ReferenceHeader<T extends ReferenceType>({
  type,
  record,
  created,
  restored,
}: {
  type: T;
  record: LoadedReference<T>;
  created?: boolean;
  restored?: string;
}) {
  const words = REFERENCE_WORDS[type];
  const { count, commitments } = record.usedBy;
  return (
    <>
      <p>
        <Link href={words.path}>All {words.many}</Link>
      </p>
      <h1>{record.title}</h1>
      <p className="admin-meta">
        Version {record.version} · Last changed {formatDateTime(record.updatedAt)} · Used by {count}{' '}
        {count === 1 ? 'record' : 'records'}
      </p>
      {commitments.length > 0 ? (
        <details className="admin-used-by">
          <summary>
            Commitments using it
            {commitments.length >= 10 ? ' (the first 10 by slug)' : ''}
          </summary>
          <ul>
            {commitments.map((c) => (
              <li key={c.id}>
                <Link href={`/admin/commitments/${c.id}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="admin-actions">
        <Link href={`${words.path}/${record.id}/history`}>View history</Link>
        <Link href={`${words.site}/${record.data.slug}`}>View on site</Link>
      </p>
      {created ? (
        <p role="status" className="admin-saved">
          Created.
        </p>
      ) : null}
      {restored && /^\d+$/.test(restored) ? (
        <p role="status" className="admin-saved">
          Restored version {restored}; it is now version {record.version}.
        </p>
      ) : null}
    </>
  );
}
