import Link from 'next/link';
import { formatDateTime } from './format';
import { type LoadedReference } from './reference-load';
import { REFERENCE_TYPES, type ReferenceType } from './reference-types';

/** The top of a reference record's editor: what it is, its version, and where else to go. */
export function ReferenceHeader<T extends ReferenceType>({
  type,
  record,
  usedBy,
  created,
  restored,
}: {
  type: T;
  record: LoadedReference<T>;
  usedBy: number;
  created?: boolean;
  restored?: string;
}) {
  const words = REFERENCE_TYPES[type];
  return (
    <>
      <p>
        <Link href={words.path}>All {words.many}</Link>
      </p>
      <h1>{record.title}</h1>
      <p className="admin-meta">
        Version {record.version} · Last changed {formatDateTime(record.updatedAt)} · Used by{' '}
        {usedBy} {usedBy === 1 ? 'record' : 'records'}
      </p>
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
